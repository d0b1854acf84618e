package io.zonewarden.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.zonewarden.core.model.Plant;
import io.zonewarden.core.model.risk.ConsequenceCategory;
import io.zonewarden.core.model.risk.SafeguardKind;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Process hazards imported from a hazard study's CSV export. */
class HazardCsvImportTest {

    private static Plant example() throws ModelFileException {
        return PlantYamlReader.read(Path.of("../examples/chemical-plant.yaml"));
    }

    @Test
    void givenNewAndExistingHazards_whenImported_thenNewAreAddedExistingReplacedAndSafeguardsTyped() throws Exception {
        var csv = """
                id,description,safety,environment,production,safeguards
                H-03,Compressor trip,,,4,SIC-2:control-loop@bpcs
                H-10,Cooling water loss,catastrophic,3,,TIC-9:control-loop@bpcs; TSHH-9:sis-trip@bpcs; PSV-9:mechanical
                """;
        var result = HazardCsvImport.apply(example(), csv, "hazards.csv");

        assertThat(result.added()).containsExactly("H-10");
        assertThat(result.replaced()).containsExactly("H-03");
        var h10 = result.plant().risk().hazard("H-10").orElseThrow();
        assertThat(h10.consequence().levels())
                .containsEntry(ConsequenceCategory.SAFETY, 5)
                .containsEntry(ConsequenceCategory.ENVIRONMENT, 3);
        assertThat(h10.safeguards())
                .extracting(s -> s.id(), s -> s.kind(), s -> s.cyberDependent(), s -> s.zone())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("TIC-9", SafeguardKind.CONTROL_LOOP, true, "bpcs"),
                        org.assertj.core.groups.Tuple.tuple("TSHH-9", SafeguardKind.SIS_TRIP, true, "bpcs"),
                        org.assertj.core.groups.Tuple.tuple("PSV-9", SafeguardKind.MECHANICAL, false, null));
        assertThat(result.plant()
                        .risk()
                        .hazard("H-03")
                        .orElseThrow()
                        .consequence()
                        .worst())
                .isEqualTo(4);
        var written = PlantYamlWriter.write(result.plant());
        assertThat(PlantYamlReader.read(written, "merged.yaml")).isEqualTo(result.plant());
    }

    @Test
    void givenBadRows_whenImported_thenEveryProblemNamedByLineAndColumnAndNothingImported() {
        var csv = """
                id,safety,safeguards
                H-20,9,SIF-1@bpcs
                H-21,3,SIF-2:trip@bpcs
                H-22,3,SIF-3@bpsc
                H-23,,
                """;
        var refusal = catchThrowableOfType(
                ModelFileException.class, () -> HazardCsvImport.apply(example(), csv, "hazards.csv"));

        assertThat(refusal.problems())
                .extracting(p -> p.line() + ":" + p.column())
                .containsExactly("2:2", "3:3", "4:3", "5:0");
        assertThat(refusal.problems().get(0).message()).contains("expected a consequence level 1..5");
        assertThat(refusal.problems().get(1).message()).contains("unknown safeguard kind 'trip'");
        assertThat(refusal.problems().get(2).message()).contains("unknown zone 'bpsc'");
        assertThat(refusal.problems().get(3).message()).contains("rates no consequence");
    }

    @Test
    void givenAnUnknownColumn_whenImported_thenRefusedWithASuggestion() {
        var refusal = catchThrowableOfType(
                ModelFileException.class, () -> HazardCsvImport.apply(example(), "id,saftey\nH-30,3\n", "hazards.csv"));
        assertThat(refusal.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message())
                        .contains("unknown column 'saftey'")
                        .contains("safety"));
    }

    @Test
    void givenAFileThatIsNotUtf8_whenImported_thenItIsNamedAsSuch(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        var file = dir.resolve("hazards.csv");
        java.nio.file.Files.write(
                file,
                "id,description\nH-9,R\u00fchrwerk \u00fcberhitzt\n"
                        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        var e = catchThrowableOfType(ModelFileException.class, () -> HazardCsvImport.apply(example(), file));

        assertThat(e.getMessage()).contains("not UTF-8");
    }
}
