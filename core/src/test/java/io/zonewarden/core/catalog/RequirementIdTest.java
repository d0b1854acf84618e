package io.zonewarden.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequirementIdTest {

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "SR 1.1          | SR 1.1",
                "SR1.1           | SR 1.1",
                "sr 1.1          | SR 1.1",
                "'  SR 1.1  '    | SR 1.1",
                "SR 1.1 RE 1     | SR 1.1 RE 1",
                "sr 1.1 re 1     | SR 1.1 RE 1",
                "SR 1.1 RE(1)    | SR 1.1 RE 1",
                "SR 1.1 RE (1)   | SR 1.1 RE 1",
                "SR 1.1(1)       | SR 1.1 RE 1",
                "SR 1.1 (1)      | SR 1.1 RE 1",
                "SR1.1RE1        | SR 1.1 RE 1",
                "SR 1.1 RE-1     | SR 1.1 RE 1",
                "SR 01.01 RE 01  | SR 1.1 RE 1",
                "Sr 2.11 Re 2    | SR 2.11 RE 2",
                "cr 1.14 re 1    | CR 1.14 RE 1",
                "ndr5.2(3)       | NDR 5.2 RE 3",
                "EDR 3.14 RE(1)  | EDR 3.14 RE 1",
                "sar 2.4         | SAR 2.4",
                "hdr 3.2 re 1    | HDR 3.2 RE 1",
            })
    void givenTypedId_whenNormalised_thenCanonicalForm(String typed, String canonical) {
        assertThat(RequirementId.normalise(typed)).contains(canonical);
    }

    @Test
    void givenNonBreakingSpace_whenNormalised_thenTreatedAsSpace() {
        assertThat(RequirementId.normalise("SR\u00A01.1\u00A0RE\u00A01")).contains("SR 1.1 RE 1");
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(
            strings = {
                "",
                "   ",
                "SR",
                "SR 1",
                "SR 1.",
                "SR .1",
                "1.1",
                "SR 1.1 RE",
                "SR 1.1 RE 0",
                "SR 1.1 (0)",
                "SR 0.1",
                "SR 8.1",
                "SR 1.0",
                "SR 1.1 (1)(2)",
                "SR 1.1 RE 1 RE 2",
                "SR 1.1.1",
                "XR 1.1",
                "SR 1.1 foo",
                "FR 1",
                "ZCR 3.1",
                "SR 123.1",
                "hello",
                "SR 1,1",
            })
    void givenGarbage_whenNormalised_thenEmpty(String garbage) {
        assertThat(RequirementId.normalise(garbage)).isEmpty();
    }

    @Test
    void givenEnhancement_whenParsed_thenPartsAndBaseAreKnown() {
        var id = RequirementId.parse("NDR 1.13 RE 1").orElseThrow();

        assertThat(id.kind()).isEqualTo(RequirementId.Kind.NDR);
        assertThat(id.fr()).isEqualTo(1);
        assertThat(id.number()).isEqualTo(13);
        assertThat(id.enhancement()).isEqualTo(1);
        assertThat(id.isEnhancement()).isTrue();
        assertThat(id.base()).hasToString("NDR 1.13");
        assertThat(id.base().isEnhancement()).isFalse();
        assertThat(id.foundationalRequirement()).isEqualTo(FoundationalRequirement.IAC);
    }

    @Test
    void givenFrOutOfRange_whenConstructed_thenRejected() {
        assertThatThrownBy(() -> new RequirementId(RequirementId.Kind.SR, 8, 1, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1..7");
    }

    @Test
    void givenEveryCatalogId_whenNormalised_thenUnchanged() {
        var catalog = Catalog.standard();

        assertThat(catalog.systemRequirements())
                .allSatisfy(r -> assertThat(RequirementId.normalise(r.id())).contains(r.id()));
        assertThat(catalog.componentRequirements())
                .allSatisfy(r -> assertThat(RequirementId.normalise(r.id())).contains(r.id()));
    }
}
