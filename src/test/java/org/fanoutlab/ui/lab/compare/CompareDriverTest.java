package org.fanoutlab.ui.lab.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.fanoutlab.engine.Model;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.ui.lab.Fixtures;
import org.fanoutlab.ui.lab.controls.CostWeightsViewModel;
import org.junit.jupiter.api.Test;

/** Compare mode's pace and its Stop button, with a wall clock the test moves. */
class CompareDriverTest {
    private final Scenario workload = Fixtures.twoProducers(Model.PULL).withDurationSeconds(1800);
    private long nanos;
    private final CompareDriver driver = new CompareDriver(() -> nanos);
    private final CostWeightsViewModel weights = new CostWeightsViewModel();
    private final CompareViewModel vm = new CompareViewModel(driver, weights.weightsProperty());

    @Test
    void theThreeRunsAdvanceAtTheLabsSpeedOnOneClock() {
        driver.setSpeed(60);
        vm.start(workload);
        driver.step();
        wallSeconds(0.2);
        driver.step();
        vm.refresh();
        // 0.2 s of wall time at 60 simulated seconds per second
        assertThat(driver.latest().simSeconds()).isEqualTo(12, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(driver.latest().metrics()).hasSize(3);
        assertThat(vm.runningProperty().get()).isTrue();
        assertThat(vm.clockProperty().get()).isEqualTo("12 s of 30 min simulated");
    }

    @Test
    void aStalledClockNeverJumpsTheComparisonFarAhead() {
        driver.setSpeed(100);
        vm.start(workload);
        driver.step();
        wallSeconds(30);
        driver.step();
        assertThat(driver.latest().simSeconds()).isEqualTo(100 * CompareDriver.MAX_STEP_SECONDS);
    }

    @Test
    void stopKeepsTheFiguresReachedAndAdvancesNoFurther() {
        driver.setSpeed(1000);
        vm.start(workload);
        driver.step();
        wallSeconds(0.1);
        driver.step();
        vm.stop();
        driver.step();
        vm.refresh();
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.clockProperty().get()).isEqualTo("1.67 min of 30 min simulated (stopped)");
        assertThat(vm.rows()).isNotEmpty();
        wallSeconds(0.2);
        driver.step();
        assertThat(driver.latest().simSeconds()).isEqualTo(100);

        vm.start(workload);
        driver.step();
        vm.refresh();
        assertThat(vm.runningProperty().get()).as("compare again starts over").isTrue();
        assertThat(driver.latest().simSeconds()).isZero();
    }

    @Test
    void aRunThatReachesItsEndSaysFinished() {
        driver.setSpeed(10_000);
        vm.start(workload);
        driver.step();
        for (int i = 0; i < 10; i++) {
            wallSeconds(0.25);
            driver.step();
        }
        vm.refresh();
        assertThat(driver.latest().phase()).isEqualTo(CompareDriver.Phase.FINISHED);
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.clockProperty().get()).endsWith("(finished)");
    }

    @Test
    void aWorkloadOneModelCannotRunIsRefusedInTheEnginesWords() {
        // fine as push (cache writes are cheap); as pull, 360,000 posts an hour to 1,000 followers is 360 million
        // pulled deliveries, more than the engine's budget
        Scenario heavy = new Scenario("heavy", "", Model.PUSH, 3600, 7, 1_000,
                java.util.List.of(new org.fanoutlab.engine.Producer("p", 1_000, 360_000,
                        org.fanoutlab.engine.Schedule.UNIFORM)), 30, 1_000_000, 0, 800);
        vm.start(heavy);
        driver.step();
        vm.refresh();
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.problemProperty().get()).contains("Pull: producers[0].postsPerHour: this run would take")
                .doesNotContain("Push:");
    }

    private void wallSeconds(double s) {
        nanos += (long) (s * TimeUnit.SECONDS.toNanos(1));
    }
}
