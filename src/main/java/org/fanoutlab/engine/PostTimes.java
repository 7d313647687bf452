package org.fanoutlab.engine;

/**
 * The uniform posting grid shared by the fan-out engine and the lanes: post {@code k} at
 * {@code (k + 0.5) × gap}, computed from {@code k} every time (never by adding gaps up), so that the two engines
 * agree on every instant and no run drifts however long it is.
 */
final class PostTimes {
    private PostTimes() {
    }

    static double uniform(long k, double gap) {
        return (k + 0.5) * gap;
    }

    /** The smallest {@code k} whose grid point is at or after {@code t}. */
    static long firstUniformIndexAtOrAfter(double t, double gap) {
        long k = (long) Math.max(0, Math.ceil(t / gap - 0.5));
        while (uniform(k, gap) < t) {
            k++;
        }
        while (k > 0 && uniform(k - 1, gap) >= t) {
            k--;
        }
        return k;
    }
}
