package org.fanoutlab.ui.lab.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.fanoutlab.engine.Model;
import org.fanoutlab.engine.Scenario;
import org.junit.jupiter.api.Test;
import org.fanoutlab.analysis.ThresholdSweep;
import org.fanoutlab.analysis.CostWeights;
import org.fanoutlab.ui.lab.Fixtures;

/** The sweeps' view-model with the work run in place of a background thread. */
public class SweepsViewModelTest {
    private final List<Runnable> queued = new ArrayList<>();
    private final Executor inline = Runnable::run;
    private final Scenario workload = Fixtures.twoProducers(Model.HYBRID).withDurationSeconds(1200);

    @Test
    void aThresholdSweepPublishesItsPointsAndTheBestThreshold() {
        SweepsViewModel vm = new SweepsViewModel(inline, inline);
        vm.runThresholdSweep(workload);
        ThresholdSweep.Result r = vm.thresholdResultProperty().get();
        assertThat(r).isNotNull();
        assertThat(vm.bestProperty().get()).isEqualTo(r.best(CostWeights.EQUAL));
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).isEqualTo("Threshold sweep done.");
    }

    @Test
    void newWeightsMoveTheBestThresholdWithoutRunningAgain() {
        SweepsViewModel vm = new SweepsViewModel(inline, inline);
        vm.runThresholdSweep(workload);
        ThresholdSweep.Result r = vm.thresholdResultProperty().get();
        vm.setWeights("1", "1000");
        assertThat(vm.thresholdResultProperty().get()).isSameAs(r);
        assertThat(vm.bestProperty().get()).isEqualTo(r.best(new CostWeights(1, 1000)));
        // reads dear enough: push everyone, no read queries at all
        assertThat(vm.bestProperty().get().readQueries()).isZero();
    }

    @Test
    void badWeightsAreAMessageAndKeepTheOldWeights() {
        SweepsViewModel vm = new SweepsViewModel(inline, inline);
        vm.setWeights("cheap", "1");
        assertThat(vm.weightErrorProperty().get()).startsWith("Cost of a write:");
        assertThat(vm.weightsProperty().get()).isEqualTo(CostWeights.EQUAL);
    }

    @Test
    void cancelStopsASweepAndSaysSo() {
        SweepsViewModel vm = new SweepsViewModel(queued::add, inline);
        vm.runIntervalSweep(workload);
        assertThat(vm.runningProperty().get()).isTrue();
        vm.runThresholdSweep(workload);
        assertThat(queued).as("one sweep at a time").hasSize(1);
        vm.cancel();
        queued.get(0).run();
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).isEqualTo("Poll-interval sweep cancelled.");
        assertThat(vm.intervalResultProperty().get()).isNull();
    }
}
