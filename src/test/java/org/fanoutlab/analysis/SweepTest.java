package org.fanoutlab.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.fanoutlab.engine.Metrics;
import org.fanoutlab.engine.Model;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.engine.Simulation;
import org.junit.jupiter.api.Test;
import org.fanoutlab.ui.lab.Fixtures;

/** The sweeps against the engine itself: every point must be what a plain run of that scenario reports. */
public class SweepTest {
    private final Scenario workload = Fixtures.twoProducers(Model.PUSH).withDurationSeconds(1800);

    @Test
    void thresholdsRunFromOneToAboveTheLargestAudience() {
        List<Long> t = ThresholdSweep.thresholds(workload, 25);
        assertThat(t.get(0)).isEqualTo(1);
        assertThat(t.get(t.size() - 1)).isEqualTo(20_000);
        assertThat(t).isSorted().doesNotHaveDuplicates();
        // log-spaced: as many thresholds below 141 (the geometric middle) as above it, give or take rounding
        long below = t.stream().filter(v -> v < 141).count();
        assertThat(below).isBetween(10L, 14L);
    }

    @Test
    void intervalsRunFromOneSecondToOneHour() {
        List<Double> i = IntervalSweep.intervals(13);
        assertThat(i).hasSize(13).isSorted();
        assertThat(i.get(0)).isEqualTo(1.0);
        assertThat(i.get(12)).isEqualTo(3600.0);
    }

    @Test
    void everyThresholdPointMatchesAPlainHybridRunAtThatThreshold() {
        List<int[]> progress = new ArrayList<>();
        // an unlimited budget: every run full size, so each point must equal the engine's own figure exactly
        ThresholdSweep.Result r = ThresholdSweep.run(workload, 9, Double.MAX_VALUE,
                (d, n) -> progress.add(new int[] {d, n}), () -> false);
        assertThat(r.smallestScale()).isEqualTo(1);
        assertThat(r.points()).hasSize(ThresholdSweep.thresholds(workload, 9).size());
        for (ThresholdPoint p : r.points()) {
            Metrics m = Simulation.run(workload.withModel(Model.HYBRID).withCelebrityThreshold(p.threshold()))
                    .metrics();
            assertThat(p.cacheWrites()).as("writes at %d", p.threshold()).isEqualTo(m.cacheWrites());
            assertThat(p.readQueries()).as("reads at %d", p.threshold()).isEqualTo(m.readQueries());
        }
        assertThat(progress.get(progress.size() - 1)).containsExactly(r.points().size(), r.points().size());
        // threshold 1 pulls everyone: no cache writes at all; above the largest audience pushes everyone
        assertThat(r.points().get(0).cacheWrites()).isZero();
        assertThat(r.points().get(r.points().size() - 1).readQueries()).isZero();
    }

    @Test
    void everyIntervalPointMatchesAPlainRunAtThatInterval() {
        Scenario pull = workload.withModel(Model.PULL);
        IntervalSweep.Result r = IntervalSweep.run(pull, 5, Double.MAX_VALUE, SweepListener.NONE, () -> false);
        assertThat(r.smallestScale()).isEqualTo(1);
        assertThat(r.model()).isEqualTo(Model.PULL);
        for (IntervalPoint p : r.points()) {
            Metrics m = Simulation.run(pull.withPollIntervalSeconds(p.intervalSeconds())).metrics();
            assertThat(p.emptyChecks()).isEqualTo(m.emptyChecks());
            assertThat(p.usefulChecks()).isEqualTo(m.usefulChecks());
            assertThat(p.meanLatencySeconds()).isEqualTo(m.deliveryLatencySeconds().mean());
        }
        // checking less often wastes fewer checks and leaves feeds staler
        IntervalPoint fast = r.points().get(0);
        IntervalPoint slow = r.points().get(r.points().size() - 1);
        assertThat(fast.emptyChecks()).isGreaterThan(slow.emptyChecks());
        assertThat(fast.meanLatencySeconds()).isLessThan(slow.meanLatencySeconds());
    }

    @Test
    void aPushWorkloadIsSweptAsPull() {
        assertThat(IntervalSweep.modelFor(workload)).isEqualTo(Model.PULL);
        assertThat(IntervalSweep.modelFor(workload.withModel(Model.HYBRID))).isEqualTo(Model.HYBRID);
    }

    @Test
    void aCancelledSweepStops() {
        assertThatThrownBy(() -> IntervalSweep.run(workload, 13, SweepListener.NONE, () -> true))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void pollingEvery30sForHourlyPostsWastes119ChecksPerUsefulOne() {
        IntervalSweep.Result r = IntervalSweep.run(Fixtures.hourlyPull(30, 86_400), 13, SweepListener.NONE,
                () -> false);
        // 1 s … 1 h in 13 log steps does not hit 30 s; the sweep's own figures must still agree with a run
        IntervalPoint p = r.points().get(5);
        Metrics m = Simulation.run(Fixtures.hourlyPull(p.intervalSeconds(), 86_400)).metrics();
        assertThat(p.wastedPerUseful()).isEqualTo(m.wastedPerUseful());
        Metrics at30 = Simulation.run(Fixtures.hourlyPull(30, 86_400)).metrics();
        assertThat(at30.wastedPerUseful()).isCloseTo(119, org.assertj.core.data.Offset.offset(1.0));
    }
}
