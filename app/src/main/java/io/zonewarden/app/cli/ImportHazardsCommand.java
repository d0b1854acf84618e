package io.zonewarden.app.cli;

import io.zonewarden.core.io.HazardCsvImport;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code zonewarden import-hazards MODEL.yaml HAZARDS.csv}: process hazards from a PHA or HAZOP export. */
@Command(
        name = "import-hazards",
        mixinStandardHelpOptions = true,
        description = {
            "Imports process hazards from a hazard study's CSV export (header row: id,description,safety,environment,"
                    + "production,financial,reputation,regulatory,safeguards) into the model's risk section.",
            "Safeguards are separated by ';', each ID[:kind][@zone]; @zone marks a cyber-dependent safeguard running"
                    + " in that zone. A hazard id already in the model is replaced.",
            "Every row is checked first: one bad row and nothing is imported (exit 2)."
        })
final class ImportHazardsCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    ModelImport io = new ModelImport();

    @Override
    public Integer call() throws IOException {
        return io.run(spec, (plant, csv) -> {
            var result = HazardCsvImport.apply(plant, csv);
            return new ModelImport.Imported(
                    result.plant(),
                    "imported " + (result.added().size() + result.replaced().size()) + " hazards: "
                            + result.added().size() + " added, "
                            + result.replaced().size() + " replaced");
        });
    }
}
