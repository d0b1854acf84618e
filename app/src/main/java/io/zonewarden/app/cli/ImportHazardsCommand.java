package io.zonewarden.app.cli;

import io.zonewarden.core.io.HazardCsvImport;
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

    @Parameters(index = "0", paramLabel = "MODEL.yaml", description = "the plant model file")
    Path model;

    @Parameters(index = "1", paramLabel = "HAZARDS.csv", description = "the hazard study export, one row per hazard")
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
        HazardCsvImport.Result result;
        try {
            result = HazardCsvImport.apply(PlantYamlReader.read(model), csv);
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
                "imported %d hazards from %s: %d added, %d replaced%s%n",
                result.added().size() + result.replaced().size(),
                csv,
                result.added().size(),
                result.replaced().size(),
                target == null ? "" : "; wrote " + target);
        err.flush();
        return ZoneWarden.OK;
    }
}
