package io.zonewarden.app.cli;

import io.zonewarden.core.io.ModelFileException;
import io.zonewarden.core.io.OrganisationCsvImport;
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

    @Parameters(index = "0", paramLabel = "MODEL.yaml", description = "the plant model file")
    Path model;

    @Parameters(index = "1", paramLabel = "FILE.csv", description = "the CSV export")
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
        OrganisationCsvImport.Result result;
        try {
            var plant = PlantYamlReader.read(model);
            result = OrganisationCsvImport.importTraining(plant, csv);
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
        err.println(summary(result) + " from " + csv + (target == null ? "" : "; wrote " + target));
        err.flush();
        return ZoneWarden.OK;
    }

    private static String summary(OrganisationCsvImport.Result result) {
        return "imported " + result.added().size() + " completion records, skipped " + result.skipped()
                + " already in the model";
    }
}
