package org.fanoutlab.ui.lab.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.fanoutlab.engine.SeriesPoint;
import org.junit.jupiter.api.Test;

public class SeriesDownsamplerTest {
    private static SeriesPoint bucket(int i, long writes, long backlog, double p99) {
        return new SeriesPoint(i * 10.0, 10, writes, 4, 3, 1, 0, 1, 1, 2, p99, backlog);
    }

    @Test
    void aLongRunIsCutToTheLimitAndKeepsItsTotals() {
        List<SeriesPoint> series = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            series.add(bucket(i, 50, i == 4321 ? 999 : 1, i == 77 ? 60 : 3));
        }
        ChartData d = SeriesDownsampler.downsample(series, 240, 100_000);
        assertThat(d.size()).isEqualTo(240);
        // 50 writes per 10 s bucket is 5 per second, whatever the grouping
        assertThat(d.writesPerSecond()).containsOnly(5.0);
        assertThat(d.emptyChecksPerSecond()).containsOnly(0.3);
        // peaks survive
        assertThat(d.backlog()).contains(999.0);
        assertThat(d.latencyP99()).contains(60.0);
        assertThat(d.time()[239]).isEqualTo(100_000.0);
    }

    @Test
    void aShortRunIsPassedThroughPointForPoint() {
        ChartData d = SeriesDownsampler.downsample(List.of(bucket(0, 10, 2, 1), bucket(1, 20, 3, 1)), 240, 20);
        assertThat(d.time()).containsExactly(10.0, 20.0);
        assertThat(d.writesPerSecond()).containsExactly(1.0, 2.0);
        assertThat(SeriesDownsampler.downsample(List.of(), 240, 0).size()).isZero();
    }

    @Test
    void aBucketStillFillingIsLeftOut() {
        List<SeriesPoint> series = List.of(bucket(0, 10, 2, 1), bucket(1, 20, 3, 1), bucket(2, 1, 0, 0));
        ChartData d = SeriesDownsampler.downsample(series, 240, 23);
        assertThat(d.time()).containsExactly(10.0, 20.0);
    }
}
