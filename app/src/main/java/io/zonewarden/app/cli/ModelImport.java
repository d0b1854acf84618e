package io.zonewarden.app.cli;

import io.zonewarden.core.io.ModelFileException;
import io.zonewarden.core.io.PlantYamlReader;
import io.zonewarden.core.io.PlantYamlWriter;
import io.zonewarden.core.model.Plant;
import java.io.IOException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What every CSV import command shares (a picocli mixin): the model and the CSV file, where the merged model goes
 * (a file, back into the model, or standard output), and the run itself. An import either applies every row or
 * reports every problem and changes nothing.
 */
final class ModelImport {

    /** Applies a CSV file to a plant: the merged plant and a one-line summary, or the file's problems. */
    @FunctionalInterface
    interface Importer {
        Imported apply(Plant plant, Path csv) throws ModelFileException;
    }

    record Imported(Plant plant, String summary) {}

    @Parameters(index = "0", paramLabel = "MODEL.yaml", description = "the plant model file")
    Path model;

    @Parameters(index = "1", paramLabel = "FILE.csv", description = "the CSV file to import")
    Path csv;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "where to write the merged model (default: standard output)")
    @Nullable
    Path output;

    @Option(names = "--in-place", description = "write the merged model back to MODEL.yaml")
    boolean inPlace;

    /** Reads the model, applies the import and writes the result where asked; returns the exit status. */
    int run(CommandSpec spec, Importer importer) throws IOException {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        if (inPlace && output != null) {
            err.println("zonewarden: give either --output or --in-place, not both");
            return ZoneWarden.BAD_INPUT;
        }
        Imported imported;
        try {
            imported = importer.apply(PlantYamlReader.read(model), csv);
        } catch (ModelFileException e) {
            Problems.print(err, e);
            return ZoneWarden.BAD_INPUT;
        }
        var target = inPlace ? model : output;
        if (target == null) {
            out.print(PlantYamlWriter.write(imported.plant()));
            out.flush();
        } else {
            PlantYamlWriter.write(imported.plant(), target);
        }
        err.println(imported.summary() + " from " + csv + (target == null ? "" : "; wrote " + target));
        err.flush();
        return ZoneWarden.OK;
    }
}
