package org.fanoutlab.engine;

import java.util.ArrayList;
import java.util.List;
import org.fanoutlab.engine.base.Latency;
import org.fanoutlab.engine.base.LatencyRecorder;

/**
 * The time series for charts (ADR 0002, "Series"): buckets of {@code max(1 s, duration / 600)} simulated seconds.
 * A bucket's counts are the run's running totals at its end minus those at its start; its latency percentiles
 * come from a histogram of that bucket's deliveries alone. Every delivery is recorded once, here; a closed
 * bucket's latencies are added to the run's total, so the run's figures are the total plus the open bucket.
 */
final class SeriesRecorder {
    private static final int BUCKETS = 600;

    /** The running totals a bucket is the difference of. */
    record Tally(long cacheWrites, long checks, long useful, long readQueries, long deliveries) {
        static final Tally ZERO = new Tally(0, 0, 0, 0, 0);
    }

    private final double bucketSeconds;
    private final List<SeriesPoint> closed;
    private final LatencyRecorder latency;
    private final LatencyRecorder total;
    private long index;
    private Tally start = Tally.ZERO;

    SeriesRecorder(double duration) {
        bucketSeconds = Math.max(1.0, duration / BUCKETS);
        closed = new ArrayList<>();
        latency = new LatencyRecorder(3);
        total = new LatencyRecorder(3);
    }

    private SeriesRecorder(SeriesRecorder o) {
        bucketSeconds = o.bucketSeconds;
        closed = new ArrayList<>(o.closed);
        latency = o.latency.copy();
        total = o.total.copy();
        index = o.index;
        start = o.start;
    }

    SeriesRecorder copy() {
        return new SeriesRecorder(this);
    }

    /** Bytes a copy allocates. */
    long bytes() {
        return 120L * closed.size() + latency.bytes() + total.bytes();
    }

    double bucketSeconds() {
        return bucketSeconds;
    }

    /** When the bucket in progress ends. */
    double nextBoundary() {
        return (index + 1) * bucketSeconds;
    }

    /** The latencies of the bucket in progress: every delivery is recorded here. */
    LatencyRecorder latency() {
        return latency;
    }

    /** The run's latencies so far: closed buckets and the one in progress. */
    Latency runLatency() {
        return total.summaryWith(latency);
    }

    /** Closes the bucket in progress with the totals at its end. */
    void close(Tally end, long backlog) {
        closed.add(point(index * bucketSeconds, bucketSeconds, end, backlog));
        index++;
        start = end;
        total.add(latency);
        latency.reset();
    }

    /** Every closed bucket, then the one in progress cut at {@code now} (a copy). */
    List<SeriesPoint> series(double now, Tally current, long backlog) {
        List<SeriesPoint> out = new ArrayList<>(closed.size() + 1);
        out.addAll(closed);
        double from = index * bucketSeconds;
        if (now > from) {
            out.add(point(from, now - from, current, backlog));
        }
        return out;
    }

    private SeriesPoint point(double from, double length, Tally end, long backlog) {
        long checks = end.checks() - start.checks();
        long useful = end.useful() - start.useful();
        Latency l = latency.summary();
        return new SeriesPoint(from, length, end.cacheWrites() - start.cacheWrites(), checks, checks - useful,
                useful, end.readQueries() - start.readQueries(), end.deliveries() - start.deliveries(),
                l.p50(), l.p95(), l.p99(), backlog);
    }
}
