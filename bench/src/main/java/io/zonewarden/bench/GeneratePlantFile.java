package io.zonewarden.bench;

import io.zonewarden.core.io.PlantYamlReader;
import io.zonewarden.core.io.PlantYamlWriter;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a generated plant as a model file, for benchmarks that need one on disk (the server load benchmark imports
 * it): {@link PlantGenerator} at the ratio of the target case (25 assets per zone, one conduit per 10 assets), every
 * zone with its SL-T, conduits with their SL-T and allow rules, and the zero measurement fully answered
 * ({@link AssessmentGenerator}). The file is read back with the model reader before the command ends, so a file it
 * leaves is one the server accepts.
 *
 * <p>Arguments: the file, the number of assets (default 10,000), the seed (default 62443).
 */
public final class GeneratePlantFile {

    private GeneratePlantFile() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 3) {
            System.err.println("usage: GeneratePlantFile FILE [ASSETS] [SEED]");
            System.exit(2);
        }
        var file = Path.of(args[0]);
        int assets = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 62443;
        int zones = Math.max(2, assets / 25);
        int conduits = Math.max(1, assets / 10);
        var plant = AssessmentGenerator.answerEverything(PlantGenerator.generate(assets, zones, conduits, seed), seed);
        PlantYamlWriter.write(plant, file);
        var read = PlantYamlReader.read(file);
        System.err.printf(
                Locale.ROOT,
                "%s: plant '%s', %d assets, %d zones, %d conduits, %d zones answered%n",
                file,
                read.info().id(),
                read.assets().size(),
                read.zones().size(),
                read.conduits().size(),
                read.assessment().zones().size());
    }
}
