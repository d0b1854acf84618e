package io.zonewarden.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.zonewarden.core.model.organisation.Responsibility;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code organisation: {file: ...}}: one organisation file shared by the plants of a site. */
class SharedOrganisationFileTest {

    static final String SHARED = """
            people:
              - {id: ola, name: Ola OT, discipline: ot}
              - {id: ian, name: Ian IT, discipline: it}
            roles:
              - {id: ot-officer, holders: [ola]}
              - {id: it-officer, holders: [ian]}
            raci:
              - {element: "SPE 1", accountable: it-officer}
            documents:
              - {id: pol, kind: policy, owner: it-officer, version: "1", approved: 2026-01-01, reviewMonths: 12}
            awareness:
              modules:
                - {id: basics, introduced: 2026-01-01, refresherMonths: 12}
            """;

    static final String PLANT = """
            plant: {id: unit-9}
            zones:
              - {id: bpcs, kind: control}
            organisation:
              file: ../org/site.yaml
              raci:
                - {zone: bpcs, accountable: ot-officer}
            """;

    @TempDir
    Path dir;

    Path model;
    Path shared;

    @BeforeEach
    void files() throws IOException {
        Files.createDirectories(dir.resolve("plants"));
        Files.createDirectories(dir.resolve("org"));
        shared = Files.writeString(dir.resolve("org/site.yaml"), SHARED);
        model = Files.writeString(dir.resolve("plants/unit-9.yaml"), PLANT);
    }

    List<Problem> problems() {
        var e = catchThrowableOfType(ModelFileException.class, () -> PlantYamlReader.read(model));
        assertThat(e).isNotNull();
        return e.problems();
    }

    @Test
    void givenSharedFile_whenRead_thenItsContentPlusThePlantsZoneRows() throws Exception {
        var org = PlantYamlReader.read(model).organisation();

        assertThat(org.file()).isEqualTo("../org/site.yaml");
        assertThat(org.people()).hasSize(2);
        assertThat(org.documents()).hasSize(1);
        assertThat(org.awareness().modules()).hasSize(1);
        assertThat(org.raci()).extracting(Responsibility::subject).containsExactly("SPE 1", "bpcs");
    }

    @Test
    void givenSharedFile_whenWrittenBack_thenOnlyTheReferenceAndZoneRowsAndReadBackEqual() throws Exception {
        var plant = PlantYamlReader.read(model);

        var written = PlantYamlWriter.write(plant);
        var copy = Files.writeString(dir.resolve("plants/copy.yaml"), written);

        assertThat(written)
                .contains("file: ../org/site.yaml")
                .doesNotContain("people")
                .doesNotContain("SPE 1");
        assertThat(PlantYamlReader.read(copy)).isEqualTo(plant);
    }

    @Test
    void givenProblemInSharedFile_whenRead_thenReportedWithThatFilesNameLineAndColumn() throws Exception {
        Files.writeString(
                shared,
                SHARED.replace("{id: ian, name: Ian IT, discipline: it}", "{id: ian, nmae: Ian IT, discipline: it}"));

        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(shared.toString());
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).isEqualTo(15);
            assertThat(p.field()).isEqualTo("people[1]");
            assertThat(p.message()).contains("unknown key 'nmae'").contains("did you mean 'name'?");
        });
    }

    @Test
    void givenZoneRowInSharedFileAndElementRowInPlant_whenRead_thenEachRefusedWhereItIs() throws Exception {
        Files.writeString(
                shared,
                SHARED.replace(
                        "  - {element: \"SPE 1\", accountable: it-officer}\n",
                        "  - {element: \"SPE 1\", accountable: it-officer}\n  - {zone: bpcs, accountable: it-officer}\n"));
        Files.writeString(model, PLANT + "    - {element: \"SPE 2\", accountable: ot-officer}\n");

        assertThat(problems())
                .extracting(Problem::file, Problem::line)
                .containsExactlyInAnyOrder(
                        org.assertj.core.api.Assertions.tuple(shared.toString(), 9),
                        org.assertj.core.api.Assertions.tuple(model.toString(), 8));
    }

    @Test
    void givenUnknownRoleInPlantsZoneRow_whenRead_thenSuggestedFromTheSharedRoles() throws Exception {
        Files.writeString(model, PLANT.replace("accountable: ot-officer", "accountable: ot-oficer"));

        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(model.toString());
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.message()).isEqualTo("unknown role 'ot-oficer' (did you mean 'ot-officer'?)");
        });
    }

    @Test
    void givenMissingSharedFile_whenRead_thenProblemAtTheFileKey() throws Exception {
        Files.delete(shared);

        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(model.toString());
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.column()).isEqualTo(9);
            assertThat(p.message()).startsWith("no such file: ").endsWith("site.yaml");
        });
    }

    @Test
    void givenPeopleBesideTheFileReference_whenRead_thenRefused() throws Exception {
        Files.writeString(model, PLANT + "  people: []\n");

        assertThat(problems())
                .singleElement()
                .satisfies(p ->
                        assertThat(p.message()).startsWith("'people' belongs in the shared file ../org/site.yaml"));
    }

    @Test
    void givenSharedOrganisation_whenPeopleImported_thenRefusedRatherThanLost() throws Exception {
        var plant = PlantYamlReader.read(model);

        var e = catchThrowableOfType(
                ModelFileException.class,
                () -> OrganisationCsvImport.importPeople(plant, "id,discipline\nnew,ot\n", "hr.csv"));

        assertThat(e.problems().get(0).message()).contains("is shared from ../org/site.yaml");
    }
}
