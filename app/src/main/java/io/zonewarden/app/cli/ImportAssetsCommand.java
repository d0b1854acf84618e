package io.zonewarden.app.cli;

import io.zonewarden.core.io.AssetCsvImport;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    ModelImport io = new ModelImport();

    @Override
    public Integer call() throws IOException {
        return io.run(spec, (plant, csv) -> {
            var result = AssetCsvImport.apply(plant, csv);
            return new ModelImport.Imported(
                    result.plant(),
                    "imported " + (result.added().size() + result.updated().size()) + " assets: "
                            + result.added().size() + " added, "
                            + result.updated().size() + " updated");
        });
    }
}
