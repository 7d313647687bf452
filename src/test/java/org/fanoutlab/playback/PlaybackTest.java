package org.fanoutlab.playback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.fanoutlab.content.scenario.ScenarioReader;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.engine.Simulation;
import org.fanoutlab.engine.lanes.LaneParam;
import org.fanoutlab.engine.LanesSimulation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The playback layer on the real engines, synchronous (the engine on the test's thread) and on a test clock:
 * seeking anywhere gives the figures of a straight run to that moment, live changes are history, markers stop
 * the playhead.
 */
class PlaybackTest {
    private static final long SECOND = 1_000_000_000L;
    private static final SnapshotBudget BUDGET = new SnapshotBudget(48L << 20, 1_000_000);

    private long nanos = SECOND;

    private static Scenario preset(String name) throws Exception {
        return ScenarioReader.read(Path.of("lessons", "scenarios", name + ".json"));
    }

    private static FanoutPlayback fanout(Scenario s) {
        return new FanoutPlayback(() -> new FanoutReplay(s), Runnable::run, BUDGET);
    }

    private static LanesPlayback lanes(Scenario s) {
        return new LanesPlayback(() -> new LanesReplay(s), Runnable::run, BUDGET);
    }

    /** A straight run to {@code t}, fed the same way the playback feeds its own: the reference. */
    private static FanoutFrame straight(Scenario s, double t) {
        FanoutReplay r = new FanoutReplay(s);
        r.advanceTo(t);
        r.drainEvents(null);
        return r.figures();
    }

    private static void assertSameFigures(FanoutFrame actual, FanoutFrame expected) {
        assertThat(actual.simSeconds()).isEqualTo(expected.simSeconds());
        assertThat(actual.metrics()).isEqualTo(expected.metrics());
        assertThat(actual.fanoutProgress()).containsExactly(expected.fanoutProgress());
        for (int w = 0; w < expected.watched().size(); w++) {
            assertThat(actual.tally().consumer(w)).as("what phone %d has seen", w)
                    .isEqualTo(expected.tally().consumer(w));
        }
        assertThat(actual.tally().producerPosts(0)).isEqualTo(expected.tally().producerPosts(0));
    }

    private void frame(Playback<?, ?, ?, ?> p, double seconds) {
        nanos += Math.round(seconds * SECOND);
        p.frame(nanos);
    }

    @ParameterizedTest
    @ValueSource(strings = {"regular-push", "regular-pull", "hybrid-threshold-demo", "fanout-queue-two-posts",
        "pull-slow-reader", "celebrity-push"})
    void seekingBackAndForthGivesTheFiguresAndSeriesOfAStraightRun(String name) throws Exception {
        Scenario s = preset(name);
        double d = s.durationSeconds();
        try (FanoutPlayback p = fanout(s)) {
            p.setSpeed(SpeedScale.MAX);
            p.play();
            p.frame(nanos);
            while (p.isPlaying()) {
                frame(p, 0.25); // played to the end, taking snapshots on the way
            }
            for (double t : new double[] {d * 0.7, d * 0.2, d * 0.9, 0, d * 0.45, d}) {
                p.seek(t);
                assertSameFigures(p.latest().figures(), straight(s, t));
                List<?> series = p.query(FanoutReplay::series).join();
                Simulation sim = new Simulation(s, FanoutReplay.DEFAULT_WATCHED, FanoutReplay.EVENT_CAPACITY);
                sim.advanceTo(t);
                assertThat(series).as("series at %s", t).isEqualTo(sim.series());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"lanes-all", "lanes-kafka-consumers", "lanes-webhooks"})
    void lanesSeekBackAndForthToAStraightRunsFigures(String name) throws Exception {
        Scenario s = preset(name);
        double d = s.durationSeconds();
        try (LanesPlayback p = lanes(s)) {
            p.seek(d);
            for (double t : new double[] {d * 0.3, d * 0.8, d * 0.1, d}) {
                p.seek(t);
                LanesSimulation sim = new LanesSimulation(s);
                sim.advanceTo(t);
                assertThat(p.latest().figures().metrics()).as("%s at %s", name, t).isEqualTo(sim.metrics());
                assertThat(p.latest().figures().posts()).isEqualTo(sim.posts());
            }
        }
    }

    @Test
    void aLiveChangeHappensAgainAtItsMomentAfterScrubbingBackAndForward() throws Exception {
        Scenario s = preset("regular-pull");
        try (FanoutPlayback p = fanout(s)) {
            p.seek(1200);
            p.change(sim -> sim.setPollIntervalSeconds(120));
            p.seek(3000);
            FanoutFrame first = p.latest().figures();

            p.seek(600); // before the change: the old interval
            assertThat(p.latest().figures().scenario().pollIntervalSeconds()).isEqualTo(30);
            assertSameFigures(p.latest().figures(), straight(s, 600));
            p.seek(3000); // past it again: it happened at 1200 once more
            assertThat(p.latest().figures().scenario().pollIntervalSeconds()).isEqualTo(120);
            assertSameFigures(p.latest().figures(), first);

            Simulation reference = new Simulation(s, FanoutReplay.DEFAULT_WATCHED, FanoutReplay.EVENT_CAPACITY);
            reference.advanceTo(1200);
            reference.setPollIntervalSeconds(120);
            reference.advanceTo(3000);
            assertThat(p.latest().figures().metrics()).isEqualTo(reference.metrics());
        }
    }

    @Test
    void aChangeMadeAfterScrubbingBackStartsANewBranchFromThere() throws Exception {
        Scenario s = preset("regular-pull");
        try (FanoutPlayback p = fanout(s)) {
            p.seek(1200);
            p.change(sim -> sim.setPollIntervalSeconds(120));
            p.seek(2400);
            p.seek(900);
            p.change(sim -> sim.setPollIntervalSeconds(10)); // a new branch: the change at 1200 is gone
            p.seek(3000);
            assertThat(p.latest().figures().scenario().pollIntervalSeconds()).isEqualTo(10);

            Simulation reference = new Simulation(s, FanoutReplay.DEFAULT_WATCHED, FanoutReplay.EVENT_CAPACITY);
            reference.advanceTo(900);
            reference.setPollIntervalSeconds(10);
            reference.advanceTo(3000);
            assertThat(p.latest().figures().metrics()).isEqualTo(reference.metrics());
        }
    }

    @Test
    void lanesChangesAreHistoryToo() throws Exception {
        Scenario s = preset("lanes-all");
        try (LanesPlayback p = lanes(s)) {
            p.seek(3600);
            p.change(sim -> sim.setParameter(0, LaneParam.INTERVAL_SECONDS, 5));
            p.seek(7200);
            List<?> withChange = p.latest().figures().metrics();
            p.seek(100);
            p.seek(7200);
            assertThat(p.latest().figures().metrics()).isEqualTo(withChange);
            LanesSimulation reference = new LanesSimulation(s);
            reference.advanceTo(3600);
            reference.setParameter(0, LaneParam.INTERVAL_SECONDS, 5);
            reference.advanceTo(7200);
            assertThat(withChange).isEqualTo(reference.metrics());
        }
    }

    @Test
    void theTestClockMovesThePlayheadBySpeedTimesItsTimeAndPauseFreezesIt() throws Exception {
        try (FanoutPlayback p = fanout(preset("regular-pull"))) {
            p.setSpeed(100);
            p.play();
            p.frame(nanos);
            frame(p, 0.1);
            frame(p, 0.1);
            assertThat(p.position()).isCloseTo(20, within(1e-9));
            assertThat(p.latest().time()).isCloseTo(20, within(1e-9));
            frame(p, 5); // a stalled frame counts for a quarter second at most
            assertThat(p.position()).isCloseTo(45, within(1e-9));
            p.pause();
            frame(p, 1);
            assertThat(p.position()).isCloseTo(45, within(1e-9));
        }
    }

    @Test
    void aMarkerStopsThePlayheadExactlyAtItsMomentAndCallsBackOncePerCrossing() throws Exception {
        try (FanoutPlayback p = fanout(preset("regular-pull"))) {
            List<Double> reached = new ArrayList<>();
            p.addMarker(new Marker(100, () -> reached.add(p.position())));
            p.setSpeed(1000);
            p.play();
            p.frame(nanos);
            frame(p, 0.25);
            assertThat(reached).containsExactly(100.0);
            assertThat(p.isPlaying()).isFalse();
            assertThat(p.latest().time()).isEqualTo(100);
            p.play();
            frame(p, 0.25);
            assertThat(reached).hasSize(1);
            assertThat(p.position()).isCloseTo(350, within(1e-9));

            p.seek(50); // seeking does not fire it …
            assertThat(reached).hasSize(1);
            frame(p, 0.25); // … playing across it again does
            assertThat(reached).containsExactly(100.0, 100.0);
            p.seek(500);
            assertThat(reached).hasSize(2);
        }
    }

    @Test
    void stepGoesJustPastTheNextEvent() throws Exception {
        try (LanesPlayback p = lanes(preset("lanes-kafka-consumers"))) {
            double before = p.latest().time();
            p.step();
            assertThat(p.latest().time()).isGreaterThan(before).isLessThan(before + 10);
            assertThat(p.isPlaying()).isFalse();
        }
    }

    @Test
    void anEngineThatRefusesAChangeFailsOnlyThatChange() throws Exception {
        try (FanoutPlayback p = fanout(preset("regular-pull"))) {
            p.seek(60);
            Consumer<Simulation> bad = sim -> sim.setPollIntervalSeconds(-1);
            assertThat(p.change(bad)).isCompletedExceptionally();
            p.seek(120);
            assertThat(p.latest().figures().scenario().pollIntervalSeconds()).isEqualTo(30);
            assertThat(p.failure()).as("not an engine failure: the run goes on").isNull();
            assertThat(p.latest().time()).isEqualTo(120);
        }
    }
}
