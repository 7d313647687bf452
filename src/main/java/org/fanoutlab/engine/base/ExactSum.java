package org.fanoutlab.engine.base;

/**
 * A sum of products {@code n × v} of longs, kept exactly in 128 bits: the same terms give the same total in any
 * grouping, so a figure built from it does not depend on how a run was stepped.
 */
public final class ExactSum {
    private long hi;
    private long lo;

    public ExactSum copy() {
        ExactSum c = new ExactSum();
        c.hi = hi;
        c.lo = lo;
        return c;
    }

    public void add(long n, long v) {
        long pLo = n * v;
        long pHi = Math.multiplyHigh(n, v);
        long sum = lo + pLo;
        long carry = Long.compareUnsigned(sum, lo) < 0 ? 1 : 0;
        lo = sum;
        hi += pHi + carry;
    }

    /** Adds another sum's total. */
    public void add(ExactSum other) {
        long sum = lo + other.lo;
        long carry = Long.compareUnsigned(sum, lo) < 0 ? 1 : 0;
        lo = sum;
        hi += other.hi + carry;
    }

    public boolean isZero() {
        return hi == 0 && lo == 0;
    }

    public void reset() {
        hi = 0;
        lo = 0;
    }

    /** The total, rounded to a double. */
    public double toDouble() {
        double low = (lo >>> 1) * 2.0 + (lo & 1);
        return hi * 0x1.0p64 + low;
    }
}
