package org.fanoutlab.ui.lab.live;

import java.util.List;
import org.fanoutlab.engine.SeriesPoint;

/**
 * Turns the engine's series (one point per bucket, growing all run long) into at most {@code maxPoints} chart
 * points, so that a day-long run costs the charts the same as a minute-long one.
 */
public final class SeriesDownsampler {
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
        double[] writes = new double[groups];
        double[] empty = new double[groups];
        double[] useful = new double[groups];
        double[] p50 = new double[groups];
        double[] p95 = new double[groups];
        double[] p99 = new double[groups];
        double[] backlog = new double[groups];
        for (int g = 0; g < groups; g++) {
            // group g holds buckets [from, to): sizes differ by at most one
            int from = (int) ((long) g * n / groups);
            int to = (int) ((long) (g + 1) * n / groups);
            double seconds = 0;
            long w = 0;
            long e = 0;
            long u = 0;
            double l50 = 0;
            double l95 = 0;
            double l99 = 0;
            long b = 0;
            for (int i = from; i < to; i++) {
                SeriesPoint p = series.get(i);
                seconds += p.bucketSeconds();
                w += p.cacheWrites();
                e += p.emptyChecks();
                u += p.usefulChecks();
                // Percentiles of merged buckets cannot be rebuilt from the buckets' percentiles; the largest
                // keeps a slow stretch visible instead of averaging it away.
                l50 = Math.max(l50, p.latencyP50());
                l95 = Math.max(l95, p.latencyP95());
                l99 = Math.max(l99, p.latencyP99());
                // the peak, for the same reason: a queue that spiked must show its spike
                b = Math.max(b, p.fanoutBacklog());
            }
            SeriesPoint last = series.get(to - 1);
            t[g] = last.startSeconds() + last.bucketSeconds();
            double per = seconds > 0 ? seconds : 1;
            writes[g] = w / per;
            empty[g] = e / per;
            useful[g] = u / per;
            p50[g] = l50;
            p95[g] = l95;
            p99[g] = l99;
            backlog[g] = b;
        }
        return new ChartData(t, writes, empty, useful, p50, p95, p99, backlog);
    }
}
