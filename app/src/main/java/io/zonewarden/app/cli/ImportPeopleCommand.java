package io.zonewarden.app.cli;

import io.zonewarden.core.io.OrganisationCsvImport;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code zonewarden import-people MODEL.yaml FILE.csv}: merges people from an HR export into a plant model. */
@Command(
        name = "import-people",
        mixinStandardHelpOptions = true,
        description = {
            "Imports people from an HR export (header row: id,name,department,discipline,email,joined,left,rights) into the organisation section of a plant model.",
            "An id already in the model updates that person; a column the file lacks keeps what the model says.",
            "Every row is checked first: one bad row and nothing is imported (exit 2)."
        })
final class ImportPeopleCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    ModelImport io = new ModelImport();

    @Override
    public Integer call() throws IOException {
        return io.run(spec, (plant, csv) -> {
            var result = OrganisationCsvImport.importPeople(plant, csv);
            return new ModelImport.Imported(
                    result.plant(),
                    "imported " + (result.added().size() + result.updated().size()) + " people: "
                            + result.added().size() + " added, "
                            + result.updated().size() + " updated");
        });
    }
}
