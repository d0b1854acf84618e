package io.zonewarden.bench;

import io.zonewarden.core.io.PlantYamlReader;
import io.zonewarden.core.io.PlantYamlWriter;
import io.zonewarden.core.zoning.PlantValidator;
import io.zonewarden.core.zoning.ValidationReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code zonewarden validate} on a generated plant: read the model file from disk, then run every zoning rule. The
 * sizes keep the ratio of the target case (50,000 assets, 2,000 zones, 5,000 conduits) so the times show how the
 * cost grows with the model. Run with {@code bench/run-plant-benchmarks.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(
        value = 1,
        jvmArgs = {"-Xms2g", "-Xmx8g"})
public class LoadAndValidateBenchmark {

    @Param({"5000", "50000", "500000"})
    int assets;

    private Path file;

    @Setup(Level.Trial)
    public void writeModel() throws Exception {
        int zones = Math.max(2, assets / 25);
        int conduits = Math.max(1, assets / 10);
        var plant = PlantGenerator.generate(assets, zones, conduits, 62443);
        file = Files.createTempFile("zonewarden-bench-" + assets + "-", ".yaml");
        PlantYamlWriter.write(plant, file);
    }

    @TearDown(Level.Trial)
    public void deleteModel() throws Exception {
        Files.deleteIfExists(file);
    }

    @Benchmark
    public ValidationReport loadAndValidate() throws Exception {
        return PlantValidator.standard().validate(PlantYamlReader.read(file));
    }

    @Benchmark
    public Object loadOnly() throws Exception {
        return PlantYamlReader.read(file);
    }
}
