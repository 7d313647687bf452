package org.fanoutlab.playback;

/**
 * Simulated seconds per wall second (shared by the stage and the delivery-lanes view), 0.1× to 10,000×. The slider is logarithmic (each tenth of its travel is
 * one power of √10), and the keyboard steps through a 1-2-5 ladder that people can read at a glance.
 */
public final class SpeedScale {
    public static final double MIN = 0.1;
    public static final double MAX = 10_000;
    private static final double DECADES = Math.log10(MAX / MIN);
    private static final double[] LADDER = {
        0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000};

    private SpeedScale() {
    }

    public static double clamp(double speed) {
        if (!(speed > 0)) {
            return MIN;
        }
        return Math.max(MIN, Math.min(MAX, speed));
    }

    /** Slider position 0..1 to speed. */
    public static double fromPosition(double position) {
        double p = Math.max(0, Math.min(1, position));
        return clamp(MIN * Math.pow(10, p * DECADES));
    }

    public static double toPosition(double speed) {
        return Math.log10(clamp(speed) / MIN) / DECADES;
    }

    /** The next ladder step above {@code speed}. */
    public static double faster(double speed) {
        for (double v : LADDER) {
            if (v > speed * 1.0001) {
                return v;
            }
        }
        return MAX;
    }

    /** The next ladder step below {@code speed}. */
    public static double slower(double speed) {
        for (int i = LADDER.length - 1; i >= 0; i--) {
            if (LADDER[i] < speed / 1.0001) {
                return LADDER[i];
            }
        }
        return MIN;
    }

    /** The ladder step nearest {@code speed} on a log scale. */
    public static double snap(double speed) {
        double best = LADDER[0];
        double bestDist = Double.MAX_VALUE;
        double ls = Math.log10(clamp(speed));
        for (double v : LADDER) {
            double d = Math.abs(Math.log10(v) - ls);
            if (d < bestDist) {
                bestDist = d;
                best = v;
            }
        }
        return best;
    }

    /** "0.1×", "10×", "10,000×". */
    public static String label(double speed) {
        if (speed < 1) {
            return String.format(java.util.Locale.ROOT, "%.1f×", speed);
        }
        if (speed < 10 && Math.abs(speed - Math.rint(speed)) > 0.05) {
            return String.format(java.util.Locale.ROOT, "%.1f×", speed);
        }
        return String.format(java.util.Locale.ROOT, "%,d×", Math.round(speed));
    }
}
