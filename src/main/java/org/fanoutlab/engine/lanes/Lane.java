package org.fanoutlab.engine.lanes;

import java.util.SplittableRandom;
import org.HdrHistogram.Histogram;
import org.fanoutlab.engine.Latency;
import org.fanoutlab.engine.Limits;

/**
 * One consumer and its delivery style: a small state machine driven by {@link LanesSimulation} in strict time
 * order. Subclasses say when their next own event is ({@link #nextTime()}), what happens then ({@link #step}),
 * and what a new post does ({@link #onPost}). Counters live here so that every lane reports the same figures.
 */
abstract class Lane {
    private static final double MICROS = 1e6;
    private static final long MAX_LATENCY_MICROS = (long) ((Limits.MAX_DURATION_SECONDS + 86_400) * MICROS);

    final int index;
    LaneSpec spec;
    final LaneEventRing events;
    final SplittableRandom random;

    long requests;
    long emptyAnswers;
    long open;
    long openMax;
    long deliveries;
    long drops;
    long duplicates;
    long retries;
    long givenUp;
    long lag;
    long lagMax;
    long replays;
    long reissues;
    double blockedSeconds;
    private final Histogram latency = new Histogram(MAX_LATENCY_MICROS, 3);
    private long maxLatencyMicros;
    private long minLatencyMicros = Long.MAX_VALUE;
    private double latencySum; // exact mean: HdrHistogram's mean is only as fine as its buckets

    Lane(int index, LaneSpec spec, LaneEventRing events, SplittableRandom random) {
        this.index = index;
        this.spec = spec;
        this.events = events;
        this.random = random;
    }

    /** The time of this lane's next own event, or +∞. Called often: keep it a field read. */
    abstract double nextTime();

    /** Handles the event at {@code t} == {@link #nextTime()}; must change state so that time moves on. */
    abstract void step(double t);

    /** A post made at {@code t}; posts are handled before lane events at the same instant. */
    abstract void onPost(long seq, double t);

    /** A parameter changed at {@code now}; the new value applies from now on (already in {@link #spec}). */
    void parameterChanged(LaneParam p, double now) {
    }

    /** Time-integrated figures (blocked seconds) up to {@code now}, without changing state. */
    double blockedSecondsAt(double now) {
        return blockedSeconds;
    }

    double param(LaneParam p) {
        return spec.get(p);
    }

    // ---------------------------------------------------------------- bookkeeping shared by every lane

    final void arrived(long seq, double t) {
        lag++;
        if (lag > lagMax) {
            lagMax = lag;
        }
    }

    /** Post {@code seq}, made at {@code postTime}, reached the consumer at {@code at}. */
    final void deliver(long seq, double postTime, double at) {
        deliveries++;
        lag--;
        latencySum += at - postTime;
        long us = Math.round((at - postTime) * MICROS);
        latency.recordValue(Math.max(0, Math.min(us, MAX_LATENCY_MICROS)));
        if (us > maxLatencyMicros) {
            maxLatencyMicros = us;
        }
        if (us < minLatencyMicros) {
            minLatencyMicros = us;
        }
        events.add(LaneEventKind.DELIVERED, at, index, seq, 1);
    }

    final void request(double t) {
        requests++;
        events.add(LaneEventKind.REQUEST, t, index, -1, 1);
    }

    final void empty(double t) {
        emptyAnswers++;
        events.add(LaneEventKind.EMPTY, t, index, -1, 0);
    }

    final void opened() {
        open++;
        if (open > openMax) {
            openMax = open;
        }
    }

    final void closed() {
        open--;
    }

    final LaneMetrics metrics(double now) {
        Latency l = Latency.NONE;
        if (latency.getTotalCount() > 0) {
            // Percentiles come from HdrHistogram buckets; capping at the exact max keeps p99 ≤ max.
            l = new Latency(latencySum / latency.getTotalCount(),
                    pct(50), pct(95), pct(99), maxLatencyMicros / MICROS);
        }
        return new LaneMetrics(spec.name(), spec.type(), requests, emptyAnswers, open, openMax, deliveries, l,
                drops, duplicates, retries, givenUp, lag, lagMax, replays, reissues, blockedSecondsAt(now));
    }

    /**
     * HdrHistogram keeps 3 significant digits, so a raw percentile reads 0.100031 for latencies that are all
     * 0.1 s. Rounding to those 3 significant digits and clamping into the exact [min, max] gives back the figure a
     * person expects without claiming precision the histogram does not have.
     */
    private double pct(double p) {
        double v = latency.getValueAtPercentile(p) / MICROS;
        if (v > 0) {
            double scale = Math.pow(10, 2 - Math.floor(Math.log10(v)));
            v = Math.round(v * scale) / scale;
        }
        return Math.max(minLatencyMicros / MICROS, Math.min(v, maxLatencyMicros / MICROS));
    }

    static double exponential(SplittableRandom r, double mean) {
        return -Math.log(1.0 - r.nextDouble()) * mean;
    }
}
