package io.zonewarden.bench;

import io.zonewarden.core.assessment.AssessPlant;
import io.zonewarden.core.assessment.AssessmentReport;
import io.zonewarden.core.model.Plant;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code zonewarden assess} on a plant whose zones are fully answered: claimed and verified SL-A, gaps, FRs not
 * assessed, blocking requirements and completeness for every zone. Target: 2,000 zones in under 1 s. Run with {@code bench/run-assess-benchmark.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(
        value = 1,
        jvmArgs = {"-Xms1g", "-Xmx4g"})
public class AssessBenchmark {

    @Param({"200", "2000", "20000"})
    int zones;

    private Plant plant;

    @Setup(Level.Trial)
    public void answer() {
        plant = AssessmentGenerator.answerEverything(PlantGenerator.generate(zones * 25, zones, zones * 2, 62443), 3);
    }

    @Benchmark
    public AssessmentReport assess() {
        return AssessPlant.standard().assess(plant);
    }
}
