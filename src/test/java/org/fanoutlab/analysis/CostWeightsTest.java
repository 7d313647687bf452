package org.fanoutlab.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

public class CostWeightsTest {
    private final ThresholdSweep.Result result = new ThresholdSweep.Result(List.of(
            new ThresholdPoint(1, 0, 10_000, 1),
            new ThresholdPoint(100, 5_000, 2_000, 1),
            new ThresholdPoint(10_000, 9_000, 0, 1)));

    @Test
    void theBestThresholdDependsOnWhatAReadCostsAgainstAWrite() {
        assertThat(result.best(CostWeights.EQUAL).threshold()).isEqualTo(100);
        assertThat(result.best(new CostWeights(1, 10)).threshold()).isEqualTo(10_000);
        assertThat(result.best(new CostWeights(10, 1)).threshold()).isEqualTo(1);
    }

    @Test
    void onATieTheLowestThresholdWins() {
        ThresholdSweep.Result flat = new ThresholdSweep.Result(List.of(
                new ThresholdPoint(1, 0, 5, 1), new ThresholdPoint(2, 5, 0, 1)));
        assertThat(flat.best(CostWeights.EQUAL).threshold()).isEqualTo(1);
    }

    @Test
    void negativeWeightsAreRefused() {
        assertThatThrownBy(() -> new CostWeights(-1, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
