package org.fanoutlab.analysis;

/**
 * Maps a slider position in [0, 1] to a value on a logarithmic range and back. Follower counts span eight
 * orders of magnitude; a linear slider would spend all its travel on the top decade.
 */
public record LogScale(double min, double max) {
    public LogScale {
        if (!(min > 0) || !(max > min)) {
            throw new IllegalArgumentException("need 0 < min < max, was " + min + ", " + max);
        }
    }

    public double toValue(double position) {
        double p = Math.max(0, Math.min(1, position));
        return Math.exp(Math.log(min) + p * (Math.log(max) - Math.log(min)));
    }

    public double toPosition(double value) {
        double v = clamp(value);
        return (Math.log(v) - Math.log(min)) / (Math.log(max) - Math.log(min));
    }

    double clamp(double value) {
        return Math.max(min, Math.min(max, value));
    }

    /** {@code count} values from min to max, evenly spaced in log space (both ends included). */
    double[] steps(int count) {
        if (count < 2) {
            throw new IllegalArgumentException("need at least two steps, was " + count);
        }
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            out[i] = toValue(i / (double) (count - 1));
        }
        // exp(log(x)) drifts in the last bit; the ends should be exactly the bounds.
        out[0] = min;
        out[count - 1] = max;
        return out;
    }
}
