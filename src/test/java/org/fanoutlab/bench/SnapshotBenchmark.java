package org.fanoutlab.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.fanoutlab.content.scenario.ScenarioReader;
import org.fanoutlab.engine.KeptSimulation;
import org.fanoutlab.engine.Simulation;
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
 * What the playback layer pays to keep and use snapshots (issue 14): copying a run at half-time, keeping it next
 * to the snapshot before (chunks shared), restoring a kept one, and seeking by copying a snapshot and advancing it a
 * tenth of the run. Run with
 * {@code mvn -B -Pbench test-compile exec:exec -Dbench.args="-wi 2 -i 3 -f 1 -prof gc SnapshotBenchmark"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class SnapshotBenchmark {
    @Param({"twitter-mix", "celebrity-hybrid", "hybrid-threshold-demo"})
    public String preset;

    private Simulation halfway;
    private double tenth;
    /** Kept 1/100 of the run before halfway, as the snapshot before the next one would be. */
    private KeptSimulation before;
    private KeptSimulation kept;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        halfway = new Simulation(ScenarioReader.read(Path.of("lessons", "scenarios", preset + ".json")), 24, 8192);
        double d = halfway.scenario().durationSeconds();
        halfway.advanceTo(d / 2 - d / 100);
        halfway.drainEvents((kind, t, producer, post, watched, count) -> { });
        before = halfway.keep(null);
        halfway.advanceTo(d / 2);
        halfway.drainEvents((kind, t, producer, post, watched, count) -> { });
        kept = halfway.keep(before);
        tenth = d / 10;
        System.out.printf("%n%s: a copy allocates %.1f MB; kept next to one 1/100 of the run before, %.2f MB%n",
                preset, halfway.copySizeBytes() / 1e6, kept.bytesBeyond(before) / 1e6);
    }

    /** One snapshot. */
    @Benchmark
    public Simulation copyAtHalfTime() {
        return halfway.copy();
    }

    /** One snapshot as the playback keeps it: sharing the chunks that equal the previous snapshot's. */
    @Benchmark
    public KeptSimulation keepNextToThePrevious() {
        return halfway.keep(before);
    }

    /** A seek's first step: a running copy of a kept snapshot. */
    @Benchmark
    public Simulation restoreKept() {
        return kept.restore();
    }

    /** A seek that lands a tenth of the run after a kept snapshot: copy it, advance the copy. */
    @Benchmark
    public Simulation seekATenthPastASnapshot() {
        Simulation s = halfway.copy();
        s.advanceTo(halfway.now() + tenth);
        return s;
    }
}
