package org.fanoutlab.ui.stage;

import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.fanoutlab.ui.common.Messages;

/**
 * Simulated time as the stage writes it: "42.5 s", "12:03.4", "1:00:00.0" ("42,5 s", "12:03,4" in Spanish); tenths
 * always, so slow speeds tick.
 */
public final class TimeText {
    private TimeText() {
    }

    public static String format(double seconds) {
        // Truncated, like any clock: 59.97 s is not yet a minute.
        long tenths = (long) Math.floor(Math.max(0, seconds) * 10 + 1e-9);
        if (tenths < 600) {
            return Messages.format("stage.time.seconds", Long.toString(tenths / 10), Long.toString(tenths % 10));
        }
        long s = tenths / 10;
        long h = s / 3600;
        long m = (s / 60) % 60;
        long sec = s % 60;
        char point = DecimalFormatSymbols.getInstance(Messages.locale()).getDecimalSeparator();
        if (h > 0) {
            return String.format(Locale.ROOT, "%d:%02d:%02d%c%d", h, m, sec, point, tenths % 10);
        }
        return String.format(Locale.ROOT, "%d:%02d%c%d", m, sec, point, tenths % 10);
    }
}
