package io.zonewarden.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.zonewarden.core.model.Plant;
import io.zonewarden.core.model.organisation.AccessRight;
import io.zonewarden.core.model.organisation.Completion;
import io.zonewarden.core.model.organisation.Discipline;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrganisationCsvImportTest {

    static final String MODEL = """
            plant: {id: unit-3}
            organisation:
              people:
                - {id: ann, name: Ann Lead, department: Management, discipline: management, email: Ann.Lead@example.com, joined: 2019-03-01}
                - {id: otto, name: Otto Control, department: Operations, discipline: ot, rights: [engineering]}
              awareness:
                modules:
                  - {id: basics, introduced: 2025-01-01, refresherMonths: 12}
                completions:
                  - {person: ann, module: basics, date: 2025-10-12, score: 92}
            """;

    static Plant plant() throws ModelFileException {
        return PlantYamlReader.read(MODEL, "unit-3.yaml");
    }

    static ModelFileException refusal(ThrowingImport action) {
        var e = catchThrowableOfType(ModelFileException.class, action::run);
        assertThat(e).isNotNull();
        return e;
    }

    interface ThrowingImport {
        void run() throws ModelFileException;
    }

    @Nested
    class People {

        @Test
        void givenNewAndKnownPeople_whenImported_thenAddedAndUpdatedKeepingColumnsNotInTheFile() throws Exception {
            var csv = """
                    id,name,department,discipline,joined,rights
                    otto,Otto Control,Engineering,ot,2020-01-15,engineering;remote-access
                    nina,Nina New,IT,IT,2026-11-02,
                    """;

            var result = OrganisationCsvImport.importPeople(plant(), csv, "hr.csv");

            assertThat(result.added()).containsExactly("nina");
            assertThat(result.updated()).containsExactly("otto");
            var org = result.plant().organisation();
            assertThat(org.people()).extracting(p -> p.id()).containsExactly("ann", "otto", "nina");
            var otto = org.person("otto").orElseThrow();
            assertThat(otto.department()).isEqualTo("Engineering");
            assertThat(otto.joined()).isEqualTo(LocalDate.of(2020, 1, 15));
            assertThat(otto.rights()).containsExactlyInAnyOrder(AccessRight.ENGINEERING, AccessRight.REMOTE_ACCESS);
            var nina = org.person("nina").orElseThrow();
            assertThat(nina.discipline()).isEqualTo(Discipline.IT);
            assertThat(nina.rights()).isEmpty();
            // ann is not in the file: untouched, including the e-mail column the file does not have
            assertThat(org.person("ann")).isEqualTo(plant().organisation().person("ann"));
        }

        @Test
        void givenLeaverRow_whenImported_thenLeftDateRecorded() throws Exception {
            var result = OrganisationCsvImport.importPeople(plant(), "id,left\notto,2026-10-31\n", "hr.csv");

            var otto = result.plant().organisation().person("otto").orElseThrow();
            assertThat(otto.left()).isEqualTo(LocalDate.of(2026, 10, 31));
            assertThat(otto.activeOn(LocalDate.of(2026, 11, 1))).isFalse();
            assertThat(otto.rights()).containsExactly(AccessRight.ENGINEERING);
        }

        @Test
        void givenBadRowsAmongGoodOnes_whenImported_thenNothingAndEveryProblemWithLineAndColumn() throws Exception {
            var csv = """
                    id,name,discipline,email,joined
                    good,Good Person,ot,good@example.com,2024-01-01
                    bad one,Bad Id,ot,,
                    nodisc,No Discipline,,,
                    wrong,Wrong,ops,not-an-address,01.02.2024
                    good,Twice,ot,,
                    """;
            var before = plant();

            var e = refusal(() -> OrganisationCsvImport.importPeople(before, csv, "hr.csv"));

            assertThat(e.problems())
                    .extracting(Problem::line, Problem::column, Problem::field)
                    .containsExactly(
                            tuple(3, 1, "id"),
                            tuple(4, 3, "discipline"),
                            tuple(5, 3, "discipline"),
                            tuple(5, 4, "email"),
                            tuple(5, 5, "joined"),
                            tuple(6, 1, "id"));
            assertThat(e.problems().get(2).message()).contains("unknown discipline 'ops'");
            assertThat(e.problems().get(4).message()).contains("found '01.02.2024'");
            assertThat(e.problems().get(5).message()).isEqualTo("duplicate person id 'good' (first on line 2)");
            assertThat(e.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo("hr.csv"));
        }

        @Test
        void givenUnknownColumnAndNoId_whenImported_thenHeaderProblems() {
            var e = refusal(() -> OrganisationCsvImport.importPeople(plant(), "name,dicsipline\nx,ot\n", "hr.csv"));

            assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.line()).isEqualTo(1);
                assertThat(p.column()).isEqualTo(2);
                assertThat(p.message()).contains("did you mean 'discipline'?");
            });
        }
    }

    @Nested
    class Training {

        @Test
        void givenRecordsByIdAndEmail_whenImported_thenAddedAndRepeatsSkipped() throws Exception {
            var csv = """
                    person,module,date,score
                    otto,basics,2025-11-03,88
                    ann.lead@example.com,basics,2026-10-20T09:12:00Z,95%
                    ann,basics,2025-10-12,92
                    """;

            var result = OrganisationCsvImport.importTraining(plant(), csv, "lms.csv");

            assertThat(result.added()).hasSize(2);
            assertThat(result.skipped()).isEqualTo(1);
            assertThat(result.plant().organisation().awareness().completions())
                    .containsExactly(
                            new Completion("ann", "basics", LocalDate.of(2025, 10, 12), 92),
                            new Completion("otto", "basics", LocalDate.of(2025, 11, 3), 88),
                            new Completion("ann", "basics", LocalDate.of(2026, 10, 20), 95));
        }

        @Test
        void givenUnknownPersonModuleAndBadScore_whenImported_thenNothingImported() {
            var csv = """
                    person,module,date,score
                    oto,basics,2025-11-03,88
                    otto,basic,2025-11-03,
                    otto,basics,,
                    otto,basics,2025-11-03,120
                    """;

            var e = refusal(() -> OrganisationCsvImport.importTraining(plant(), csv, "lms.csv"));

            assertThat(e.problems())
                    .extracting(Problem::line, Problem::column, Problem::field)
                    .containsExactly(
                            tuple(2, 1, "person"), tuple(3, 2, "module"), tuple(4, 3, "date"), tuple(5, 4, "score"));
            assertThat(e.problems().get(0).message()).contains("did you mean 'otto'?");
            assertThat(e.problems().get(1).message()).contains("did you mean 'basics'?");
        }

        @Test
        void givenFileThatIsNotUtf8_whenImported_thenSaidSo(@TempDir Path dir) throws Exception {
            var file = dir.resolve("lms.csv");
            Files.write(
                    file, "person,module,date\nj\u00f6rg,basics,2025-01-01\n".getBytes(StandardCharsets.ISO_8859_1));

            var e = refusal(() -> OrganisationCsvImport.importTraining(plant(), file));

            assertThat(e.problems())
                    .singleElement()
                    .satisfies(p -> assertThat(p.message()).startsWith("not UTF-8"));
        }
    }
}
