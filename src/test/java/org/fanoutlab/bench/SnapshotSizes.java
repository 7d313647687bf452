package org.fanoutlab.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.fanoutlab.content.scenario.ScenarioReader;
import org.fanoutlab.engine.LanesSimulation;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.engine.Simulation;

/**
 * Prints, for every preset, the bytes one {@link Simulation#copy()} at half-time allocates (measured by the JVM)
 * next to the engine's own {@link Simulation#copySizeBytes()} estimate, so the playback layer can bound how many
 * snapshots it keeps (docs/bench.md). {@code java -cp target/classes:target/test-classes:$CP
 * org.fanoutlab.bench.SnapshotSizes}
 */
public final class SnapshotSizes {
    private SnapshotSizes() {
    }

    public static void main(String[] args) throws Exception {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long self = Thread.currentThread().getId();
        List<Path> presets;
        try (Stream<Path> files = Files.list(Path.of("lessons", "scenarios"))) {
            presets = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        System.out.printf("%-28s %14s %14s %12s%n", "preset", "copy measured", "copySizeBytes", "consumers");
        for (Path f : presets) {
            Scenario s = ScenarioReader.read(f);
            Simulation sim = new Simulation(s, 24, 8192);
            sim.advanceTo(s.durationSeconds() / 2);
            sim.copy(); // warm up the copy path
            long before = mx.getThreadAllocatedBytes(self);
            Simulation copy = sim.copy();
            long measured = mx.getThreadAllocatedBytes(self) - before;
            String lanes = "";
            if (!s.lanes().isEmpty()) {
                LanesSimulation l = new LanesSimulation(s, 8192);
                l.advanceTo(s.durationSeconds() / 2);
                l.copy();
                long b = mx.getThreadAllocatedBytes(self);
                l.copy();
                lanes = String.format(" (lanes copy %,d B)", mx.getThreadAllocatedBytes(self) - b);
            }
            System.out.printf("%-28s %,14d %,14d %,12d%s%n", f.getFileName().toString().replace(".json", ""), measured,
                    copy.copySizeBytes(), copy.simulatedConsumers(), lanes);
        }
    }
}
