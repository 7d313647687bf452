package org.fanoutlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.fanoutlab.content.scenario.ScenarioFileException;
import org.fanoutlab.content.scenario.ScenarioReader;
import org.fanoutlab.engine.lanes.LaneParam;
import org.fanoutlab.engine.lanes.OnFull;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The playback layer seeks by copying a run and advancing the copy (issue 14): a copy advanced to {@code t} must
 * give byte for byte the metrics, series and events of a run that went straight to {@code t}, live changes
 * included, and the run it was copied from must not notice.
 */
class SnapshotTest {
    private static final Path SCENARIOS = Path.of("lessons", "scenarios");
    /** Enough for every preset's events between two drains (none is dropped; asserted). */
    private static final int EVENTS = 1 << 18;

    /** A live change made at a recorded moment of the run. */
    private record Change(double at, Consumer<Simulation> apply) {
    }

    @TestFactory
    Stream<DynamicTest> aCopyAdvancedToAMomentEqualsAStraightRunToItForEveryPreset() throws IOException {
        return presets().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            Scenario s = read(f);
            double d = s.durationSeconds();
            List<Change> none = List.of();
            if (big(s)) {
                assertCopyMatches(s, none, 0.1 * d, 0.2 * d);
            } else {
                assertCopyMatches(s, none, 0.15 * d, 0.4 * d);
                assertCopyMatches(s, none, 0.0, 0.4 * d);
                assertCopyMatches(s, none, 0.5 * d, d);
            }
        }));
    }

    /**
     * A kept copy (a playback snapshot) shares the chunks of its per-consumer arrays that equal the kept copy
     * before it; restored, it must run on exactly as a plain copy does, live changes and undrained events included.
     */
    @TestFactory
    Stream<DynamicTest> aKeptCopySharingWithAnEarlierOneRestoresToAStraightRun() throws IOException {
        return presets().filter(f -> !f.getFileName().toString().startsWith("lanes-"))
                .map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
                    Scenario s = read(f);
                    double d = s.durationSeconds();
                    Model other = s.model() == Model.HYBRID ? Model.PULL : Model.HYBRID;
                    List<Change> changes = big(s) ? List.of() : List.of(
                            new Change(0.1 * d, sim -> sim.setCacheCapacity(
                                    Math.max(1, sim.scenario().cacheCapacity() / 2))),
                            new Change(0.35 * d, sim -> sim.setModel(other)));
                    double copyAt = big(s) ? 0.1 * d : 0.3 * d;
                    assertCopyMatches(s, changes, copyAt, big(s) ? 0.15 * d : 0.6 * d, (original, at) -> {
                        runWithChanges(original, changes, 0, at / 2);
                        KeptSimulation earlier = original.keep(null);
                        runWithChanges(original, changes, at / 2, at);
                        // events left undrained on purpose: a kept copy holds them
                        KeptSimulation kept = original.keep(earlier);
                        assertThat(kept.now()).isEqualTo(at);
                        Simulation first = kept.restore();
                        assertThat(first.metrics()).isEqualTo(original.metrics());
                        return kept.restore(); // a kept copy restores any number of times
                    });
                }));
    }

    @Test
    void aKeptCopyOfAMillionConsumersTakenSoonAfterAnotherHoldsLittleOfItsOwn() throws Exception {
        Scenario s = read(SCENARIOS.resolve("twitter-mix.json"));
        Simulation sim = new Simulation(s, 5, 1 << 16);
        sim.advanceTo(600);
        sim.drainEvents((k, t, p, post, w, n) -> { });
        KeptSimulation earlier = sim.keep(null);
        sim.advanceTo(630);
        sim.drainEvents((k, t, p, post, w, n) -> { });
        KeptSimulation later = sim.keep(earlier);
        // alone, a snapshot costs about a full copy; next to the one 30 s before it, a small part of one
        assertThat(later.bytesBeyond(null)).isGreaterThan(sim.copySizeBytes() * 8 / 10);
        assertThat(later.bytesBeyond(earlier)).isLessThan(sim.copySizeBytes() / 5);
        // the kept ring was drained, so it was kept as its capacity alone: the restored run's events start afresh;
        // restored over a dropped run (as a seek does), whose arrays hold another moment's counters
        Simulation dropped = earlier.restore();
        dropped.advanceTo(650);
        Simulation restored = later.restore(dropped);
        assertThat(restored.metrics()).isEqualTo(sim.metrics());
        sim.advanceTo(700);
        restored.advanceTo(700);
        assertThat(restored.metrics()).isEqualTo(sim.metrics());
        assertThat(restored.series()).isEqualTo(sim.series());
        assertThat(events(restored)).isNotEmpty().isEqualTo(events(sim));
        assertThat(restored.droppedEvents()).isEqualTo(sim.droppedEvents());
    }

    @TestFactory
    Stream<DynamicTest> liveChangesAtRecordedMomentsHappenAgainInTheCopy() throws IOException {
        return presets().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            Scenario s = read(f);
            if (big(s)) {
                s = tenth(s); // the same mix at a tenth of the size keeps this test quick
                assertCopyMatches(s, List.of(new Change(0.1 * s.durationSeconds(), sim -> sim.setModel(Model.PULL)),
                        new Change(0.3 * s.durationSeconds(), sim -> sim.setPollIntervalSeconds(60))),
                        0.2 * s.durationSeconds(), 0.4 * s.durationSeconds());
                return;
            }
            double d = s.durationSeconds();
            Model other = s.model() == Model.HYBRID ? Model.PULL : Model.HYBRID;
            List<Change> changes = List.of(
                    new Change(0.1 * d, sim -> sim.setPollIntervalSeconds(sim.scenario().pollIntervalSeconds() / 3)),
                    new Change(0.2 * d, sim -> sim.setModel(other)),
                    new Change(0.3 * d, sim -> sim.setFanoutWritesPerSecond(
                            sim.scenario().fanoutWritesPerSecond() * 2)),
                    new Change(0.45 * d, sim -> sim.setCelebrityThreshold(2)),
                    new Change(0.5 * d, sim -> sim.setPostsPerHour(0, sim.scenario().producers().get(0)
                            .postsPerHour() * 3)),
                    new Change(0.6 * d, sim -> sim.setCacheCapacity(Math.max(1, sim.scenario().cacheCapacity() / 4))),
                    new Change(0.7 * d, sim -> sim.setFollowers(0, Math.max(1,
                            sim.scenario().producers().get(0).followers() / 2))),
                    new Change(0.8 * d, sim -> sim.setModel(Model.PUSH)));
            assertCopyMatches(s, changes, 0.25 * d, 0.55 * d);
            assertCopyMatches(s, changes, 0.5 * d, d);
        }));
    }

    @TestFactory
    Stream<DynamicTest> aLanesCopyEqualsAStraightRun() throws IOException {
        return presets().filter(f -> f.getFileName().toString().startsWith("lanes-"))
                .map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
                    Scenario s = read(f);
                    double d = s.durationSeconds();
                    LanesSimulation straight = new LanesSimulation(s, 1 << 20);
                    LanesSimulation original = new LanesSimulation(s, 1 << 20);
                    straight.advanceTo(0.2 * d);
                    original.advanceTo(0.2 * d);
                    straight.setPostsPerHour(s.producers().get(0).postsPerHour() * 2);
                    original.setPostsPerHour(s.producers().get(0).postsPerHour() * 2);
                    straight.advanceTo(0.3 * d);
                    original.advanceTo(0.3 * d);
                    LanesSimulation copy = original.copy();
                    LaneParam first = s.lanes().get(0).type().params().get(0);
                    double value = first.accepts(first.defaultValue() * 2) ? first.defaultValue() * 2 : first.min();
                    for (LanesSimulation sim : List.of(straight, original, copy)) {
                        sim.setParameter(0, first, value);
                        if (s.lanes().size() > 1 && s.lanes().get(1).type().hasOnFull()) {
                            sim.setOnFull(1, OnFull.BLOCK);
                        }
                        sim.advanceTo(0.8 * d);
                    }
                    List<String> expected = laneEvents(straight);
                    assertThat(copy.metrics()).isEqualTo(straight.metrics());
                    assertThat(laneEvents(copy)).isEqualTo(expected);
                    assertThat(original.metrics()).isEqualTo(straight.metrics());
                    assertThat(laneEvents(original)).isEqualTo(expected);
                }));
    }

    /** The same workload with a tenth of the consumers and of every audience. */
    private static Scenario tenth(Scenario s) {
        Scenario out = s;
        for (int p = 0; p < s.producers().size(); p++) {
            Producer pr = s.producers().get(p);
            out = out.withProducer(p, pr.withFollowers(Math.max(1, pr.followers() / 10)));
        }
        return out.withConsumers(s.consumers() / 10);
    }

    /** A million consumers: one copy point is enough to keep the suite quick. */
    private static boolean big(Scenario s) {
        return s.consumers() >= 1_000_000 && s.consumers() <= Limits.EXACT_CONSUMER_LIMIT;
    }

    private static void assertCopyMatches(Scenario s, List<Change> changes, double copyAt, double to) {
        assertCopyMatches(s, changes, copyAt, to, (original, at) -> {
            runWithChanges(original, changes, 0, at);
            return original.copy();
        });
    }

    /** How a test takes its copy of {@code original} at {@code at} (advancing it there on the way). */
    @FunctionalInterface
    private interface Copier {
        Simulation copyAt(Simulation original, double at);
    }

    private static void assertCopyMatches(Scenario s, List<Change> changes, double copyAt, double to, Copier copier) {
        Simulation straight = new Simulation(s, 24, EVENTS);
        runWithChanges(straight, changes, 0, to);
        Simulation original = new Simulation(s, 24, EVENTS);
        Simulation copy = copier.copyAt(original, copyAt);
        runWithChanges(copy, changes, copyAt, to);
        runWithChanges(original, changes, copyAt, to);

        List<String> expected = events(straight);
        String at = s.name() + " copied at " + copyAt + ", advanced to " + to;
        assertThat(copy.metrics()).as(at).isEqualTo(straight.metrics());
        assertThat(copy.series()).as(at).isEqualTo(straight.series());
        assertThat(events(copy)).as(at).isEqualTo(expected);
        assertThat(copy.scenario()).as(at).isEqualTo(straight.scenario());
        assertThat(original.metrics()).as("the original, " + at).isEqualTo(straight.metrics());
        assertThat(events(original)).as("the original, " + at).isEqualTo(expected);
        assertThat(straight.droppedEvents()).isZero();
    }

    /** Advances from {@code from} to {@code to}, applying each change at its moment on the way. */
    private static void runWithChanges(Simulation sim, List<Change> changes, double from, double to) {
        for (Change c : changes) {
            if (c.at() >= from && c.at() < to) {
                sim.advanceTo(c.at());
                c.apply().accept(sim);
            }
        }
        sim.advanceTo(to);
    }

    private static List<String> events(Simulation sim) {
        List<String> out = new ArrayList<>();
        sim.drainEvents((kind, t, producer, post, watched, count) ->
                out.add(kind + "@" + t + "/" + producer + "/" + post + "/" + watched + "/" + count));
        return out;
    }

    private static List<String> laneEvents(LanesSimulation sim) {
        List<String> out = new ArrayList<>();
        sim.drainEvents((kind, t, lane, post, count) ->
                out.add(kind + "@" + t + "/" + lane + "/" + post + "/" + count));
        return out;
    }

    private static Stream<Path> presets() throws IOException {
        try (Stream<Path> files = Files.list(SCENARIOS)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    private static Scenario read(Path f) throws IOException, ScenarioFileException {
        return ScenarioReader.read(f);
    }
}
