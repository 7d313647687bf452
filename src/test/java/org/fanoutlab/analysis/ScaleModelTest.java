package org.fanoutlab.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;

import java.util.List;
import org.fanoutlab.engine.Metrics;
import org.fanoutlab.engine.Model;
import org.fanoutlab.engine.Producer;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.engine.Schedule;
import org.fanoutlab.engine.Simulation;
import org.junit.jupiter.api.Test;

public class ScaleModelTest {
    /** 20,000 consumers; a celebrity followed by half of them and a small account, hybrid at 5,000. */
    private final Scenario big = new Scenario("big", "", Model.HYBRID, 3600, 7, 20_000,
            List.of(new Producer("star", 10_000, 6, Schedule.UNIFORM),
                    new Producer("friend", 200, 30, Schedule.UNIFORM)),
            60, 5_000, 50_000, 800);

    @Test
    void aWorkloadWithinTheBudgetRunsAsItIs() {
        ScaleModel m = ScaleModel.within(big, ScaleModel.work(big));
        assertThat(m.factor()).isEqualTo(1);
        assertThat(m.scenario()).isSameAs(big);
        assertThat(m.unscale(1234)).isEqualTo(1234);
    }

    @Test
    void aBigWorkloadShrinksEveryAudienceByOneFactorAndKeepsItsCelebrities() {
        ScaleModel m = ScaleModel.within(big, ScaleModel.work(big) / 10);
        Scenario s = m.scenario();
        assertThat(m.factor()).isEqualTo(0.1);
        assertThat(s.consumers()).isEqualTo(2_000);
        assertThat(s.producers()).extracting(Producer::followers).containsExactly(1_000L, 20L);
        assertThat(s.fanoutWritesPerSecond()).isEqualTo(5_000);
        assertThat(s.isCelebrity(s.producers().get(0))).isTrue();
        assertThat(s.isCelebrity(s.producers().get(1))).isFalse();
        assertThat(ScaleModel.work(s)).isLessThanOrEqualTo(ScaleModel.work(big) / 10 * 1.001);
        assertThat(m.unscale(123)).isEqualTo(1_230);
    }

    @Test
    void neverBelowAThousandConsumers() {
        ScaleModel m = ScaleModel.within(big, 1);
        assertThat(m.scenario().consumers()).isEqualTo(ScaleModel.MIN_CONSUMERS);
    }

    @Test
    void theScaledRunTellsTheSameStoryPerConsumer() {
        Metrics full = Simulation.run(big).metrics();
        ScaleModel m = ScaleModel.within(big, ScaleModel.work(big) / 10);
        Metrics small = Simulation.run(m.scenario()).metrics();
        assertThat(small.wastedPerUseful()).isCloseTo(full.wastedPerUseful(), withPercentage(10));
        assertThat(small.deliveryLatencySeconds().mean()).isCloseTo(full.deliveryLatencySeconds().mean(),
                withPercentage(10));
        assertThat((double) m.unscale(small.cacheWrites())).isCloseTo(full.cacheWrites(), withPercentage(5));
        assertThat((double) m.unscale(small.readQueries())).isCloseTo(full.readQueries(), withPercentage(5));
    }

    @Test
    void aSweepOverBudgetSaysItRanScaledDown() {
        IntervalSweep.Result r = IntervalSweep.run(big, 3, ScaleModel.work(big.withPollIntervalSeconds(3600)),
                SweepListener.NONE, () -> false);
        assertThat(r.smallestScale()).isLessThan(1);
        assertThat(r.points().get(2).scale()).isEqualTo(1);
    }
}
