package org.fanoutlab.ui.common;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses and formats the numbers learners type into the lab's fields. Typing "50M" or "5 min" is quicker than
 * counting zeros; anything we cannot read becomes a message for the field, never an exception.
 */
public final class NumberInput {
    private static final Pattern COUNT = Pattern.compile("([0-9][0-9_,]*(?:\\.[0-9]+)?(?:e[0-9]+)?)\\s*([kmb]?)");
    private static final Pattern DURATION =
            Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*(ms|s|sec|secs|seconds?|m|min|mins|minutes?|h|hr|hours?)?");

    private NumberInput() {
    }

    /** A count such as {@code 50000000}, {@code 50,000,000}, {@code 50M}, {@code 1.5k} or {@code 2e6}. */
    public static InputResult parseCount(String text, double min, double max) {
        String t = normalise(text);
        if (t.isEmpty()) {
            return InputResult.problem("Type a number, e.g. 5000 or 2.5M.");
        }
        Matcher m = COUNT.matcher(t);
        if (!m.matches()) {
            return InputResult.problem("\"" + text.strip() + "\" is not a number; try 5000, 2.5M or 1e6.");
        }
        double v;
        try {
            v = Double.parseDouble(m.group(1).replace(",", "").replace("_", ""));
        } catch (NumberFormatException e) {
            return InputResult.problem("\"" + text.strip() + "\" is not a number; try 5000, 2.5M or 1e6.");
        }
        v *= switch (m.group(2)) {
            case "k" -> 1e3;
            case "m" -> 1e6;
            case "b" -> 1e9;
            default -> 1;
        };
        return inRange(v, min, max, formatCount(min), formatCount(max));
    }

    /** A duration in seconds: {@code 30}, {@code 30s}, {@code 5 min}, {@code 1h}; a bare number is seconds. */
    public static InputResult parseSeconds(String text, double min, double max) {
        String t = normalise(text);
        if (t.isEmpty()) {
            return InputResult.problem("Type a duration, e.g. 30s, 5 min or 1h.");
        }
        Matcher m = DURATION.matcher(t);
        if (!m.matches()) {
            return InputResult.problem("\"" + text.strip() + "\" is not a duration; try 30s, 5 min or 1h.");
        }
        double v = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        if (unit.equals("ms")) {
            v /= 1000;
        } else if (unit.startsWith("m")) {
            v *= 60;
        } else if (unit.startsWith("h")) {
            v *= 3600;
        }
        return inRange(v, min, max, formatSeconds(min), formatSeconds(max));
    }

    private static InputResult inRange(double v, double min, double max, String minText, String maxText) {
        if (Double.isNaN(v) || v < min || v > max) {
            return InputResult.problem("Must be between " + minText + " and " + maxText + ".");
        }
        return InputResult.ok(v);
    }

    private static String normalise(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }

    /** 50,000,000 → "50M"; 1,500 → "1.5k"; small counts as they are. */
    public static String formatCount(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        double a = Math.abs(v);
        if (a >= 1e9) {
            return trim(v / 1e9) + "B";
        }
        if (a >= 1e6) {
            return trim(v / 1e6) + "M";
        }
        if (a >= 1e4) {
            return trim(v / 1e3) + "k";
        }
        if (a == Math.rint(a)) {
            return String.format(Locale.ROOT, "%,d", (long) v);
        }
        return trim(v);
    }

    /** 3600 → "1 h", 90 → "1.5 min", 0.25 → "0.25 s". */
    public static String formatSeconds(double s) {
        if (Double.isNaN(s)) {
            return "–";
        }
        if (s >= 3600) {
            return trim(s / 3600) + " h";
        }
        if (s >= 60) {
            return trim(s / 60) + " min";
        }
        return trim(s) + " s";
    }

    /** A time-axis tick: 100 → "1:40", 5400 → "1:30:00"; reads better than "1.67 min" at every tick. */
    public static String formatClock(double seconds) {
        long s = Math.round(Math.max(0, seconds));
        if (s >= 3600) {
            return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** At most three significant figures, no trailing zeros, '.' as separator whatever the locale. */
    public static String trim(double v) {
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        String pattern = a >= 100 ? "#,##0" : a >= 10 ? "0.#" : a >= 1 ? "0.##" : "0.###";
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(v);
    }
}
