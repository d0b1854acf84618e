package io.zonewarden.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.zonewarden.core.model.Plant;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CSV imports made to exhaust the reader: lines of megabytes and cells of megabytes, refused with file and line. */
class HostileCsvTest {

    static final int LIMIT = InputLimits.MAX_LINE_LENGTH;

    static final Plant PLANT = example();

    private static Plant example() {
        try {
            return PlantYamlReader.read(Path.of("../examples/chemical-plant.yaml"));
        } catch (ModelFileException e) {
            throw new AssertionError(e);
        }
    }

    static List<Problem> problems(ThrowingImport reading) {
        var refusal = catchThrowableOfType(ModelFileException.class, reading::run);
        assertThat(refusal).as("refusal").isNotNull();
        return refusal.problems();
    }

    @FunctionalInterface
    interface ThrowingImport {
        void run() throws ModelFileException;
    }

    @ParameterizedTest(name = "{0} MiB")
    @ValueSource(ints = {1, 4, 16})
    void givenAssetRowOfMegabytes_whenImported_thenRefusedNamingTheLine(int mebibytes) {
        var csv = "id,type,description\nplc-9,plc,short\nplc-10,plc," + "d".repeat(mebibytes << 20) + "\n";

        var problems = problems(() -> AssetCsvImport.apply(PLANT, csv, "assets.csv"));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("assets.csv");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).isEqualTo(LIMIT + 1);
            assertThat(p.message()).contains("longer than %,d characters".formatted(LIMIT));
        });
    }

    @Test
    void givenLongHeaderInAFile_whenImported_thenRefusedNamingTheFileAndLine(@TempDir Path dir) throws IOException {
        var file = Files.writeString(dir.resolve("hazards.csv"), "id," + "h".repeat(LIMIT) + "\r\nhz-1\r\n");

        var problems = problems(() -> HazardCsvImport.apply(PLANT, file));

        assertThat(problems)
                .singleElement()
                .extracting(Problem::file, Problem::line)
                .containsExactly(file.toString(), 1);
    }

    @Test
    void givenQuotedCellOfManyShortLines_whenImported_thenRefusedNamingLineAndColumn() {
        // given: a description of 2,000 lines of 60 characters, each line within the limit, the cell beyond it
        var cell = ("x".repeat(59) + "\n").repeat(2_000);
        var csv = "id,name,email\nola,Ola,\"" + cell + "\"\n";

        var problems = problems(() -> OrganisationCsvImport.importPeople(PLANT, csv, "people.csv"));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("people.csv");
            assertThat(p.line()).isEqualTo(2 + 2_000);
            assertThat(p.column()).isEqualTo(3);
            assertThat(p.message())
                    .contains("cell of %,d characters".formatted(cell.length()))
                    .contains("expected at most %,d".formatted(InputLimits.MAX_CSV_CELL));
        });
    }

    @Test
    void givenRowOfExactlyTheLineLimitWithCellsOfTheCellLimitAfterLoneCrs_whenImported_thenLoads()
            throws ModelFileException {
        // given: line breaks as CR alone, and a last row exactly as long as a line may be, three of its cells as
        // long as a cell may be
        int cell = InputLimits.MAX_CSV_CELL;
        var prefix = "plc-10,plc," + "n".repeat(cell) + "," + "v".repeat(cell) + "," + "m".repeat(cell) + ",";
        var csv = "id,type,name,vendor,model,description\rplc-9,plc,,,,short\r" + prefix
                + "d".repeat(LIMIT - prefix.length()) + "\r";

        // when
        var result = AssetCsvImport.apply(PLANT, csv, "assets.csv");

        // then
        assertThat(result.added()).containsExactly("plc-9", "plc-10");
        var asset = result.plant().asset("plc-10").orElseThrow();
        assertThat(asset.name()).hasSize(cell);
        assertThat(asset.description()).hasSize(LIMIT - prefix.length());
        assertThat(PlantYamlWriter.write(result.plant())).contains(asset.description());
    }

    @Test
    void givenCellOneOverTheCellLimit_whenImported_thenRefusedNamingLineAndColumn() {
        var csv = "id,type,description\nplc-10,plc," + "d".repeat(InputLimits.MAX_CSV_CELL + 1) + "\n";

        assertThat(problems(() -> AssetCsvImport.apply(PLANT, csv, "assets.csv")))
                .singleElement()
                .extracting(Problem::line, Problem::column)
                .containsExactly(2, 3);
    }
}
