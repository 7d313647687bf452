package org.fanoutlab.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.fanoutlab.engine.Metrics;
import org.fanoutlab.engine.Model;
import org.fanoutlab.engine.Producer;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.engine.Schedule;
import org.fanoutlab.engine.Simulation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Engine benchmarks (docs/bench.md). One thread, so one core. Run with
 * {@code mvn -B -Pbench test-compile exec:exec} (add {@code -Dbench.args="... EngineBenchmark.push"} to filter).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class EngineBenchmark {
    /** Writes per run of {@link #pushFanout1MFollowers}: 20 posts to 1,000,000 followers. */
    public static final long PUSH_WRITES = 20L * 1_000_000;

    static final Scenario PUSH_1M = new Scenario("push 1M", "", Model.PUSH, 3600, 1, 1_000_000,
            List.of(new Producer("p", 1_000_000, 20, Schedule.UNIFORM)), 30, 1_000_000_000L, 0, 800);

    static final Scenario PUSH_1M_QUEUED = PUSH_1M.withFanoutWritesPerSecond(50_000_000);

    static final Scenario CELEBRITY_50M = new Scenario("celebrity push", "", Model.PUSH, 3600, 7, 50_000_000,
            List.of(new Producer("celebrity", 50_000_000, 1, Schedule.UNIFORM)), 30, 1_000_000, 1_000_000, 800);

    static final Scenario PULL_20K_200 = pullHour();

    /** 100,000 producers with one follower each, an hour of pull: linear in producers (issue 11). */
    static final Scenario PRODUCERS_100K = manyProducers(Model.PULL);

    /** 1,000,000 consumers checking every 10 ms for an hour (3.6 × 10^11 checks), two posts to all of them. */
    static final Scenario PULL_1M_EVERY_10MS = new Scenario("pull 1M every 10 ms", "", Model.PULL, 3600, 1,
            1_000_000, List.of(new Producer("p", 1_000_000, 2, Schedule.UNIFORM)), 0.01, 1_000_000_000L, 0, 800);

    private static Scenario manyProducers(Model model) {
        List<Producer> producers = new ArrayList<>();
        for (int p = 0; p < 100_000; p++) {
            producers.add(new Producer("p" + p, 1, 1, Schedule.UNIFORM));
        }
        return new Scenario("100k producers", "", model, 3600, 5, 100_000, producers, 30, 1_000_000_000L, 0, 800);
    }

    private static Scenario pullHour() {
        List<Producer> producers = new ArrayList<>();
        // Uniform schedules at slightly different paces, so that the baseline simulates exactly the same posts
        // (about 200 in the hour, at different instants) and the two agree on checks and deliveries.
        for (int p = 0; p < 200; p++) {
            producers.add(new Producer("p" + p, 20_000, 1 + p / 400.0, Schedule.UNIFORM));
        }
        return new Scenario("pull hour", "", Model.PULL, 3600, 3, 20_000, producers, 30, 1_000_000_000L, 0, 800);
    }

    /** 20,000,000 cache writes (unlimited fan-out rate, every write at the post instant). */
    @Benchmark
    public Metrics pushFanout1MFollowers() {
        return Simulation.run(PUSH_1M).metrics();
    }

    /** The same writes through a rate-limited queue (50M writes/s), latencies recorded per histogram bucket. */
    @Benchmark
    public Metrics pushFanout1MFollowersQueued() {
        return Simulation.run(PUSH_1M_QUEUED).metrics();
    }

    /** One post to 50,000,000 followers at 1,000,000 writes/s: the whole run. */
    @Benchmark
    public Metrics celebrity50MPush() {
        return Simulation.run(CELEBRITY_50M).metrics();
    }

    /** An hour of pull: 20,000 consumers each following 200 producers, a check every 30 s. */
    @Benchmark
    public Metrics pullHourEngine() {
        return Simulation.run(PULL_20K_200).metrics();
    }

    /** The same hour in the naive per-event discrete-event baseline. */
    @Benchmark
    public NaiveDiscreteEventPull.Result pullHourNaiveBaseline() {
        return NaiveDiscreteEventPull.run(PULL_20K_200);
    }

    /** 100,000 one-follower producers, an hour of pull: each post one heap step and one pending delivery. */
    @Benchmark
    public Metrics hundredThousandProducersPull() {
        return Simulation.run(PRODUCERS_100K).metrics();
    }

    /** 3.6 × 10^11 checks counted by number; only the two sweeps after the two posts are visited. */
    @Benchmark
    public Metrics pullMillionConsumersEvery10ms() {
        return Simulation.run(PULL_1M_EVERY_10MS).metrics();
    }
}
