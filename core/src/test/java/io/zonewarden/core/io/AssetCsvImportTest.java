package io.zonewarden.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonewarden.core.model.AssetType;
import io.zonewarden.core.model.IpAddress;
import io.zonewarden.core.model.Plant;
import io.zonewarden.core.model.PurdueLevel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssetCsvImportTest {

    private static final Plant PLANT = example();

    private static Plant example() {
        try {
            return PlantYamlReader.read(Path.of("../examples/chemical-plant.yaml"));
        } catch (ModelFileException e) {
            throw new AssertionError(e);
        }
    }

    private static AssetCsvImport.Result importing(String csv) throws ModelFileException {
        return AssetCsvImport.apply(PLANT, csv, "assets.csv");
    }

    private static List<Problem> problems(String csv) {
        try {
            importing(csv);
        } catch (ModelFileException e) {
            return e.problems();
        }
        throw new AssertionError("expected the import to fail");
    }

    @Test
    void givenNewAndExistingIds_whenImported_thenNewAreAddedAndExistingUpdatedInPlace() throws Exception {
        var result = importing("""
                id,name,type,ip,purdue,safety,zone
                sis-plc-2,Second safety PLC,safety-plc,10.20.1.51,1,yes,bpcs
                plc-101,Reactor PLC,plc,10.20.1.11;10.20.1.13,1,no,
                """);

        assertThat(result.added()).containsExactly("sis-plc-2");
        assertThat(result.updated()).containsExactly("plc-101");
        var plant = result.plant();
        assertThat(plant.assets()).hasSize(PLANT.assets().size() + 1);
        assertThat(plant.assets().get(plant.assets().size() - 1).id()).isEqualTo("sis-plc-2");
        var sis = plant.asset("sis-plc-2").orElseThrow();
        assertThat(sis.type()).isEqualTo(AssetType.SAFETY_PLC);
        assertThat(sis.safety()).isTrue();
        assertThat(sis.purdue()).isEqualTo(PurdueLevel.L1);
        assertThat(plant.zonesOf("sis-plc-2")).containsExactly("bpcs");
        var plc = plant.asset("plc-101").orElseThrow();
        assertThat(plc.ip()).containsExactly(IpAddress.parse("10.20.1.11"), IpAddress.parse("10.20.1.13"));
        assertThat(plant.assets().indexOf(plc))
                .isEqualTo(PLANT.assets().indexOf(PLANT.asset("plc-101").orElseThrow()));
        assertThat(plant.zonesOf("plc-101"))
                .as("a blank zone keeps the membership")
                .containsExactly("bpcs");
    }

    @Test
    void givenAZoneColumn_whenAnAssetMoves_thenItLeavesItsOldZone() throws Exception {
        var plant = importing("id,type,zone\nwgw-1,wireless-ap,temporary\n").plant();

        assertThat(plant.zonesOf("wgw-1")).containsExactly("temporary");
        assertThat(plant.zone("bpcs").orElseThrow().assets()).doesNotContain("wgw-1");
    }

    @Test
    void givenColumnsInAnyOrderWithAByteOrderMark_whenImported_thenTheyAreRead() throws Exception {
        var plant = importing("\uFEFFType,ID,Criticality\nhmi,hmi-9,HIGH\n").plant();

        assertThat(plant.asset("hmi-9").orElseThrow().type()).isEqualTo(AssetType.HMI);
    }

    @Test
    void givenAnUnknownColumn_whenImported_thenTheHeaderCellIsNamedWithASuggestion() {
        assertThat(problems("id,nmae,type\n")).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.column()).isEqualTo(2);
            assertThat(p.message()).contains("unknown column 'nmae'").contains("did you mean 'name'");
        });
    }

    @Test
    void givenNoTypeColumn_whenImported_thenTheMissingColumnIsNamed() {
        assertThat(problems("id,name\nx,y\n"))
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("no 'type' column"));
    }

    @Test
    void givenBadRows_whenImported_thenEveryProblemIsReportedWithLineAndColumnAndNothingIsImported() {
        var problems = problems("""
                id,type,ip,mac,purdue,safety,zone
                x1,plcc,10.0.0.1,,1,,bpcs
                x2,plc,10.0.0.300,00:11:22:33:44,7,maybe,nowhere
                x1,plc,,,,,
                bad id,plc,,,,,
                """);

        assertThat(problems)
                .extracting(Problem::line, Problem::column, Problem::field)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, 2, "type"),
                        org.assertj.core.groups.Tuple.tuple(3, 3, "ip"),
                        org.assertj.core.groups.Tuple.tuple(3, 4, "mac"),
                        org.assertj.core.groups.Tuple.tuple(3, 5, "purdue"),
                        org.assertj.core.groups.Tuple.tuple(3, 6, "safety"),
                        org.assertj.core.groups.Tuple.tuple(3, 7, "zone"),
                        org.assertj.core.groups.Tuple.tuple(5, 1, "id"));
        assertThat(problems.get(0).message()).contains("did you mean 'plc'");
        assertThat(problems.get(5).message()).contains("unknown zone 'nowhere'");
        assertThat(problems.get(6).message()).contains("is not an id");
    }

    @Test
    void givenADuplicateId_whenImported_thenTheSecondRowIsNamedWithTheFirst() {
        assertThat(problems("id,type\np1,plc\np1,hmi\n")).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("duplicate asset id 'p1' (first on line 2)");
        });
    }

    @Test
    void givenAnUnclosedQuote_whenImported_thenTheLineWhereItStartsIsNamed() {
        assertThat(problems("id,type\np1,plc\n\"p2,plc\n")).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("quoted field is not closed");
        });
    }

    @Test
    void givenAnIdThatIsAZone_whenImported_thenItIsRefused() {
        assertThatThrownBy(() -> importing("id,type\nbpcs,plc\n"))
                .isInstanceOf(ModelFileException.class)
                .hasMessageContaining("already a zone's id");
    }

    @Test
    void givenAFileThatIsNotUtf8_whenImported_thenItIsRefused(@TempDir Path dir) throws Exception {
        var file = dir.resolve("latin1.csv");
        Files.write(file, "id,type,vendor\np1,plc,M\u00fcller\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> AssetCsvImport.apply(PLANT, file))
                .isInstanceOf(ModelFileException.class)
                .hasMessageContaining("not UTF-8");
    }

    @Test
    void givenAnImportedPlant_whenWrittenAndReadBack_thenItIsEqual() throws Exception {
        var plant = importing("id,type,ip,zone\nrtu-9,rtu,10.20.1.71,bpcs\n").plant();

        assertThat(PlantYamlReader.read(PlantYamlWriter.write(plant), "written.yaml"))
                .isEqualTo(plant);
    }
}
