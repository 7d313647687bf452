package org.fanoutlab.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fanoutlab.engine.CostModel;
import org.junit.jupiter.api.Test;

/** The threshold sweep's answer: it follows the weights, and never calls a near-tie "cheapest". */
class ThresholdVerdictTest {
    private final ThresholdSweep.Result result = new ThresholdSweep.Result(List.of(
            new ThresholdPoint(1, 0, 10_000, 1_000, 1),
            new ThresholdPoint(100, 5_000, 2_000, 1_000, 1),
            new ThresholdPoint(10_000, 9_000, 0, 1_000, 1)));

    @Test
    void theCheapestThresholdDependsOnWhatAReadQueryCostsAgainstAWrite() {
        // 1 : 2 : 1 → 21,000 / 10,000 / 10,000: thresholds 100 and 10,000 tie exactly
        ThresholdSweep.Verdict byDefault = result.verdict(CostModel.DEFAULT);
        assertThat(byDefault.cheapest().threshold()).isEqualTo(100);
        assertThat(byDefault.isNearTie()).as("two runs at one cost are a tie").isTrue();
        assertThat(result.verdict(new CostModel(1, 10, 1)).cheapest().threshold()).isEqualTo(10_000);
        assertThat(result.verdict(new CostModel(1, 10, 1)).isNearTie()).isFalse();
        assertThat(result.verdict(new CostModel(10, 1, 1)).cheapest().threshold()).isEqualTo(1);
    }

    @Test
    void runsWithinTwoPercentOfTheCheapestAreAboutEqualNotCheaper() {
        ThresholdSweep.Result close = new ThresholdSweep.Result(List.of(
                new ThresholdPoint(1, 0, 5_000, 0, 1),      // 10,000
                new ThresholdPoint(10, 9_900, 0, 0, 1),     //  9,900: 1 % cheaper
                new ThresholdPoint(100, 12_000, 0, 0, 1))); // 12,000
        ThresholdSweep.Verdict v = close.verdict(CostModel.DEFAULT);
        assertThat(v.cheapest().threshold()).isEqualTo(10);
        assertThat(v.isNearTie()).isTrue();
        assertThat(v.aboutEqual()).extracting(ThresholdPoint::threshold).containsExactly(1L, 10L);

        ThresholdSweep.Result clear = new ThresholdSweep.Result(List.of(
                new ThresholdPoint(1, 0, 5_000, 0, 1),      // 10,000
                new ThresholdPoint(10, 9_700, 0, 0, 1)));   //  9,700: 3 % cheaper
        assertThat(clear.verdict(CostModel.DEFAULT).isNearTie()).isFalse();
        assertThat(clear.verdict(CostModel.DEFAULT).cheapest().threshold()).isEqualTo(10);
    }

    @Test
    void thresholdsThatSplitTheProducersAlikeAreOneRunNotATie() {
        // thresholds 10 and 20 make the same producers celebrities: the same run, the same cost
        ThresholdSweep.Result sameRun = new ThresholdSweep.Result(List.of(
                new ThresholdPoint(1, 0, 50_000, 0, 1),
                new ThresholdPoint(10, 3_000, 100, 0, 1),
                new ThresholdPoint(20, 3_000, 100, 0, 1)));
        ThresholdSweep.Verdict v = sameRun.verdict(CostModel.DEFAULT);
        assertThat(v.isNearTie()).isFalse();
        assertThat(v.cheapest().threshold()).as("the lowest threshold of the cheapest run").isEqualTo(10);
    }

    @Test
    void theMarginIsTwoPercentOfTheLowest() {
        assertThat(NearTie.within(1_000, 1_020)).isTrue();
        assertThat(NearTie.within(1_000, 1_021)).isFalse();
        assertThat(NearTie.within(0, 0)).isTrue();
        assertThat(NearTie.within(0, 1)).isFalse();
    }
}
