package org.fanoutlab.ui.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.fanoutlab.engine.EventKind;
import org.fanoutlab.engine.Model;
import org.fanoutlab.engine.Producer;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.engine.Schedule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SimulationRunnerTest {
    private SimulationRunner runner;

    private static Scenario pull() {
        return new Scenario("runner test", "", Model.PULL, 3600, 3, 1000,
                List.of(new Producer("regular", 300, 12, Schedule.UNIFORM)), 30, 1_000_000, 0, 800);
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("timed out").isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    @AfterEach
    void close() {
        if (runner != null) {
            runner.close();
        }
    }

    @Test
    void advanceRunsOnTheWorkerAndHandsBackEventsAndFigures() throws Exception {
        runner = new SimulationRunner(pull(), 3, 4096);
        assertThat(runner.scene().watched()).hasSize(3);
        runner.advanceTo(300);
        await(() -> runner.snapshot() != null && runner.snapshot().simSeconds() >= 300);
        EventBuffer events = new EventBuffer();
        int n = runner.drainTo(events);
        // 3 watched consumers checking every 30 s for 300 s: a check and its answer each time.
        assertThat(n).isGreaterThanOrEqualTo(2 * 3 * 9);
        assertThat(runner.snapshot().metrics().checks()).isGreaterThanOrEqualTo(1000L * 9);
        assertThat(runner.drainTo(events)).isZero();
        double previous = -1;
        while (!events.isEmpty()) {
            double t = events.firstTime();
            assertThat(t).isGreaterThanOrEqualTo(previous).isLessThan(300);
            previous = t;
            events.pop((k, time, p, post, w, c) -> { });
        }
    }

    @Test
    void advanceToNextEventStopsJustPastTheFirstEvent() throws Exception {
        runner = new SimulationRunner(pull(), 3, 4096);
        runner.advanceToNextEvent();
        await(() -> runner.snapshot() != null && runner.snapshot().simSeconds() > 0);
        EventBuffer events = new EventBuffer();
        assertThat(runner.drainTo(events)).isPositive();
        double first = events.firstTime();
        // The doubling search overshoots by at most the distance to the event.
        assertThat(runner.snapshot().simSeconds()).isLessThanOrEqualTo(Math.max(2 * first, 0.002) + 1e-9);
    }

    @Test
    void liveChangesApplyOnTheWorkerAndPublishTheNewScene() throws Exception {
        runner = new SimulationRunner(pull(), 3, 4096);
        runner.submit(sim -> sim.setPollIntervalSeconds(10)).get(10, TimeUnit.SECONDS);
        await(() -> runner.scene().scenario().pollIntervalSeconds() == 10);
        assertThat(runner.snapshot().scene().scenario().pollIntervalSeconds()).isEqualTo(10);
        assertThat(runner.query(sim -> sim.scenario().pollIntervalSeconds()).get(10, TimeUnit.SECONDS)).isEqualTo(10);
    }

    @Test
    void resetDiscardsTheOldRunsEventsAndStartsAgainFromZero() throws Exception {
        runner = new SimulationRunner(pull(), 3, 4096);
        runner.advanceTo(600);
        await(() -> runner.snapshot() != null && runner.snapshot().simSeconds() >= 600);
        runner.reset();
        // the new run may already have published its first snapshot (at 0 s); never the old run's
        StageSnapshot first = runner.snapshot();
        assertThat(first == null || first.simSeconds() == 0).as("snapshot right after reset").isTrue();
        EventBuffer events = new EventBuffer();
        assertThat(runner.drainTo(events)).isZero();
        await(() -> runner.snapshot() != null);
        assertThat(runner.snapshot().simSeconds()).isZero();
        assertThat(runner.snapshot().metrics().checks()).isZero();
    }

    @Test
    void aRejectedLiveChangeFailsItsFutureAndTheRunGoesOn() throws Exception {
        runner = new SimulationRunner(pull(), 3, 4096);
        var done = runner.submit(sim -> sim.setPollIntervalSeconds(-1));
        assertThatThrownBy(() -> done.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalArgumentException.class);
        runner.advanceTo(60);
        await(() -> runner.snapshot() != null && runner.snapshot().simSeconds() >= 60);
        assertThat(runner.failure()).isNull();
    }

    @Test
    void theStageRunsOnTheRealEngineAndAnimatesPullAnswers() throws Exception {
        StageViewModel vm = new StageViewModel(pull());
        runner = vm.runner();
        vm.setSpeed(1000);
        vm.play();
        for (int i = 0; i < 400 && (vm.getMetrics() == null || vm.getMetrics().checks() < 5000); i++) {
            vm.frame(0.05);
            Thread.sleep(5);
        }
        long empties = 0;
        long checks = 0;
        for (int w = 0; w < vm.getScene().watched().size(); w++) {
            empties += vm.choreography().emptyAnswers(w);
            checks += vm.choreography().checksSent(w);
        }
        assertThat(checks).isPositive();
        assertThat(empties).isPositive();
        assertThat(vm.choreography().tokens().count(TokenStyle.CHECK) + vm.choreography().tokens().count(TokenStyle.ANSWER_EMPTY)).isPositive();
        assertThat(vm.choreography().releasedEvents()).isGreaterThanOrEqualTo(checks);
        assertThat(EventKind.values()).isNotEmpty();
        vm.dispose();
    }

    @Test
    void theStageFollowsALiveModelChangeFromTheLab() throws Exception {
        StageViewModel vm = new StageViewModel(pull());
        runner = vm.runner();
        assertThat(vm.getScene().hasFanout()).isFalse();
        vm.applyLive(sim -> sim.setModel(Model.PUSH));
        for (int i = 0; i < 400 && vm.getScene().model() != Model.PUSH; i++) {
            vm.frame(0.016);
            Thread.sleep(5);
        }
        assertThat(vm.getScene().model()).isEqualTo(Model.PUSH);
        assertThat(vm.getScene().hasFanout()).isTrue();
        vm.dispose();
    }
}
