package org.fanoutlab.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.fanoutlab.content.scenario.ScenarioReader;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.playback.FanoutPlayback;
import org.fanoutlab.playback.FanoutReplay;
import org.fanoutlab.playback.LanesPlayback;
import org.fanoutlab.playback.LanesReplay;
import org.fanoutlab.playback.Playback;
import org.fanoutlab.playback.SnapshotBudget;

/**
 * Seek benchmark (docs/bench-stage.md, "Seek"): for every preset, the run is played to its end once (taking
 * snapshots on the way, as the app does), then the playhead is sent to {@code SEEKS} seeded random moments, and
 * each seek is timed from the call to the engine's figures for that moment (the engine on the probe's thread,
 * so the figure is the engine's work, not a thread hand-over). Also prints the snapshots held, their estimated
 * size, the heap they actually hold (measured after a GC, before and after) and the one-minute load average.
 * Without arguments, every preset of an hour or more; with names, those presets.
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) org.fanoutlab.bench.SeekProbe [preset…]</pre>
 */
public final class SeekProbe {
    static final int SEEKS = 200;

    private SeekProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of("lessons", "scenarios");
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
        }
        System.out.printf(Locale.ROOT, "%-28s %8s %9s %9s %9s %9s %9s %6s %9s %9s %5s%n", "preset", "length",
                "build ms", "median", "p95", "p99", "max", "snaps", "est MB", "heap MB", "load");
        for (Path f : files) {
            String name = f.getFileName().toString().replace(".json", "");
            if (args.length > 0 && !Arrays.asList(args).contains(name)) {
                continue;
            }
            Scenario sc = ScenarioReader.read(f);
            if (args.length == 0 && sc.durationSeconds() < 3600) {
                continue; // the goal is about runs of an hour or more
            }
            SnapshotBudget budget = SnapshotBudget.defaults();
            long before = usedHeap();
            long t0 = System.nanoTime();
            Playback<?, ?, ?, ?> p = sc.lanes().isEmpty()
                    ? new FanoutPlayback(() -> new FanoutReplay(sc), Runnable::run, budget)
                    : new LanesPlayback(() -> new LanesReplay(sc), Runnable::run, budget);
            double d = p.durationSeconds();
            p.seek(d);
            double buildMs = (System.nanoTime() - t0) / 1e6;
            long[] stats = p.snapshotStats().join();
            long held = usedHeap() - before;
            SplittableRandom r = new SplittableRandom(7);
            double[] ms = new double[SEEKS];
            for (int i = 0; i < SEEKS; i++) {
                double t = r.nextDouble() * d;
                long s0 = System.nanoTime();
                p.seek(t);
                if (p.latest().time() != t) {
                    throw new IllegalStateException(name + ": seek to " + t + " reached " + p.latest().time());
                }
                ms[i] = (System.nanoTime() - s0) / 1e6;
            }
            Arrays.sort(ms);
            System.out.printf(Locale.ROOT, "%-28s %7.0fs %9.0f %9.1f %9.1f %9.1f %9.1f %6d %9.1f %9.1f %5.1f%s%n",
                    name, d, buildMs, ms[SEEKS / 2], ms[(int) Math.ceil(SEEKS * 0.95) - 1],
                    ms[(int) Math.ceil(SEEKS * 0.99) - 1], ms[SEEKS - 1], stats[0], stats[1] / 1e6, held / 1e6,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    stats[2] == 1 ? "" : "  (no engine copy: replays from 0)");
            p.close();
        }
    }

    private static long usedHeap() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
