package org.fanoutlab.ui.stage;

import java.util.Locale;

/** Simulated time as the stage writes it: "42.5 s", "12:03.4", "1:00:00.0"; tenths always, so slow speeds tick. */
public final class TimeText {
    private TimeText() {
    }

    public static String format(double seconds) {
        // Truncated, like any clock: 59.97 s is not yet a minute.
        long tenths = (long) Math.floor(Math.max(0, seconds) * 10 + 1e-9);
        if (tenths < 600) {
            return String.format(Locale.ROOT, "%d.%d s", tenths / 10, tenths % 10);
        }
        long s = tenths / 10;
        long h = s / 3600;
        long m = (s / 60) % 60;
        long sec = s % 60;
        if (h > 0) {
            return String.format(Locale.ROOT, "%d:%02d:%02d.%d", h, m, sec, tenths % 10);
        }
        return String.format(Locale.ROOT, "%d:%02d.%d", m, sec, tenths % 10);
    }
}
