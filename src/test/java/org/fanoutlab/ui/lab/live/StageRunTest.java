package org.fanoutlab.ui.lab.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.fanoutlab.engine.Model;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.playback.FanoutPlayback;
import org.fanoutlab.playback.FanoutReplay;
import org.fanoutlab.playback.SnapshotBudget;
import org.fanoutlab.ui.lab.Fixtures;
import org.fanoutlab.ui.lab.controls.ParameterChange;
import org.fanoutlab.ui.stage.StageViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The lab's controls on the stage's playback, without the toolkit: the engine runs on the test's thread and the
 * coalescing timer on the test's clock, so nothing here waits for real time.
 */
public class StageRunTest {
    private static final long MS = 1_000_000L;

    private record Due(long at, Runnable task) {
    }

    private long now;
    private final List<Due> due = new ArrayList<>();
    private final StageRun run = new StageRun(
            s -> new StageViewModel(new FanoutPlayback(() -> new FanoutReplay(s), Runnable::run,
                    new SnapshotBudget(64L << 20, 1_000_000))),
            () -> now, (delay, task) -> due.add(new Due(now + delay, task)));

    @AfterEach
    void close() {
        run.close();
    }

    /** Moves the test clock on and runs the timer's tasks that fell due, in order. */
    private void elapse(long nanos) {
        now += nanos;
        while (true) {
            Due next = due.stream().filter(d -> d.at() <= now).min((a, b) -> Long.compare(a.at(), b.at()))
                    .orElse(null);
            if (next == null) {
                return;
            }
            due.remove(next);
            next.task().run();
        }
    }

    private StageViewModel stage() {
        return run.stageProperty().get();
    }

    private Scenario engineScenario() {
        return stage().playback().latest().figures().scenario();
    }

    @Test
    void aDragOfFiveHundredValuesReachesTheEngineAsAFewBatchesEndingOnTheLastValue() {
        run.restart(Fixtures.twoProducers(Model.PULL));
        for (int i = 1; i <= 500; i++) {
            run.change(new ParameterChange.SetPollInterval(i));
            elapse(2 * MS); // a second of dragging, a value every 2 ms
        }
        elapse(100 * MS);
        assertThat(engineScenario().pollIntervalSeconds()).isEqualTo(500);
        // at most one batch per 50 ms while the drag lasted, plus the one that ends it
        assertThat(run.batchesSent()).isBetween(2, 1000 / 50 + 2);
    }

    @Test
    void everyKindOfChangeReachesTheStagesSimulation() {
        Scenario s = Fixtures.twoProducers(Model.PUSH);
        run.restart(s);
        stage().seek(300);
        ParameterChange[] all = {new ParameterChange.SetModel(Model.HYBRID),
            new ParameterChange.SetPollInterval(12), new ParameterChange.SetCelebrityThreshold(3_000),
            new ParameterChange.SetFanoutRate(0), new ParameterChange.SetCacheCapacity(64),
            new ParameterChange.SetFollowers(1, 900), new ParameterChange.SetPostsPerHour(0, 9)};
        Scenario expected = s;
        for (ParameterChange c : all) {
            run.change(c);
            expected = c.applyTo(expected);
        }
        elapse(100 * MS);
        assertThat(engineScenario()).isEqualTo(expected);
    }

    @Test
    void snapshotsCarryTheStagesMetricsAndTheSeries() {
        run.restart(Fixtures.twoProducers(Model.PULL));
        stage().seek(900);
        Snapshot s = run.latest();
        s = run.latest(); // the series asked for by the first call has come back
        assertThat(s.metrics().simSeconds()).isEqualTo(900);
        assertThat(s.metrics().checks()).isPositive();
        assertThat(s.series()).isNotEmpty();
        assertThat(s.problem()).isNull();
    }

    @Test
    void aChangeMadeAfterScrubbingBackIsInTheRunFromThatMomentOn() {
        run.restart(Fixtures.twoProducers(Model.PULL));
        stage().seek(1200);
        run.change(new ParameterChange.SetPollInterval(120));
        elapse(100 * MS);
        stage().seek(600);
        assertThat(engineScenario().pollIntervalSeconds()).as("before the change").isEqualTo(
                Fixtures.twoProducers(Model.PULL).pollIntervalSeconds());
        stage().seek(1800);
        assertThat(engineScenario().pollIntervalSeconds()).as("after it, again").isEqualTo(120);
    }

    @Test
    void aNewScenarioBringsANewStageAndDisposesTheOld() {
        run.restart(Fixtures.twoProducers(Model.PULL));
        StageViewModel first = stage();
        assertThat(first.isPlaying()).isTrue();
        run.restart(Fixtures.twoProducers(Model.PUSH).withSeed(99));
        assertThat(stage()).isNotSameAs(first);
        assertThat(first.disposedProperty().get()).isTrue();
        assertThat(stage().getScene().scenario().seed()).isEqualTo(99);
    }
}
