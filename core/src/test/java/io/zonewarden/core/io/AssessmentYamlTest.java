package io.zonewarden.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonewarden.core.catalog.ComponentType;
import io.zonewarden.core.model.assessment.AnswerStatus;
import io.zonewarden.core.model.assessment.Verification;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The assessment section of the plant model file: what it reads, and every bad answer with its location. */
class AssessmentYamlTest {

    private static final String PLANT = """
            plant: {id: p}
            assets:
              - {id: plc-1, type: plc}
            zones:
              - {id: bpcs, kind: control, slTarget: 2, assets: [plc-1]}
            """;

    private static io.zonewarden.core.model.Plant read(String assessment) throws ModelFileException {
        return PlantYamlReader.read(PLANT + assessment, "plant.yaml");
    }

    private static List<Problem> problems(String assessment) {
        try {
            read(assessment);
        } catch (ModelFileException e) {
            return e.problems();
        }
        throw new AssertionError("expected the model to be refused");
    }

    @Test
    void givenAnswersInEveryForm_whenRead_thenIdsAreCanonicalAndFieldsKept() throws Exception {
        var plant = read("""
                assessment:
                  zones:
                    bpcs:
                      SR1.1: implemented
                      "sr 1.1 re(1)": {status: partial, note: half done, assessor: A. B., date: 2026-11-02}
                      "SR 4.1": {status: not-applicable, justification: no confidential data}
                      "SR 2.3": {status: compensated, countermeasure: cm-kiosk, justification: kiosk scans media,
                                 evidence: [{title: Kiosk procedure, version: "2"}, {note: interview with the shift lead}]}
                  components:
                    plc-1: {type: edr, answers: {"CR 1.1": implemented, "EDR 2.13": planned}}
                  programme:
                    "ORG 1.1": 2
                    "ORG 1.3": {maturity: 3, note: roles signed off}
                """);

        var answers = plant.assessment().answersFor("bpcs");
        assertThat(answers).containsOnlyKeys("SR 1.1", "SR 1.1 RE 1", "SR 4.1", "SR 2.3");
        assertThat(answers.get("SR 1.1").isBare()).isTrue();
        assertThat(answers.get("SR 1.1 RE 1").date()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(answers.get("SR 2.3").status()).isEqualTo(AnswerStatus.COMPENSATED);
        assertThat(answers.get("SR 2.3").evidence()).hasSize(2);
        var component = plant.assessment().components().get("plc-1");
        assertThat(component.type()).isEqualTo(ComponentType.EDR);
        assertThat(component.answers()).containsOnlyKeys("CR 1.1", "EDR 2.13");
        assertThat(plant.assessment().programme().get("ORG 1.3").maturity()).isEqualTo(3);
        assertThat(PlantYamlReader.read(PlantYamlWriter.write(plant), "written.yaml"))
                .isEqualTo(plant);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown requirement      | "SR 1.14": implemented                                       | 9  | 7  | unknown IEC 62443-3-3 requirement 'SR 1.14'
            unknown status           | "SR 1.1": implementd                                         | 9  | 17 | unknown answer status 'implementd' (did you mean 'implemented'?)
            missing justification    | "SR 4.1": not-applicable                                     | 9  | 17 | needs a justification
            compensated without cm   | "SR 2.3": {status: compensated, note: because}               | 9  | 17 | names its compensating countermeasure
            compensated without why  | "SR 2.3": {status: compensated, countermeasure: cm-1}        | 9  | 17 | says why the countermeasure suffices
            bad date                 | "SR 1.1": {status: implemented, date: 02/11/2026}            | 9  | 45 | expected a date as YYYY-MM-DD
            bad digest               | "SR 1.1": {status: implemented, evidence: [{file: a.pdf, sha256: abc}]} | 9  | 50 | sha256 must be 64 lower-case hexadecimal digits
            digest without file      | "SR 1.1": {status: implemented, evidence: [{title: T, sha256: 3f1c0b2a9d7e4c5b8a6f0e1d2c3b4a5968778695a4b3c2d1e0f1a2b3c4d5e6f7}]} | 9  | 50 | give the file too
            empty evidence           | "SR 1.1": {status: implemented, evidence: [{version: "1"}]}  | 9  | 50 | evidence needs at least a title
            unknown answer key       | "SR 1.1": {status: implemented, comment: x}                  | 9  | 39 | unknown key 'comment'
            answered twice           | "SR 1.1": implemented\\n      "SR1.1": planned                  | 10 | 7  | requirement SR 1.1 is answered twice
            unknown verification     | "SR 1.1": {status: implemented, verification: audit}        | 9  | 53 | unknown verification method 'audit'; known: interview, document, observation, test
            misspelt verification    | "SR 1.1": {status: implemented, verification: observaton}   | 9  | 53 | unknown verification method 'observaton' (did you mean 'observation'?); known: interview
            verification not a word  | "SR 1.1": {status: implemented, verification: [test]}       | 9  | 53 | expected how the answer was checked, found a list; known: interview, document
            bad verifiedOn           | "SR 1.1": {status: implemented, verification: test, verifiedOn: 2026-13-01} | 9  | 71 | expected a date as YYYY-MM-DD, found '2026-13-01'
            verifiedBy without how   | "SR 1.1": {status: implemented, verifiedBy: A. B.}          | 9  | 17 | give verification too (interview, document, observation, test)
            """)
    void givenABadZoneAnswer_whenRead_thenTheProblemIsLocated(
            String name, String answer, int line, int column, String message) {
        var problems = problems("assessment:\n  zones:\n    bpcs:\n      " + answer.replace("\\n", "\n") + "\n");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.message()).contains(message);
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.column()).isEqualTo(column);
        });
    }

    @Test
    void givenAnswersSayingHowTheyWereChecked_whenRead_thenVerificationIsKeptAndRoundTrips() throws Exception {
        var plant = read("""
                assessment:
                  zones:
                    bpcs:
                      "SR 1.1": {status: implemented, verification: test, verifiedBy: J. de Vries, verifiedOn: 2026-11-12}
                      "SR 2.1": {status: implemented, verification: document, evidence: [{title: Access policy}]}
                      "SR 3.1": {status: implemented, verification: interview}
                      "SR 5.1": implemented
                """);

        var answers = plant.assessment().answersFor("bpcs");
        var tested = answers.get("SR 1.1");
        assertThat(tested.verification()).isEqualTo(Verification.TEST);
        assertThat(tested.verifiedBy()).isEqualTo("J. de Vries");
        assertThat(tested.verifiedOn()).isEqualTo(LocalDate.of(2026, 11, 12));
        assertThat(answers.get("SR 2.1").verification()).isEqualTo(Verification.DOCUMENT);
        assertThat(answers.get("SR 3.1").isBare()).isFalse();
        assertThat(answers.get("SR 5.1").verification()).isNull();
        assertThat(plant.assessment().latestVerification("bpcs")).contains(tested);
        var written = PlantYamlWriter.write(plant);
        assertThat(written).contains("verification: test", "verifiedBy: J. de Vries", "verifiedOn: 2026-11-12");
        assertThat(PlantYamlReader.read(written, "written.yaml")).isEqualTo(plant);
    }

    @Test
    void givenAnUnknownZoneAndAsset_whenRead_thenBothAreNamedWithSuggestions() {
        var problems = problems("""
                assessment:
                  zones:
                    bpc: {"SR 1.1": implemented}
                  components:
                    plc-2: {type: EDR}
                """);

        assertThat(problems)
                .extracting(Problem::line, Problem::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(8, "unknown zone 'bpc' (did you mean 'bpcs'?)"),
                        org.assertj.core.groups.Tuple.tuple(10, "unknown asset 'plc-2' (did you mean 'plc-1'?)"));
    }

    @Test
    void givenComponentAnswersThatDoNotFitTheType_whenRead_thenEachIsRefused() {
        var problems = problems("""
                assessment:
                  components:
                    plc-1: {type: EDR, answers: {"NDR 1.6": implemented, "CR 2.3": implemented, "CR 9.9": planned}}
                """);

        assertThat(problems)
                .extracting(Problem::message)
                .containsExactly(
                        "NDR 1.6 does not apply to a component of type EDR",
                        "CR 2.3 has no component-level requirement of its own",
                        "unknown IEC 62443-4-2 requirement 'CR 9.9' (did you mean 'CR 1.9'?)");
    }

    @Test
    void givenABadComponentTypeAndBadMaturities_whenRead_thenEachIsRefused() {
        var problems = problems("""
                assessment:
                  components:
                    plc-1: {type: PLC}
                  programme:
                    "ORG 1.1": 5
                    "ORG 1.3": {maturity: high}
                    "ORG 9.9": 1
                """);

        assertThat(problems)
                .extracting(Problem::message)
                .containsExactly(
                        "unknown component type 'PLC'; known: SAR, EDR, HDR, NDR",
                        "expected a maturity 0 (not in place) or 1..4, found number '5'",
                        "expected a maturity 0 (not in place) or 1..4, found text 'high'",
                        "unknown IEC 62443-2-1:2024 requirement 'ORG 9.9' (did you mean 'ORG 1.1'?)");
    }
}
