package org.fanoutlab.ui.lab.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.fanoutlab.engine.Model;
import org.fanoutlab.engine.Scenario;
import org.junit.jupiter.api.Test;
import org.fanoutlab.analysis.ThresholdSweep;
import org.fanoutlab.analysis.ThresholdPoint;
import org.fanoutlab.engine.CostModel;
import org.fanoutlab.ui.lab.controls.CostWeightsViewModel;
import org.fanoutlab.ui.lab.Fixtures;

/** The sweeps' view-model with the work run in place of a background thread. */
public class SweepsViewModelTest {
    private final List<Runnable> queued = new ArrayList<>();
    private final Executor inline = Runnable::run;
    private final Scenario workload = Fixtures.twoProducers(Model.HYBRID).withDurationSeconds(1200);
    private final CostWeightsViewModel weights = new CostWeightsViewModel();

    @Test
    void aThresholdSweepPublishesItsPointsAndItsVerdict() {
        SweepsViewModel vm = new SweepsViewModel(inline, inline, weights.weightsProperty());
        vm.runThresholdSweep(workload);
        ThresholdSweep.Result r = vm.thresholdProperty().get().result();
        assertThat(r).isNotNull();
        assertThat(vm.thresholdProperty().get().verdict()).isEqualTo(r.verdict(CostModel.DEFAULT));
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).isEqualTo("Threshold sweep done.");
    }

    @Test
    void newWeightsMoveTheVerdictWithoutRunningAgain() {
        SweepsViewModel vm = new SweepsViewModel(inline, inline, weights.weightsProperty());
        vm.runThresholdSweep(workload);
        ThresholdSweep.Result r = vm.thresholdProperty().get().result();
        weights.type(CostWeightsViewModel.Weight.READ_QUERY, "1000");
        assertThat(vm.thresholdProperty().get().result()).isSameAs(r);
        assertThat(vm.thresholdProperty().get().verdict()).isEqualTo(r.verdict(new CostModel(1, 1000, 1)));
        // read queries dear enough: push everyone, no read queries at all
        assertThat(vm.thresholdProperty().get().verdict().cheapest().readQueries()).isZero();
        assertThat(vm.thresholdProperty().get().verdict().isNearTie()).isFalse();
        ThresholdPoint best = vm.thresholdProperty().get().verdict().cheapest();
        assertThat(vm.thresholdProperty().get().verdictText()).isEqualTo("Cheapest threshold: "
                + org.fanoutlab.ui.common.NumberInput.formatCount(best.threshold()) + " followers ("
                + org.fanoutlab.ui.common.NumberInput.formatCount(best.cacheWrites()) + " cache writes, 0 read queries, "
                + org.fanoutlab.ui.common.NumberInput.formatCount(best.cacheReads()) + " cache reads)");
        assertThat(vm.thresholdProperty().get().scaleNote()).as("a small workload runs full size").isNull();
    }

    @Test
    void everyRunOfTheSweepReadsTheCacheOncePerFeedOpen() {
        SweepsViewModel vm = new SweepsViewModel(inline, inline, weights.weightsProperty());
        vm.runThresholdSweep(workload);
        // hybrid reads every consumer's cached feed at each open, whoever is pushed: the same count at every threshold
        long opens = org.fanoutlab.engine.Simulation.run(workload).metrics().feedOpens();
        assertThat(vm.thresholdProperty().get().result().points()).extracting(ThresholdPoint::cacheReads)
                .containsOnly(opens);
    }

    @Test
    void cancelStopsASweepAndSaysSo() {
        SweepsViewModel vm = new SweepsViewModel(queued::add, inline, weights.weightsProperty());
        vm.runIntervalSweep(workload);
        assertThat(vm.runningProperty().get()).isTrue();
        vm.runThresholdSweep(workload);
        assertThat(queued).as("one sweep at a time").hasSize(1);
        vm.cancel();
        queued.get(0).run();
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).isEqualTo("Poll-interval sweep cancelled.");
        assertThat(vm.intervalProperty().get().result()).isNull();
    }
}
