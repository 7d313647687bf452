package org.fanoutlab.content;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Answers as the progress file keeps them, per quiz type: option letters ("B", "A, C"), "true", a plain number
 * ("119", "2.5"), bucket numbers per item for classify ("1, 3, 2"), step numbers in the learner's order for order
 * ("3, 1, 2"). Numbers in the stored text count from 1; in {@link QuizAnswer} they count from 0.
 * The stored forms of the first five types are those the app always wrote, so old progress files still read.
 */
public final class QuizAnswers {
    private static final String UNPLACED = "-";

    private QuizAnswers() {
    }

    /** The stored form of an answer to {@code quiz}. */
    public static String store(Quiz quiz, QuizAnswer answer) {
        return quiz.type().kind().storeAny(quiz, answer);
    }

    /** The stored text back as an answer; empty when it does not fit the quiz any more (the quiz was edited). */
    public static Optional<QuizAnswer> restore(Quiz quiz, String stored) {
        return quiz.type().kind().restoreAny(quiz, stored);
    }

    /**
     * A stored answer in words for the review ("B – The consumer", "APNs → Push; RSS → Pull"); the stored text
     * itself when it no longer fits the quiz. May hold the quiz's inline Markdown.
     */
    public static String describe(Quiz quiz, String stored) {
        return restore(quiz, stored).map(a -> quiz.type().kind().describeAny(quiz, a))
                .orElse(stored == null ? "" : stored);
    }

    /** A number without grouping and without trailing zeros: 119, 2.5, 0.125. */
    public static String plain(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** Reads what {@link #plain} wrote; empty for anything else, NaN and infinities included. */
    static Optional<Double> parsePlain(String text) {
        try {
            double v = Double.parseDouble(text.strip());
            return Double.isFinite(v) ? Optional.of(v) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** 0-based indexes as "1, 3, 2"; {@link QuizAnswer.Classification#UNPLACED} as "-". */
    static String numbers(List<Integer> indexes) {
        List<String> parts = new ArrayList<>();
        for (int i : indexes) {
            parts.add(i < 0 ? UNPLACED : Integer.toString(i + 1));
        }
        return String.join(", ", parts);
    }

    /** Reads {@link #numbers}: exactly {@code count} entries, each "-" or 1 to {@code max}. */
    static Optional<List<Integer>> parseNumbers(String text, int count, int max) {
        String[] parts = text.split(",", -1);
        if (parts.length != count) {
            return Optional.empty();
        }
        List<Integer> out = new ArrayList<>();
        for (String part : parts) {
            String p = part.strip();
            if (p.equals(UNPLACED)) {
                out.add(QuizAnswer.Classification.UNPLACED);
                continue;
            }
            try {
                int n = Integer.parseInt(p);
                if (n < 1 || n > max) {
                    return Optional.empty();
                }
                out.add(n - 1);
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.of(List.copyOf(out));
    }
}
