package io.zonewarden.app.cli;

import io.zonewarden.core.io.AssetCsvImport;
import io.zonewarden.core.io.ModelFileException;
import io.zonewarden.core.io.PlantYamlReader;
import io.zonewarden.core.io.PlantYamlWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code zonewarden import-assets MODEL.yaml ASSETS.csv}: merges an asset inventory into a plant model. */
@Command(
        name = "import-assets",
        mixinStandardHelpOptions = true,
        description = {
            "Imports assets from a CSV inventory (header row: id,name,type,ip,mac,vendor,model,firmware,purdue,"
                    + "safety,wireless,temporary,external,criticality,slCapability,description,zone) into a plant model.",
            "An id already in the model updates that asset; the zone column moves the asset to that zone.",
            "Every row is checked first: one bad row and nothing is imported (exit 2)."
        })
final class ImportAssetsCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL.yaml", description = "the plant model file")
    Path model;

    @Parameters(index = "1", paramLabel = "ASSETS.csv", description = "the asset inventory")
    Path csv;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "where to write the merged model (default: standard output)")
    @Nullable
    Path output;

    @Option(names = "--in-place", description = "write the merged model back to MODEL.yaml")
    boolean inPlace;

    @Override
    public Integer call() throws IOException {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        if (inPlace && output != null) {
            err.println("zonewarden: give either --output or --in-place, not both");
            return ZoneWarden.BAD_INPUT;
        }
        AssetCsvImport.Result result;
        try {
            var plant = PlantYamlReader.read(model);
            result = AssetCsvImport.apply(plant, csv);
        } catch (ModelFileException e) {
            Problems.print(err, e);
            return ZoneWarden.BAD_INPUT;
        }
        var target = inPlace ? model : output;
        if (target == null) {
            out.print(PlantYamlWriter.write(result.plant()));
            out.flush();
        } else {
            PlantYamlWriter.write(result.plant(), target);
        }
        err.printf(
                "imported %d assets from %s: %d added, %d updated%s%n",
                result.added().size() + result.updated().size(),
                csv,
                result.added().size(),
                result.updated().size(),
                target == null ? "" : "; wrote " + target);
        err.flush();
        return ZoneWarden.OK;
    }
}
