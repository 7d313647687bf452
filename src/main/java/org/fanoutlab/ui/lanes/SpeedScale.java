package org.fanoutlab.ui.lanes;

import java.util.Locale;

/** Simulated seconds per wall second, 0.1× to 10,000× on a logarithmic slider (0..1). */
final class SpeedScale {
    static final double MIN = 0.1;
    static final double MAX = 10_000;
    private static final double DECADES = Math.log10(MAX / MIN);

    private SpeedScale() {
    }

    static double clamp(double speed) {
        if (!(speed > 0)) {
            return MIN;
        }
        return Math.max(MIN, Math.min(MAX, speed));
    }

    static double fromPosition(double position) {
        double p = Math.max(0, Math.min(1, position));
        return clamp(MIN * Math.pow(10, p * DECADES));
    }

    static double toPosition(double speed) {
        return Math.log10(clamp(speed) / MIN) / DECADES;
    }

    /** "0.1×", "2.5×", "10,000×". */
    static String label(double speed) {
        if (speed < 10 && Math.abs(speed - Math.rint(speed)) > 0.05) {
            return String.format(Locale.ROOT, "%.1f×", speed);
        }
        return String.format(Locale.ROOT, "%,d×", Math.round(speed));
    }
}
