package io.zonewarden.app.cli;

import io.zonewarden.core.io.OrganisationCsvImport;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code zonewarden import-training MODEL.yaml FILE.csv}: merges awareness completion records from a training platform's export into a plant model. */
@Command(
        name = "import-training",
        mixinStandardHelpOptions = true,
        description = {
            "Imports awareness completion records from a training platform's export (header row: person,module,date,score) into the organisation section of a plant model.",
            "person is an id or an e-mail address of the model; a record the model already holds is skipped.",
            "Every row is checked first: one bad row and nothing is imported (exit 2)."
        })
final class ImportTrainingCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    ModelImport io = new ModelImport();

    @Override
    public Integer call() throws IOException {
        return io.run(spec, (plant, csv) -> {
            var result = OrganisationCsvImport.importTraining(plant, csv);
            return new ModelImport.Imported(
                    result.plant(),
                    "imported " + result.added().size() + " completion records, skipped " + result.skipped()
                            + " already in the model");
        });
    }
}
