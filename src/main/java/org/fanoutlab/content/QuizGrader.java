package org.fanoutlab.content;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Grades answers per docs/decisions/0001. Pure: no I/O, so the panels and the review screen share it. */
public final class QuizGrader {
    /**
     * Guesses are typed as decimals and compared in binary floating point, where 2.6 − 2.5 is a hair above 0.1.
     * This slack (relative to the figures' size) keeps a guess exactly on the tolerance edge right.
     */
    private static final double EDGE_SLACK = 1e-9;

    private QuizGrader() {
    }

    /**
     * single, multiple, true-false and numeric.
     *
     * @throws IllegalArgumentException when the answer's kind does not fit the quiz (or the quiz is a predict
     *                                  quiz: use {@link #gradePrediction}), or an option index is out of range
     */
    public static Grade grade(Quiz quiz, QuizAnswer answer) {
        return switch (quiz.type()) {
            case SINGLE, MULTIPLE -> gradeChoice(quiz, expect(quiz, answer, QuizAnswer.Choice.class));
            case TRUE_FALSE -> gradeTrueFalse(quiz, expect(quiz, answer, QuizAnswer.TrueFalse.class));
            case NUMERIC -> gradeNumeric(quiz, expect(quiz, answer, QuizAnswer.Number.class));
            case PREDICT -> throw new IllegalArgumentException(
                    "quiz '" + quiz.id() + "' is a predict quiz: grade it with gradePrediction and the engine's figure");
        };
    }

    /** predict: the learner's guess against the engine's figure for the quiz's preset and metric. */
    public static Grade gradePrediction(Quiz quiz, double guess, double actual) {
        if (quiz.type() != QuizType.PREDICT) {
            throw new IllegalArgumentException("quiz '" + quiz.id() + "' is a " + quiz.type().id() + " quiz, not predict");
        }
        double allowed = Math.max(quiz.tolerance(), quiz.tolerancePercent() / 100.0 * Math.abs(actual));
        double diff = guess - actual;
        boolean correct = within(Math.abs(diff), allowed, actual);
        String unit = quiz.unit();
        String feedback;
        if (Math.abs(diff) == 0) {
            feedback = "Your guess, " + figure(guess, unit) + ", is exactly the engine's figure.";
        } else {
            String off = figure(Math.abs(diff), unit) + percentOf(diff, actual) + (diff < 0 ? " below" : " above");
            feedback = "Your guess, " + figure(guess, unit) + ", is " + off + " the engine's figure, "
                    + figure(actual, unit) + (correct ? ", close enough to count" : "")
                    + "; guesses within " + figure(allowed, unit) + " of it count as right.";
        }
        return new Grade(correct, feedback, quiz.explain(), actual);
    }

    private static Grade gradeChoice(Quiz quiz, QuizAnswer.Choice choice) {
        List<QuizOption> options = quiz.options();
        Set<Integer> chosen = new TreeSet<>(choice.chosen());
        Set<Integer> right = new TreeSet<>();
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).correct()) {
                right.add(i);
            }
        }
        for (int i : chosen) {
            if (i < 0 || i >= options.size()) {
                throw new IllegalArgumentException("quiz '" + quiz.id() + "' has no option " + i);
            }
        }
        if (chosen.isEmpty()) {
            return new Grade(false, "No option was chosen.", quiz.explain(), null);
        }
        boolean correct = chosen.equals(right);
        List<String> feedback = new ArrayList<>();
        for (int i : chosen) {
            feedback.add(options.get(i).feedback());
        }
        boolean partlyRight = quiz.type() == QuizType.MULTIPLE && !correct && chosen.stream().anyMatch(right::contains);
        if (partlyRight) {
            List<String> missed = right.stream().filter(i -> !chosen.contains(i))
                    .map(i -> "\u201c" + options.get(i).text() + "\u201d").toList();
            if (!missed.isEmpty()) {
                feedback.add((missed.size() == 1 ? "You missed a correct option: " : "You missed "
                        + missed.size() + " correct options: ") + String.join("; ", missed) + ".");
            }
        }
        return new Grade(correct, String.join("\n", feedback), quiz.explain(), null);
    }

    private static Grade gradeTrueFalse(Quiz quiz, QuizAnswer.TrueFalse answer) {
        boolean correct = answer.value() == quiz.trueFalseAnswer();
        return new Grade(correct, answer.value() ? quiz.whenTrue() : quiz.whenFalse(), quiz.explain(), null);
    }

    private static Grade gradeNumeric(Quiz quiz, QuizAnswer.Number answer) {
        double expected = quiz.numericAnswer();
        double diff = answer.value() - expected;
        boolean correct = within(Math.abs(diff), quiz.tolerance(), expected);
        String unit = quiz.unit();
        String feedback;
        if (Math.abs(diff) == 0) {
            feedback = "Your answer, " + figure(answer.value(), unit) + ", is exactly right.";
        } else if (correct) {
            feedback = "Your answer, " + figure(answer.value(), unit) + ", is within " + figure(quiz.tolerance(), unit)
                    + " of the figure, " + figure(expected, unit) + ".";
        } else {
            feedback = "Your answer, " + figure(answer.value(), unit) + ", is " + figure(Math.abs(diff), unit)
                    + (diff < 0 ? " below" : " above") + " the figure, " + figure(expected, unit) + ".";
        }
        return new Grade(correct, feedback, quiz.explain(), expected);
    }

    private static boolean within(double distance, double allowed, double reference) {
        return distance <= allowed + EDGE_SLACK * Math.max(1, Math.abs(reference));
    }

    private static <T extends QuizAnswer> T expect(Quiz quiz, QuizAnswer answer, Class<T> kind) {
        if (!kind.isInstance(answer)) {
            throw new IllegalArgumentException("quiz '" + quiz.id() + "' (" + quiz.type().id() + ") takes a "
                    + kind.getSimpleName() + " answer, got " + answer);
        }
        return kind.cast(answer);
    }

    private static String percentOf(double diff, double actual) {
        if (actual == 0) {
            return "";
        }
        return " (" + format(Math.abs(diff) / Math.abs(actual) * 100) + "%)";
    }

    private static String figure(double value, String unit) {
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
