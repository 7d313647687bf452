package org.fanoutlab.ui.lab.live;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.fanoutlab.engine.SeriesPoint;

/**
 * Turns the engine's series (one point per bucket, growing all run long) into at most {@code maxPoints} chart
 * points, so that a day-long run costs the charts the same as a minute-long one.
 */
public final class SeriesDownsampler {
    /** One chart line: a figure of each bucket, and whether merged buckets give its rate or its peak. */
    private record Line(ToDoubleFunction<SeriesPoint> value, boolean peak) {
        static Line rate(ToDoubleFunction<SeriesPoint> count) {
            return new Line(count, false);
        }

        static Line peak(ToDoubleFunction<SeriesPoint> value) {
            return new Line(value, true);
        }

        /** Counts over the merged buckets' {@code seconds}, or the largest value of any of them. */
        double merge(List<SeriesPoint> buckets, double seconds) {
            double acc = 0;
            for (SeriesPoint p : buckets) {
                double v = value.applyAsDouble(p);
                acc = peak ? Math.max(acc, v) : acc + v;
            }
            return peak ? acc : acc / seconds;
        }
    }

    /**
     * In {@link ChartData}'s order. Percentiles of merged buckets cannot be rebuilt from the buckets' percentiles;
     * the largest keeps a slow stretch visible instead of averaging it away. The backlog keeps its peak for the
     * same reason: a queue that spiked must show its spike.
     */
    private static final List<Line> LINES = List.of(
            Line.rate(SeriesPoint::cacheWrites), Line.rate(SeriesPoint::emptyChecks),
            Line.rate(SeriesPoint::usefulChecks), Line.peak(SeriesPoint::latencyP50),
            Line.peak(SeriesPoint::latencyP95), Line.peak(SeriesPoint::latencyP99),
            Line.peak(SeriesPoint::fanoutBacklog));

    private SeriesDownsampler() {
    }

    /**
     * @param nowSeconds the simulated time reached; a bucket that ends after it is still filling and is left
     *                   out, or its rate (counts over the whole bucket's length) would plunge at the right edge
     */
    static ChartData downsample(List<SeriesPoint> series, int maxPoints, double nowSeconds) {
        if (maxPoints < 1) {
            throw new IllegalArgumentException("maxPoints must be at least 1, was " + maxPoints);
        }
        int n = series.size();
        while (n > 0 && series.get(n - 1).startSeconds() + series.get(n - 1).bucketSeconds() > nowSeconds + 1e-9) {
            n--;
        }
        if (n == 0) {
            return ChartData.EMPTY;
        }
        int groups = Math.min(n, maxPoints);
        double[] t = new double[groups];
        double[][] values = new double[LINES.size()][groups];
        for (int g = 0; g < groups; g++) {
            // group g holds buckets [from, to): sizes differ by at most one
            int from = (int) ((long) g * n / groups);
            int to = (int) ((long) (g + 1) * n / groups);
            double seconds = 0;
            for (int i = from; i < to; i++) {
                seconds += series.get(i).bucketSeconds();
            }
            SeriesPoint last = series.get(to - 1);
            t[g] = last.startSeconds() + last.bucketSeconds();
            double per = seconds > 0 ? seconds : 1;
            for (int k = 0; k < LINES.size(); k++) {
                values[k][g] = LINES.get(k).merge(series.subList(from, to), per);
            }
        }
        return new ChartData(t, values[0], values[1], values[2], values[3], values[4], values[5], values[6]);
    }
}
