package org.fanoutlab.engine.base;

import java.util.Arrays;
import org.HdrHistogram.Histogram;

/**
 * Post → delivery latencies of one run (or one series bucket): an HdrHistogram for the percentiles, and beside it
 * an exact sum, minimum and maximum, so that the mean is the true mean and no figure falls outside the latencies
 * really recorded. Values are kept in whole microseconds in the histogram, in seconds everywhere else.
 *
 * <p>Long arithmetic runs of latencies (a post's writes draining from the fan-out queue) are summed in closed
 * form, with exact integer parts ({@link ExactSum}), so the mean is the same however the run was cut into
 * stretches: a run advanced in 600 one-second steps reports the very same figures as one advanced in one go.
 */
public final class LatencyRecorder {
    /** The longest latency the histogram holds: a 30-day run plus a day of queue. */
    public static final long MAX_MICROS = (long) ((30 * 24 * 3600.0 + 86_400) * 1e6);
    private static final double MICROS = 1e6;

    private final Histogram histogram;
    private double sum;
    /** Progressions: their offsets in nanoseconds times their counts. */
    private final ExactSum offsetNanos;
    /** Progressions: their step counts, one exact sum per rate (the rate changes only when someone sets it). */
    private double[] rates = new double[0];
    private ExactSum[] steps = new ExactSum[0];
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    /** @param significantDigits 3 for run totals, 2 is enough for a chart's bucket */
    public LatencyRecorder(int significantDigits) {
        histogram = new Histogram(MAX_MICROS, significantDigits);
        offsetNanos = new ExactSum();
    }

    private LatencyRecorder(LatencyRecorder other) {
        histogram = other.histogram.copy();
        sum = other.sum;
        offsetNanos = other.offsetNanos.copy();
        rates = other.rates.clone();
        steps = new ExactSum[other.steps.length];
        for (int i = 0; i < steps.length; i++) {
            steps[i] = other.steps[i].copy();
        }
        min = other.min;
        max = other.max;
    }

    /** An independent copy with the same latencies. */
    public LatencyRecorder copy() {
        return new LatencyRecorder(this);
    }

    /** Records {@code count} deliveries that each took {@code seconds}. */
    public void record(double seconds, long count) {
        if (count <= 0) {
            return;
        }
        histogram.recordValueWithCount(micros(seconds), count);
        sum += seconds * count;
        extend(seconds, seconds);
    }

    /**
     * Records {@code count} deliveries into the histogram only, at one bucket's value; the caller adds their
     * exact sum and range with {@link #addExact}. Lets a long arithmetic run of latencies be recorded with one
     * call per histogram bucket.
     */
    public void recordInBucket(long micros, long count) {
        histogram.recordValueWithCount(clampMicros(micros), count);
    }

    /**
     * The sum and range of {@code n} latencies recorded through {@link #recordInBucket} that form the progression
     * {@code offset + k / rate} for {@code k = k0 … k0 + n - 1}: the offset is counted in whole nanoseconds and the
     * steps as an exact integer, so stretches of one progression add up to exactly what the whole would.
     */
    public void addProgression(long n, double offsetSeconds, long k0, double rate, double first, double last) {
        offsetNanos.add(n, Math.round(offsetSeconds * 1e9));
        ExactSum s = stepsFor(rate);
        // sum of k for k = k0 .. k0 + n - 1 = n * k0 + n (n - 1) / 2
        s.add(n, k0);
        s.add(n % 2 == 0 ? n / 2 : n, n % 2 == 0 ? n - 1 : (n - 1) / 2);
        extend(first, last);
    }

    private ExactSum stepsFor(double rate) {
        int r = 0;
        while (r < rates.length && rates[r] != rate) {
            r++;
        }
        if (r == rates.length) {
            rates = Arrays.copyOf(rates, r + 1);
            steps = Arrays.copyOf(steps, r + 1);
            rates[r] = rate;
            steps[r] = new ExactSum();
        }
        return steps[r];
    }

    /** The largest value the histogram treats as equal to {@code micros} (its bucket's upper edge). */
    public long bucketTop(long micros) {
        return histogram.highestEquivalentValue(clampMicros(micros));
    }

    /** Bytes a copy allocates (the histogram's counts dominate). */
    public long bytes() {
        return histogram.getEstimatedFootprintInBytes() + 64;
    }

    public long count() {
        return histogram.getTotalCount();
    }

    /** Adds every latency {@code other} recorded (a closed series bucket into the run's total). */
    public void add(LatencyRecorder other) {
        if (other.count() == 0) {
            return; // the common case for a chart's bucket; adding walks every histogram bucket
        }
        histogram.add(other.histogram);
        sum += other.sum;
        offsetNanos.add(other.offsetNanos);
        for (int r = 0; r < other.rates.length; r++) {
            stepsFor(other.rates[r]).add(other.steps[r]);
        }
        extend(other.min, other.max);
    }

    /** The summary of this recorder's latencies and {@code other}'s together, leaving both as they are. */
    public Latency summaryWith(LatencyRecorder other) {
        if (other.count() == 0) {
            return summary();
        }
        LatencyRecorder both = copy();
        both.add(other);
        return both.summary();
    }

    public void reset() {
        if (histogram.getTotalCount() > 0) {
            histogram.reset(); // clears every histogram bucket: not for nothing 600 times a run
        }
        sum = 0;
        offsetNanos.reset();
        rates = new double[0];
        steps = new ExactSum[0];
        min = Double.POSITIVE_INFINITY;
        max = Double.NEGATIVE_INFINITY;
    }

    /**
     * Mean from the exact sum; percentiles from the histogram rounded to its significant digits (a raw percentile
     * reads 0.100031 for latencies that are all 0.1 s) — all clamped into the exact [min, max].
     */
    public Latency summary() {
        long n = histogram.getTotalCount();
        if (n == 0) {
            return Latency.NONE;
        }
        double total = sum + offsetNanos.toDouble() / 1e9;
        for (int r = 0; r < rates.length; r++) {
            total += steps[r].toDouble() / rates[r];
        }
        return new Latency(clamp(total / n), percentile(50), percentile(95), percentile(99), max);
    }

    /** Seconds → whole microseconds, the histogram's unit (rounded, within its range). */
    public static long micros(double seconds) {
        return clampMicros(Math.round(seconds * MICROS));
    }

    private double percentile(double p) {
        double v = histogram.getValueAtPercentile(p) / MICROS;
        if (v > 0) {
            double scale = Math.pow(10, 2 - Math.floor(Math.log10(v)));
            v = Math.round(v * scale) / scale;
        }
        return clamp(v);
    }

    private double clamp(double v) {
        return Math.max(min, Math.min(v, max));
    }

    private void extend(double lo, double hi) {
        if (lo < min) {
            min = lo;
        }
        if (hi > max) {
            max = hi;
        }
    }

    private static long clampMicros(long us) {
        return Math.max(0, Math.min(us, MAX_MICROS));
    }
}
