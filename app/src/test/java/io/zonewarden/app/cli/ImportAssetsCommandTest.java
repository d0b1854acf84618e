package io.zonewarden.app.cli;

import static io.zonewarden.app.cli.ValidateCommandTest.EXAMPLE;
import static io.zonewarden.app.cli.ValidateCommandTest.zonewarden;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code zonewarden import-assets}: where the merged model goes, and a bad file that changes nothing. */
class ImportAssetsCommandTest {

    @Test
    void givenAGoodFile_whenImportedInPlace_thenTheModelHoldsTheNewAsset(@TempDir Path dir) throws Exception {
        var model = dir.resolve("plant.yaml");
        Files.copy(Path.of(EXAMPLE), model);
        var csv = dir.resolve("assets.csv");
        Files.writeString(csv, "id,type,ip,zone\nrtu-9,rtu,10.20.1.71,bpcs\n");

        var run = zonewarden("import-assets", model.toString(), csv.toString(), "--in-place");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("1 added").contains("wrote " + model);
        assertThat(Files.readString(model)).contains("rtu-9");
    }

    @Test
    void givenNoOutput_whenImported_thenTheMergedModelGoesToStandardOutput(@TempDir Path dir) throws Exception {
        var csv = dir.resolve("assets.csv");
        Files.writeString(csv, "id,type\nhmi-9,hmi\n");

        var run = zonewarden("import-assets", EXAMPLE, csv.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("plant:").contains("hmi-9");
    }

    @Test
    void givenABadRow_whenImportedInPlace_thenExit2AndTheModelIsUnchanged(@TempDir Path dir) throws Exception {
        var model = dir.resolve("plant.yaml");
        Files.copy(Path.of(EXAMPLE), model);
        var before = Files.readString(model);
        var csv = dir.resolve("assets.csv");
        Files.writeString(csv, "id,type\nok-1,plc\nbad-1,plcc\n");

        var run = zonewarden("import-assets", model.toString(), csv.toString(), "--in-place");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("assets.csv:3:2");
        assertThat(Files.readString(model)).isEqualTo(before);
    }

    @Test
    void givenBothOutputAndInPlace_whenImported_thenExit2() {
        var run = zonewarden("import-assets", EXAMPLE, "x.csv", "-o", "y.yaml", "--in-place");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("either --output or --in-place");
    }
}
