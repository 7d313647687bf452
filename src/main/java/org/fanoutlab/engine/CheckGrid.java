package org.fanoutlab.engine;

import java.util.Arrays;
import org.fanoutlab.engine.base.SeededRandom;

/**
 * When each simulated consumer opens its feed (ADR 0002, "Feed opens and checks"), as one numbered sequence.
 *
 * <p>All consumers share one interval, so the opens come round in a fixed cyclic order: sort the consumers by
 * phase, and open number {@code g} (0, 1, …, across all consumers) is made by the consumer at ring position
 * {@code g mod n}, in round {@code g / n}, at {@code base + (g / n + phase[g mod n]) × interval}. Every open's time
 * comes from that formula — never from adding intervals up — so a run of any length does not drift, and the
 * times are non-decreasing in {@code g} even after rounding. The engine counts opens by moving a number, and
 * only visits the few opens where something can happen.
 *
 * <p>A new interval rescales the rest of every consumer's current cycle ({@link #rescale}): a consumer that was
 * 40 % of the way to its next open stays 40 % of the way. The cyclic order never breaks.
 *
 * <p>The phase and ring arrays never change after construction; copies share them.
 */
final class CheckGrid {
    private final int n;
    /** Phase of ring position p as a fraction of the interval, increasing in p. */
    private final double[] phase;
    private final int[] consumerAt;
    private final int[] positionOf;
    private double base;
    private double interval;

    CheckGrid(int n, double interval, SeededRandom random) {
        this.n = n;
        this.interval = interval;
        phase = new double[n];
        consumerAt = new int[n];
        positionOf = new int[n];
        for (int p = 0; p < n; p++) {
            phase[p] = random.nextDouble();
        }
        // Phases are independent and identically distributed, so sorting them and handing them out by a seeded
        // random permutation gives the same distribution as drawing one per consumer — and the ring for free.
        Arrays.sort(phase);
        for (int p = 0; p < n; p++) {
            consumerAt[p] = p;
        }
        for (int p = n - 1; p > 0; p--) {
            int j = random.nextInt(p + 1);
            int t = consumerAt[p];
            consumerAt[p] = consumerAt[j];
            consumerAt[j] = t;
        }
        for (int p = 0; p < n; p++) {
            positionOf[consumerAt[p]] = p;
        }
    }

    private CheckGrid(CheckGrid o) {
        n = o.n;
        phase = o.phase;
        consumerAt = o.consumerAt;
        positionOf = o.positionOf;
        base = o.base;
        interval = o.interval;
    }

    CheckGrid copy() {
        return new CheckGrid(this);
    }

    int size() {
        return n;
    }

    double interval() {
        return interval;
    }

    /** The time of open number {@code g}. */
    double time(long g) {
        return base + ((double) (g / n) + phase[(int) (g % n)]) * interval;
    }

    int consumer(long g) {
        return consumerAt[(int) (g % n)];
    }

    int position(int consumer) {
        return positionOf[consumer];
    }

    /** The first open of {@code consumer} numbered {@code from} or later. */
    long nextOf(int consumer, long from) {
        long g = from - from % n + positionOf[consumer];
        return g < from ? g + n : g;
    }

    /** The number of the first open at or after {@code t}: the opens before {@code t} are numbered below it. */
    long firstAtOrAfter(double t) {
        if (n == 0) {
            return 0;
        }
        double rounds = (t - base) / interval;
        long lo;
        long hi;
        if (!(rounds > 1)) {
            lo = 0;
            hi = 2L * n;
        } else {
            long r = (long) Math.min(rounds, Long.MAX_VALUE / (4.0 * n));
            lo = (r - 1) * n;
            hi = (r + 2) * n;
        }
        if (lo > 0 && time(lo) >= t) {
            lo = 0; // floating-point edge: search from the start rather than trust the estimate
        }
        while (time(hi - 1) < t) {
            hi += hi - lo;
        }
        // first g in [lo, hi) with time(g) >= t; time is non-decreasing in g
        while (lo < hi) {
            long mid = lo + (hi - lo) / 2;
            if (time(mid) < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * From {@code now} on, opens come {@code newInterval} apart; the rest of each consumer's current cycle is
     * scaled by the same factor, so the next open of each consumer moves from {@code now + d} to
     * {@code now + d × newInterval / interval}.
     */
    void rescale(double now, double newInterval) {
        base = now + (base - now) * (newInterval / interval);
        interval = newInterval;
    }

    /**
     * Sum of {@code prefix} over opens {@code [0, g)}, where {@code prefix[p]} sums a per-consumer figure over ring
     * positions below {@code p} (so {@code prefix[n]} is one round's total).
     */
    long sumBefore(long[] prefix, long g) {
        return (g / n) * prefix[n] + prefix[(int) (g % n)];
    }

    /** {@code prefix} over ring positions of a per-consumer figure: {@code prefix[p]} = sum below position p. */
    long[] prefixOverRing(PerConsumer figure) {
        long[] prefix = new long[n + 1];
        for (int p = 0; p < n; p++) {
            prefix[p + 1] = prefix[p] + figure.of(consumerAt[p]);
        }
        return prefix;
    }

    /** A figure of one simulated consumer (its weight, its weighted followee count, …). */
    @FunctionalInterface
    interface PerConsumer {
        long of(int consumer);
    }
}
