package org.fanoutlab.ui.quiz;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.fanoutlab.content.QuizAnswer;

/**
 * Answers as text: what the progress store keeps and shows again ("B", "A, C", "true", "119"), and the
 * learner's typed numbers. Parsing never throws: a bad number is an empty result the panel explains.
 */
public final class AnswerText {
    private static final Pattern THOUSANDS = Pattern.compile("[-+]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[-+]?\\d+,\\d+");
    private static final Pattern PLAIN = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private AnswerText() {
    }

    /** Option letter for an index: 0 → A. */
    public static String letter(int index) {
        return String.valueOf((char) ('A' + index));
    }

    /** The stored form of an answer. */
    public static String format(QuizAnswer answer) {
        if (answer instanceof QuizAnswer.Choice c) {
            StringBuilder sb = new StringBuilder();
            for (int i : new TreeSet<>(c.chosen())) {
                if (sb.length() > 0) {
                    sb.append(", ");
                }
                sb.append(letter(i));
            }
            return sb.toString();
        }
        if (answer instanceof QuizAnswer.TrueFalse tf) {
            return Boolean.toString(tf.value());
        }
        return plain(((QuizAnswer.Number) answer).value());
    }

    /** Parses "A, C" back into option indices; empty when the text is not a list of letters within range. */
    public static Optional<Set<Integer>> parseChoice(String text, int optionCount) {
        Set<Integer> chosen = new TreeSet<>();
        for (String part : text.split(",")) {
            String p = part.trim().toUpperCase(Locale.ROOT);
            if (p.length() != 1 || p.charAt(0) < 'A' || p.charAt(0) - 'A' >= optionCount) {
                return Optional.empty();
            }
            chosen.add(p.charAt(0) - 'A');
        }
        return Optional.of(chosen);
    }

    /**
     * Reads a typed number: "119", "2.5", "-3", "50,000,000", "50 000 000", "2,5" (decimal comma) and "1e6".
     * Empty for anything else, including NaN and infinities.
     */
    public static Optional<Double> parseNumber(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String t = typed.strip().replace("_", "").replace(" ", "").replace("\u00a0", "");
        if (THOUSANDS.matcher(t).matches()) {
            t = t.replace(",", "");
        } else if (DECIMAL_COMMA.matcher(t).matches()) {
            t = t.replace(',', '.');
        }
        if (!PLAIN.matcher(t).matches()) {
            return Optional.empty();
        }
        double v = Double.parseDouble(t);
        return Double.isFinite(v) ? Optional.of(v) : Optional.empty();
    }

    /** A number without grouping and without trailing zeros: 119, 2.5, 0.125. */
    public static String plain(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** A figure for reading: grouped, at most two decimals (50,000,000; 24.75). */
    public static String readable(double v) {
        DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(v);
    }
}
