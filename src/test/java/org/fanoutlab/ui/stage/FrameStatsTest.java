package org.fanoutlab.ui.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrameStatsTest {

    @Test
    void medianFpsIgnoresARareLongFrameWhileP95CatchesFrequentOnes() {
        FrameStats s = new FrameStats();
        long t = 0;
        s.frame(t);
        for (int i = 0; i < 100; i++) {
            t += i % 10 == 0 ? 40_000_000L : 16_666_667L; // every tenth frame takes 40 ms
            s.frame(t);
        }
        assertThat(s.intervals()).isEqualTo(100);
        assertThat(s.medianFps()).isCloseTo(60.0, within(0.1));
        assertThat(s.p95FrameMs()).isCloseTo(40.0, within(0.01));
        assertThat(s.line()).isEqualTo("fps=60.0 p95FrameMs=40.0");
    }

    @Test
    void probeReadsTheTokenCountFromTheFirstNumericArgument() {
        assertThat(FpsProbeApp.tokens(List.of("2000"))).isEqualTo(2000);
        assertThat(FpsProbeApp.tokens(List.of("--fps-probe", "500"))).isEqualTo(500);
        assertThat(FpsProbeApp.tokens(List.of())).isEqualTo(FpsProbeApp.DEFAULT_TOKENS);
    }
}
