package org.fanoutlab.ui.common;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.function.DoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that writes figures on screen and reads the numbers learners type into the lab's fields, in the
 * UI's language ({@link Messages#locale()}): "1,234.5" in English, "1.234,5" in Spanish. Typing "50M" or "5 min" is
 * quicker than counting zeros; anything we cannot read becomes a message for the field, never an exception.
 *
 * <p>Files never come through this class: CSV, JSON and the command line write plain '.' decimals whatever the
 * UI's language (docs/decisions/0011-ui-language.md).
 */
public final class NumberInput {
    private static final Pattern COUNT =
            Pattern.compile("([0-9][0-9_.,]*(?:e[0-9]+)?)\\s*(k|mil\\s*m|mil|m|b)?");
    private static final Pattern DURATION = Pattern.compile("([0-9][0-9_.,]*)\\s*(ms|s|sec|secs|seconds?|seg|segs"
            + "|segundos?|m|min|mins|minutes?|minutos?|h|hr|hours?|horas?)?");
    /** Thousands grouped (written here with '.'): 50.000.000. */
    private static final Pattern GROUPED = Pattern.compile("[0-9]{1,3}(?:\\.[0-9]{3})+");
    /** Sign, digits with separators, exponent. */
    private static final Pattern SIGNED = Pattern.compile("([-+]?)([0-9][0-9.,]*|[.,][0-9]+)((?:e|E)[-+]?[0-9]+)?");

    /** Shown for a figure that has no value yet (no data, or not a number). */
    public static final String NONE = "\u2013";

    private NumberInput() {
    }

    /** A count such as {@code 50000000}, {@code 50,000,000}, {@code 50M}, {@code 1.5k} or {@code 2e6}. */
    public static InputResult parseCount(String text, double min, double max) {
        return parseWithUnit(text, COUNT, "input.count", NumberInput::timesSuffix, min, max,
                NumberInput::formatCount);
    }

    /** A duration in seconds: {@code 30}, {@code 30s}, {@code 5 min}, {@code 1h}; a bare number is seconds. */
    public static InputResult parseSeconds(String text, double min, double max) {
        return parseWithUnit(text, DURATION, "input.duration", NumberInput::inSeconds, min, max,
                NumberInput::formatSeconds);
    }

    /** How a number typed with a unit (null when none was typed) becomes the value it stands for. */
    private interface Unit {
        double apply(double number, String unit);
    }

    /**
     * A number and an optional unit, matched by {@code pattern} (group 1 the number, group 2 the unit), read
     * through {@code unit} and checked against the range; {@code messages} names the field's empty and bad texts
     * ({@code input.count.empty}, {@code input.count.bad}, …), the range is written with {@code format}.
     */
    private static InputResult parseWithUnit(String text, Pattern pattern, String messages, Unit unit, double min,
            double max, DoubleFunction<String> format) {
        String t = normalise(text);
        if (t.isEmpty()) {
            return InputResult.problem(Messages.get(messages + ".empty"));
        }
        Matcher m = pattern.matcher(t);
        Double parsed = m.matches() ? plain(m.group(1)) : null;
        if (parsed == null) {
            return InputResult.problem(Messages.format(messages + ".bad", text.strip()));
        }
        return inRange(unit.apply(parsed, m.group(2)), min, max, format.apply(min), format.apply(max));
    }

    /** 50 with "m" → 50,000,000; "mil" is Spanish for thousand, "mil m" for a thousand million. */
    private static double timesSuffix(double v, String suffix) {
        String s = suffix == null ? "" : suffix.replaceAll("\\s", "");
        return v * switch (s) {
            case "k", "mil" -> 1e3;
            case "m" -> 1e6;
            case "b", "milm" -> 1e9;
            default -> 1;
        };
    }

    /** 5 with "min" → 300; a bare number is seconds. */
    private static double inSeconds(double v, String unit) {
        String u = unit == null ? "s" : unit;
        if (u.equals("ms")) {
            return v / 1000;
        }
        if (u.startsWith("m")) {
            return v * 60;
        }
        if (u.startsWith("h")) {
            return v * 3600;
        }
        return v;
    }

    private static InputResult inRange(double v, double min, double max, String minText, String maxText) {
        if (Double.isNaN(v) || v < min || v > max) {
            return InputResult.problem(Messages.format("input.range", minText, maxText));
        }
        return InputResult.ok(v);
    }

    private static String normalise(String text) {
        return text == null ? "" : text.replace('\u00a0', ' ').replace('\u202f', ' ').strip()
                .toLowerCase(Locale.ROOT);
    }

