package org.fanoutlab.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

public class LogScaleTest {
    private final LogScale followers = new LogScale(1, 100_000_000);

    @Test
    void eachEighthOfTheSliderIsOneDecadeOfFollowers() {
        assertThat(followers.toValue(0)).isEqualTo(1);
        assertThat(followers.toValue(0.25)).isCloseTo(100, offset(1e-6));
        assertThat(followers.toValue(0.5)).isCloseTo(10_000, offset(1e-6));
        assertThat(followers.toValue(1)).isCloseTo(100_000_000, offset(1e-3));
    }

    @Test
    void positionAndValueRoundTripAndClamp() {
        assertThat(followers.toPosition(followers.toValue(0.3))).isCloseTo(0.3, offset(1e-12));
        assertThat(followers.toPosition(0)).isZero();
        assertThat(followers.toPosition(1e12)).isEqualTo(1);
        assertThat(followers.toValue(7)).isCloseTo(100_000_000, offset(1e-3));
    }

    @Test
    void stepsAreLogSpacedWithExactEnds() {
        double[] steps = new LogScale(1, 1000).steps(4);
        assertThat(steps).hasSize(4);
        assertThat(steps[0]).isEqualTo(1);
        assertThat(steps[1]).isCloseTo(10, offset(1e-9));
        assertThat(steps[2]).isCloseTo(100, offset(1e-9));
        assertThat(steps[3]).isEqualTo(1000);
        assertThatThrownBy(() -> followers.steps(1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEmptyOrNegativeRangeIsRefused() {
        assertThatThrownBy(() -> new LogScale(0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LogScale(10, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
