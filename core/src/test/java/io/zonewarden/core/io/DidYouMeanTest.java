package io.zonewarden.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonewarden.core.model.AssetType;
import io.zonewarden.core.model.PurdueLevel;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DidYouMeanTest {

    private static final List<String> ZONE_KEYS = List.copyOf(PlantYamlReader.ZONE_KEYS);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "plcc, plc",
        "PLC, plc",
        "safetyplc, safety-plc",
        "histrian, historian",
        "slTraget, slTarget",
        "slTargt, slTarget",
        "asets, assets",
        "nmae, name",
        "netwroks, networks"
    })
    void givenSlip_whenMatched_thenTheWordMeant(String typed, String meant) {
        var known = new java.util.ArrayList<>(AssetType.labels());
        known.addAll(ZONE_KEYS);

        assertThat(DidYouMean.closest(typed, known)).contains(meant);
        assertThat(DidYouMean.hint(typed, known)).isEqualTo(" (did you mean '" + meant + "'?)");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"6", "9", "x", "colour", "vendor-name", "ip-address"})
    void givenWordWithNothingInCommon_whenMatched_thenNoSuggestion(String typed) {
        var known = new java.util.ArrayList<>(PurdueLevel.labels());
        known.addAll(ZONE_KEYS);

        assertThat(DidYouMean.closest(typed, known)).isEmpty();
        assertThat(DidYouMean.hint(typed, known)).isEmpty();
    }

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource({"name, name, 0", "nmae, name, 1", "name, names, 1", "kind, kinds, 1", "abc, xyz, 3", "'', abc, 3"})
    void givenTwoWords_whenCompared_thenEditDistanceWithTranspositions(String a, String b, int distance) {
        assertThat(DidYouMean.distance(a, b)).isEqualTo(distance);
        assertThat(DidYouMean.distance(b, a)).isEqualTo(distance);
    }
}
