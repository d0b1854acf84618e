package io.zonewarden.core.catalog;

import static io.zonewarden.core.catalog.FoundationalRequirement.DC;
import static io.zonewarden.core.catalog.FoundationalRequirement.IAC;
import static io.zonewarden.core.catalog.FoundationalRequirement.RA;
import static io.zonewarden.core.catalog.FoundationalRequirement.RDF;
import static io.zonewarden.core.catalog.FoundationalRequirement.TRE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SecurityLevelVectorTest {

    private static final SecurityLevelVector BPCS_TARGET = SecurityLevelVector.of(2, 2, 2, 1, 3, 1, 3);

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "{2 2 2 1 3 1 3}",
                "{2,2,2,1,3,1,3}",
                "{2, 2, 2, 1, 3, 1, 3}",
                "{2221313}",
                "  {2 2 2 1 3 1 3}  ",
                "{ 2 2 2 1 3 1 3 }",
                "{2  2\t2 1 3 1 3}",
                "{2\t2\t2\t1\t3\t1\t3}",
                "{2,\t2,\t2,\t1,\t3,\t1,\t3}"
            })
    void givenAnnexANotation_whenParsed_thenLevelsPerFrInOrder(String text) {
        var vector = SecurityLevelVector.parse(text);

        assertThat(vector).isEqualTo(BPCS_TARGET);
        assertThat(vector.toArray()).containsExactly(2, 2, 2, 1, 3, 1, 3);
        assertThat(vector.of(IAC)).isEqualTo(SecurityLevel.SL2);
        assertThat(vector.of(DC)).isEqualTo(SecurityLevel.SL1);
        assertThat(vector.of(RDF)).isEqualTo(SecurityLevel.SL3);
        assertThat(vector.of(RA)).isEqualTo(SecurityLevel.SL3);
    }

    @ParameterizedTest(name = "''{0}'' is flat SL {1}")
    @CsvSource(
            delimiter = '|',
            value = {"2|2", "0|0", "4|4", "' 3 '|3", "{1 1 1 1 1 1 1}|1"})
    void givenSingleDigit_whenParsed_thenFlatVector(String text, int level) {
        var vector = SecurityLevelVector.parse(text);

        assertThat(vector).isEqualTo(SecurityLevelVector.flat(SecurityLevel.of(level)));
        assertThat(vector.isFlat()).isTrue();
        assertThat(vector.toArray()).containsOnly(level).hasSize(7);
    }

    @Test
    void givenFlatVector_whenPrinted_thenSingleDigit() {
        assertThat(SecurityLevelVector.flat(SecurityLevel.SL2)).hasToString("2");
        assertThat(SecurityLevelVector.of(0, 0, 0, 0, 0, 0, 0)).hasToString("0");
    }

    @Test
    void givenMixedVector_whenPrinted_thenBracedAnnexANotation() {
        assertThat(BPCS_TARGET).hasToString("{2 2 2 1 3 1 3}");
        assertThat(SecurityLevelVector.of(4, 3, 3, 3, 3, 3, 3)).hasToString("{4 3 3 3 3 3 3}");
        assertThat(BPCS_TARGET.isFlat()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2 2 2 1 3 1 3",
                "0 0 0 0 0 0 0",
                "4 4 4 4 4 4 4",
                "0 1 2 3 4 0 1",
                "4 0 0 0 0 0 0",
                "0 0 0 0 0 0 4"
            })
    void givenAnyVector_whenPrintedAndParsedBack_thenEqual(String levels) {
        var values = java.util.Arrays.stream(levels.split(" "))
                .mapToInt(Integer::parseInt)
                .toArray();
        var vector = SecurityLevelVector.of(values);

        assertThat(SecurityLevelVector.parse(vector.toString())).isEqualTo(vector);
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(
            delimiter = '|',
            value = {
                "{2 2 2 1 3 1}|7 levels",
                "{2 2 2 1 3 1 3 3}|7 levels",
                "{222131}|7 levels",
                "{2 2 2 1 5 1 3}|0..4",
                "5|0..4",
                "{a b c d e f g}|0..4",
                "x|0..4",
                "{22 2 2 1 3 1 3}|one digit",
                "2 2 2 1 3 1 3|{2 2 2 1 3 1 3}",
                "[2 2 2 1 3 1 3]|{2 2 2 1 3 1 3}",
                "{2 2 2 1 3 1 3|{2 2 2 1 3 1 3}",
                "SL2|{2 2 2 1 3 1 3}",
                "-1|{2 2 2 1 3 1 3}"
            })
    void givenMalformedVector_whenParsed_thenRefusedSayingWhatWasExpected(String text, String expected) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SecurityLevelVector.parse(text))
                .withMessageContaining(expected)
                .withMessageContaining(text.strip());
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", "   "})
    void givenNothing_whenParsed_thenRefusedNamingTheNotation(String text) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SecurityLevelVector.parse(text))
                .withMessageContaining("{2 2 2 1 3 1 3}")
                .withMessageContaining("single level 0..4");
    }

    @Test
    void givenEmptyBraces_whenParsed_thenRefusedCountingNoLevels() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SecurityLevelVector.parse("{}"))
                .withMessageContaining("7 levels")
                .withMessageContaining("got 0")
                .withMessageContaining("'{}'");
    }

    @Test
    void givenSixOrEightNumbers_whenBuilt_thenRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SecurityLevelVector.of(2, 2, 2, 1, 3, 1))
                .withMessageContaining("7 levels")
                .withMessageContaining("got 6");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SecurityLevelVector.of(2, 2, 2, 1, 3, 1, 3, 3))
                .withMessageContaining("got 8");
    }

    @Test
    void givenLevelFive_whenBuilt_thenRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SecurityLevelVector.of(2, 2, 2, 1, 5, 1, 3))
                .withMessageContaining("0..4")
                .withMessageContaining("5");
    }

    @Test
    void givenCapabilityBelowTargetInSomeFrs_whenGapsComputed_thenExactlyThoseFrs() {
        var capability = SecurityLevelVector.of(2, 2, 2, 1, 2, 0, 2);

        assertThat(capability.gapsTo(BPCS_TARGET)).containsExactly(RDF, TRE, RA);
    }

    @Test
    void givenCapabilityEqualOrAboveTarget_whenGapsComputed_thenNone() {
        assertThat(BPCS_TARGET.gapsTo(BPCS_TARGET)).isEmpty();
        assertThat(SecurityLevelVector.flat(SecurityLevel.SL4).gapsTo(BPCS_TARGET))
                .isEmpty();
    }

    @Test
    void givenFlatZeroAgainstTarget_whenGapsComputed_thenEveryFrAboveZero() {
        var none = SecurityLevelVector.flat(SecurityLevel.SL0);

        assertThat(none.gapsTo(SecurityLevelVector.of(1, 0, 1, 0, 1, 0, 1)))
                .containsExactly(IAC, FoundationalRequirement.SI, RDF, RA);
    }

    @Test
    void givenGapsTo_whenReversed_thenTheOtherSideOfTheComparison() {
        var capability = SecurityLevelVector.of(3, 1, 2, 2, 2, 2, 2);

        assertThat(capability.gapsTo(BPCS_TARGET)).containsExactly(FoundationalRequirement.UC, RDF, RA);
        assertThat(BPCS_TARGET.gapsTo(capability)).containsExactly(IAC, DC, TRE);
    }
}
