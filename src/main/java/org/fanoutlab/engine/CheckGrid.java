package org.fanoutlab.engine;

import org.fanoutlab.engine.base.SeededRandom;

/**
 * When each simulated consumer opens its feed (ADR 0002, "Feed opens and checks"), as one numbered sequence.
 *
 * <p>All consumers share one interval, and their phases are spread evenly over it: the consumer at ring position
 * {@code p} opens at phase {@code (p + u) / n} of each interval, {@code u} a seeded offset. So open number
 * {@code g} (0, 1, … across all consumers) is made by the consumer at ring position {@code g mod n}, at
 * {@code base + (g + u) × interval / n}. Every open's time comes from that formula — never from adding intervals
 * up — so a run of any length does not drift, and times are non-decreasing in {@code g} even after rounding.
 * Consumers are placed on the ring by a seeded affine permutation, {@code position = (a × consumer + b) mod n},
 * with {@code a / n} near the golden ratio, so the followers of any one producer (a run of consecutive ids) have
 * phases spread as evenly as a sequence can be. The grid keeps no per-consumer array: it costs nothing to build
 * or to copy, and the engine counts opens by moving a number instead of stepping through them.
 *
 * <p>A new interval rescales the rest of every consumer's current cycle ({@link #rescale}): a consumer that was
 * 40 % of the way to its next open stays 40 % of the way. The cyclic order never breaks.
 */
final class CheckGrid {
    private final int n;
    private final long a;
    private final long aInverse;
    private final long b;
    private final double u;
    private double base;
    private double interval;

    CheckGrid(int n, double interval, SeededRandom random) {
        this.n = n;
        this.interval = interval;
        long m = Math.max(1, Math.round(n * 0.6180339887498949));
        while (gcd(m, n) != 1) {
            m++;
        }
        a = n == 1 ? 1 : m % n;
        aInverse = inverse(a, n);
        b = random.nextLong(n);
        u = random.nextDouble();
    }

    private CheckGrid(CheckGrid o) {
        n = o.n;
        a = o.a;
        aInverse = o.aInverse;
        b = o.b;
        u = o.u;
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
        return base + (g + u) * (interval / n);
    }

    /** The consumer who makes open number {@code g}. */
    int consumer(long g) {
        long p = g % n;
        return (int) (Math.floorMod(p - b, (long) n) * aInverse % n);
    }

    /** The consumer who makes the open after one {@code consumer} makes (the ring steps by a fixed stride). */
    int consumerAfter(int consumer) {
        long c = consumer + aInverse;
        return (int) (c >= n ? c - n : c);
    }

    /** The ring position of a consumer. */
    int position(int consumer) {
        return (int) ((a * consumer + b) % n);
    }

    /** The first open of {@code consumer} numbered {@code from} or later. */
    long nextOf(int consumer, long from) {
        long g = from - from % n + position(consumer);
        return g < from ? g + n : g;
    }

    /** The number of the first open at or after {@code t}: the opens before {@code t} are numbered below it. */
    long firstAtOrAfter(double t) {
        double x = Math.ceil((t - base) / (interval / n) - u);
        long g = x <= 0 ? 0 : (long) Math.min(x, (double) Long.MAX_VALUE / 4);
        // the formula's rounding may be one off: settle it with time() itself, which is monotone
        while (g > 0 && time(g - 1) >= t) {
            g--;
        }
        while (time(g) < t) {
            g++;
        }
        return g;
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
            prefix[p + 1] = prefix[p] + figure.of(consumer(p));
        }
        return prefix;
    }

    /** A figure of one simulated consumer (its weight, its weighted followee count, …). */
    @FunctionalInterface
    interface PerConsumer {
        long of(int consumer);
    }

    private static long gcd(long x, long y) {
        while (y != 0) {
            long t = x % y;
            x = y;
            y = t;
        }
        return x;
    }

    /** {@code x⁻¹ mod m} (x and m coprime), by the extended Euclidean algorithm. */
    private static long inverse(long x, long m) {
        if (m == 1) {
            return 0;
        }
        long t = 0;
        long newT = 1;
        long r = m;
        long newR = x;
        while (newR != 0) {
            long q = r / newR;
            long tmp = t - q * newT;
            t = newT;
            newT = tmp;
            tmp = r - q * newR;
            r = newR;
            newR = tmp;
        }
        return t < 0 ? t + m : t;
    }
}