    /**
     * A number as a learner types it, in the UI's language or from English material: "20000", "20,000" or
     * "20.000" (whichever groups thousands in the UI's language), "2.5" or "2,5", "1.234,5", "-3", "1e6", "50 000".
     * A lone separator followed by exactly three digits groups thousands when the UI's language groups with it;
     * otherwise it is the decimal point, so "2.5M" from English material stays 2.5 in Spanish. Empty for anything
     * else, NaN and infinities included; never throws.
     */
    public static Optional<Double> parseNumber(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String t = typed.strip().replace("_", "").replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
        Matcher m = SIGNED.matcher(t);
        if (!m.matches()) {
            return Optional.empty();
        }
        String digits = m.group(2);
        int dot = digits.lastIndexOf('.');
        int comma = digits.lastIndexOf(',');
        char grouping = symbols().getGroupingSeparator();
        if (dot >= 0 && comma >= 0) {
            char decimal = dot > comma ? '.' : ',';
            digits = digits.replace(decimal == '.' ? "," : ".", "").replace(decimal, '.');
        } else if (comma >= 0) {
            digits = grouping == ',' && GROUPED.matcher(digits.replace(',', '.')).matches()
                    ? digits.replace(",", "") : digits.replace(',', '.');
        } else if (dot >= 0 && grouping == '.' && GROUPED.matcher(digits).matches()) {
            digits = digits.replace(".", "");
        }
        try {
            double v = Double.parseDouble(m.group(1) + digits + (m.group(3) == null ? "" : m.group(3)));
            return Double.isFinite(v) ? Optional.of(v) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** An unsigned number in a count or a duration, or null. */
    private static Double plain(String digits) {
        return parseNumber(digits).orElse(null);
    }

    /** 50,000,000 → "50M"; 1,500 → "1.5k"; small counts as they are. */
    public static String formatCount(double v) {
        if (!Double.isFinite(v)) {
            return NONE;
        }
        double a = Math.abs(v);
        if (a >= 1e9) {
            return Messages.format("number.billions", trim(v / 1e9));
        }
        if (a >= 1e6) {
            return Messages.format("number.millions", trim(v / 1e6));
        }
        if (a >= 1e4) {
            return Messages.format("number.thousands", trim(v / 1e3));
        }
        if (a == Math.rint(a)) {
            return formatWhole(v);
        }
        return trim(v);
    }

    /** Every digit, grouped: 1234567 → "1,234,567" (the live figures, where the last digits are seen moving). */
    public static String formatWhole(double v) {
        if (!Double.isFinite(v)) {
            return NONE;
        }
        return new DecimalFormat("#,##0", symbols()).format(Math.round(v));
    }

    /** Grouped, with up to {@code maxFractionDigits} decimals and no trailing zeros: 1234.5 → "1,234.5". */
    public static String formatDecimal(double v, int maxFractionDigits) {
        if (!Double.isFinite(v)) {
            return NONE;
        }
        DecimalFormat f = new DecimalFormat("#,##0", symbols());
        f.setMaximumFractionDigits(maxFractionDigits);
        return f.format(v);
    }

    /** A share as a percentage with at most one decimal: 0.125 → "12.5%" ("12,5 %" in Spanish). */
    public static String formatPercent(double fraction) {
        if (!Double.isFinite(fraction)) {
            return NONE;
        }
        NumberFormat f = NumberFormat.getPercentInstance(Messages.locale());
        f.setMaximumFractionDigits(1);
        return f.format(fraction);
    }

    /** A ratio or weight: {@link #trim} for a finite value, {@link #NONE} otherwise. */
    public static String formatFigure(double v) {
        return Double.isFinite(v) ? trim(v) : NONE;
    }

    /** 3600 → "1 h", 90 → "1.5 min", 0.25 → "0.25 s". */
    public static String formatSeconds(double s) {
        if (!Double.isFinite(s)) {
            return NONE;
        }
        if (s >= 3600) {
            return Messages.format("number.hours", trim(s / 3600));
        }
        if (s >= 60) {
            return Messages.format("number.minutes", trim(s / 60));
        }
        return Messages.format("number.seconds", trim(s));
    }

    /** A time-axis tick: 100 → "1:40", 5400 → "1:30:00"; reads better than "1.67 min" at every tick. */
    public static String formatClock(double seconds) {
        long s = Math.round(Math.max(0, seconds));
        if (s >= 3600) {
            return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** At most three significant figures, no trailing zeros, in the UI's language: 2.5, or 2,5 in Spanish. */
    public static String trim(double v) {
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        String pattern = a >= 100 ? "#,##0" : a >= 10 ? "0.#" : a >= 1 ? "0.##" : "0.###";
        return new DecimalFormat(pattern, symbols()).format(v);
    }

    /** The UI language's separators; never the JVM default locale's (see the class comment). */
    private static DecimalFormatSymbols symbols() {
        return DecimalFormatSymbols.getInstance(Messages.locale());
    }
}
