package org.fanoutlab.ui.lab.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.fanoutlab.engine.Model;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.engine.Simulation;
import org.fanoutlab.ui.stage.SimulationRunner;
import org.fanoutlab.ui.stage.StageViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.fanoutlab.ui.lab.controls.ParameterChange;
import org.fanoutlab.ui.lab.Fixtures;

/** The lab's controls on the stage's runner, without the toolkit (the test plays the stage's frame clock). */
public class StageRunTest {
    private final StageRun run = new StageRun(StageViewModel::new);

    @AfterEach
    void close() {
        run.close();
    }

    private SimulationRunner runner() {
        return run.stageProperty().get().runner();
    }

    private Scenario engineScenario() throws Exception {
        return runner().query(Simulation::scenario).get(5, TimeUnit.SECONDS);
    }

    @Test
    void aDragOfFiveHundredValuesReachesTheEngineAsAFewBatchesEndingOnTheLastValue() throws Exception {
        run.restart(Fixtures.twoProducers(Model.PULL));
        long start = System.nanoTime();
        for (int i = 1; i <= 500; i++) {
            run.change(new ParameterChange.SetPollInterval(i));
        }
        long tookMillis = (System.nanoTime() - start) / 1_000_000;
        Thread.sleep(200);
        assertThat(engineScenario().pollIntervalSeconds()).isEqualTo(500);
        // at most one batch per 50 ms while the drag lasted, plus the one that ends it
        assertThat(run.batchesSent()).isBetween(1, (int) (tookMillis / 50) + 2);
    }

    @Test
    void everyKindOfChangeReachesTheStagesSimulation() throws Exception {
        Scenario s = Fixtures.twoProducers(Model.PUSH);
        run.restart(s);
        runner().advanceTo(300);
        ParameterChange[] all = {new ParameterChange.SetModel(Model.HYBRID),
            new ParameterChange.SetPollInterval(12), new ParameterChange.SetCelebrityThreshold(3_000),
            new ParameterChange.SetFanoutRate(0), new ParameterChange.SetCacheCapacity(64),
            new ParameterChange.SetFollowers(1, 900), new ParameterChange.SetPostsPerHour(0, 9)};
        Scenario expected = s;
        for (ParameterChange c : all) {
            run.change(c);
            expected = c.applyTo(expected);
        }
        Thread.sleep(150);
        assertThat(engineScenario()).isEqualTo(expected);
    }

    @Test
    void snapshotsCarryTheStagesMetricsAndTheSeries() throws Exception {
        run.restart(Fixtures.twoProducers(Model.PULL));
        runner().advanceTo(900);
        Snapshot s = null;
        for (int i = 0; i < 100 && (s == null || s.series().isEmpty() || s.metrics().simSeconds() < 900); i++) {
            Thread.sleep(20);
            s = run.latest();
        }
        assertThat(s).isNotNull();
        assertThat(s.metrics().simSeconds()).isEqualTo(900);
        assertThat(s.metrics().checks()).isPositive();
        assertThat(s.series()).isNotEmpty();
        assertThat(s.problem()).isNull();
    }

    @Test
    void aNewScenarioBringsANewStageAndDisposesTheOld() {
        run.restart(Fixtures.twoProducers(Model.PULL));
        StageViewModel first = run.stageProperty().get();
        assertThat(first.isPlaying()).isTrue();
        run.restart(Fixtures.twoProducers(Model.PUSH).withSeed(99));
        assertThat(run.stageProperty().get()).isNotSameAs(first);
        assertThat(first.disposedProperty().get()).isTrue();
        assertThat(run.stageProperty().get().getScene().scenario().seed()).isEqualTo(99);
    }
}
