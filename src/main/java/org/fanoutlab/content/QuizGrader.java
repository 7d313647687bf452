package org.fanoutlab.content;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Grades answers per docs/decisions/0001; each type's rules live in its {@link QuizKind}. Pure: no I/O, so the
 * panels, the review screen and class mode share it.
 */
public final class QuizGrader {
    /**
     * Guesses are typed as decimals and compared in binary floating point, where 2.6 − 2.5 is a hair above 0.1.
     * This slack (relative to the figures' size) keeps a guess exactly on the tolerance edge right.
     */
    private static final double EDGE_SLACK = 1e-9;

    private QuizGrader() {
    }

    /**
     * Every type but predict. The answer's shape per type: single and multiple {@link QuizAnswer.Choice},
     * true-false {@link QuizAnswer.TrueFalse}, numeric {@link QuizAnswer.Number}, classify
     * {@link QuizAnswer.Classification} (item index → bucket index), order {@link QuizAnswer.Ordering} (step
     * indexes in the learner's order).
     *
     * @throws IllegalArgumentException when the answer's kind does not fit the quiz (or the quiz is a predict
     *                                  quiz: use {@link #gradePrediction}), or an index is out of range
     */
    public static Grade grade(Quiz quiz, QuizAnswer answer) {
        return quiz.type().kind().gradeAny(quiz, answer);
    }

    /** predict: the learner's guess against the engine's figure for the quiz's preset and metric. */
    public static Grade gradePrediction(Quiz quiz, double guess, double actual) {
        if (quiz.type() != QuizType.PREDICT) {
            throw new IllegalArgumentException("quiz '" + quiz.id() + "' is a " + quiz.type().id() + " quiz, not predict");
        }
        PredictQuiz kind = (PredictQuiz) quiz.type().kind();
        return kind.gradePrediction(quiz, quiz.body(PredictQuiz.Body.class), guess, actual);
    }

    static boolean within(double distance, double allowed, double reference) {
        return distance <= allowed + EDGE_SLACK * Math.max(1, Math.abs(reference));
    }

    static void checkNotNegative(QuizFields f, String key, Double value) {
        if (value != null && !(value >= 0 && Double.isFinite(value))) {
            f.atKey(key, "'" + key + "' must be 0 or more, was " + value);
        }
    }

    static String figure(double value, String unit) {
        return unit == null || unit.isBlank() ? format(value) : format(value) + " " + unit;
    }

    /**
     * 50,000,000 and 24.5 and 0.0005: grouped, at most three decimals above 1, four significant digits below
     * (latencies of half a millisecond must not print as 0.001), the same on every machine.
     */
    static String format(double value) {
        if (value != 0 && Math.abs(value) < 1 && Double.isFinite(value)) {
            return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
        }
        DecimalFormat f = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT));
        String s = f.format(value);
        return s.equals("-0") ? "0" : s;
    }
}
