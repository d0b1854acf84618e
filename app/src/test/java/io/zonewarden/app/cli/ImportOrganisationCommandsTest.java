package io.zonewarden.app.cli;

import static io.zonewarden.app.cli.ValidateCommandTest.EXAMPLE;
import static io.zonewarden.app.cli.ValidateCommandTest.zonewarden;
import static org.assertj.core.api.Assertions.assertThat;

import io.zonewarden.core.io.PlantYamlReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code zonewarden import-people} and {@code import-training}: all or nothing, problems by line and column. */
class ImportOrganisationCommandsTest {

    @Test
    void givenHrExport_whenImported_thenNewPersonInTheWrittenModelAndTheRestKept(@TempDir Path dir) throws Exception {
        var csv = Files.writeString(
                dir.resolve("hr.csv"),
                "id,name,department,discipline,email,joined\n"
                        + "n.costa,Nuno Costa,Production,ot,nuno.costa@example.com,2026-11-16\n");
        var out = dir.resolve("plant.yaml");

        var run = zonewarden("import-people", EXAMPLE, csv.toString(), "-o", out.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ZoneWarden.OK);
        assertThat(run.err()).contains("imported 1 people: 1 added, 0 updated");
        var before = PlantYamlReader.read(Path.of(EXAMPLE));
        var after = PlantYamlReader.read(out);
        assertThat(after.organisation().people())
                .hasSize(before.organisation().people().size() + 1);
        assertThat(after.organisation().documents())
                .isEqualTo(before.organisation().documents());
        assertThat(after.assets()).isEqualTo(before.assets());
    }

    @Test
    void givenTrainingExport_whenImportedTwice_thenSecondTimeSkipsEverything(@TempDir Path dir) throws Exception {
        var csv = Files.writeString(
                dir.resolve("lms.csv"),
                "person,module,date,score\n"
                        + "hiro.tanaka@example.com,ot-basics,2026-11-25,85\n"
                        + "h.tanaka,phishing,2026-11-25T14:02:11Z,90\n");
        var model = dir.resolve("plant.yaml");
        Files.copy(Path.of(EXAMPLE), model);

        var first = zonewarden("import-training", model.toString(), csv.toString(), "--in-place");
        var second = zonewarden("import-training", model.toString(), csv.toString(), "--in-place");

        assertThat(first.exitCode()).isEqualTo(ZoneWarden.OK);
        assertThat(first.err()).contains("imported 2 completion records, skipped 0");
        assertThat(second.err()).contains("imported 0 completion records, skipped 2");
        var awareness = zonewarden("awareness", model.toString(), "--as-of", "2026-11-26", "--format", "csv");
        assertThat(awareness.out()).doesNotContain("h.tanaka");
    }

    @Test
    void givenBadRow_whenImported_thenNothingWrittenAndProblemByLineAndColumn(@TempDir Path dir) throws Exception {
        var csv = Files.writeString(
                dir.resolve("lms.csv"),
                "person,module,date\n" + "h.tanaka,ot-basics,2026-11-25\n" + "h.tanaka,ot-basic,2026-11-25\n");
        var model = dir.resolve("plant.yaml");
        Files.copy(Path.of(EXAMPLE), model);
        var original = Files.readString(model);

        var run = zonewarden("import-training", model.toString(), csv.toString(), "--in-place");

        assertThat(run.exitCode()).isEqualTo(ZoneWarden.BAD_INPUT);
        assertThat(run.err()).contains(csv + ":3:2: module: unknown awareness module 'ot-basic'");
        assertThat(Files.readString(model)).isEqualTo(original);
    }
}
