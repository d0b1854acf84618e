package io.zonewarden.bench;

import io.zonewarden.core.io.InputLimits;
import io.zonewarden.core.io.ModelFileException;
import io.zonewarden.core.io.PlantYamlReader;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
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
 * Reading a model file of 1, 4 and 16 MiB in three shapes, to show that the reader's time grows linearly with the
 * file whatever its lines: {@code longLine} is one line of the whole size (refused before parsing), {@code atLimit}
 * is lines of exactly {@link InputLimits#MAX_LINE_LENGTH} characters (the worst a valid file can do to the
 * scanner's look-ahead), {@code shortLines} is one short asset per line. Run with
 * {@code bench/run-hostile-benchmark.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(
        value = 1,
        jvmArgs = {"-Xms1g", "-Xmx4g"})
public class HostileModelBenchmark {

    @Param({"longLine", "atLimit", "shortLines"})
    String shape;

    @Param({"1", "4", "16"})
    int mebibytes;

    private Path file;

    @Setup(Level.Trial)
    public void writeModel() throws Exception {
        file = Files.createTempFile("zonewarden-hostile-" + shape + "-" + mebibytes + "-", ".yaml");
        long size = (long) mebibytes << 20;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("plant: {id: hostile, name: Hostile}\nassets:\n");
            long written = 0;
            if (shape.equals("longLine")) {
                out.write("  - {id: a0, type: plc, description: " + "x".repeat((int) size) + "}\n");
                return;
            }
            for (int i = 0; written < size; i++) {
                var line = "  - {id: a" + i + ", type: plc, description: ";
                var text = shape.equals("atLimit")
                        ? "x".repeat(InputLimits.MAX_LINE_LENGTH - line.length() - 1)
                        : "asset " + i;
                line = line + text + "}\n";
                out.write(line);
                written += line.length();
            }
        }
    }

    @TearDown(Level.Trial)
    public void deleteModel() throws Exception {
        Files.deleteIfExists(file);
    }

    /** The plant read, or the problems that refused it. */
    @Benchmark
    public Object read() {
        try {
            return PlantYamlReader.read(file);
        } catch (ModelFileException e) {
            return e.problems();
        }
    }
}
