package org.fanoutlab.classroom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import org.fanoutlab.content.Quiz;
import org.fanoutlab.content.QuizAnswer;
import org.fanoutlab.content.QuizType;

/**
 * How answers travel as JSON (docs/class-mode.md): the 0-based option index for {@code single}, a list of indexes
 * for {@code multiple}, {@code true}/{@code false} for {@code true-false}, a number for {@code numeric} and
 * {@code predict}.
 *
 * <p>Extension point: a quiz type added to {@link QuizType} (the course's {@code classify} and {@code order}) is
 * refused by {@link #supports} until it gets a case here, in {@link #read}, {@link #write}, {@link #correct} and in
 * {@link Payloads#question}; nothing else in the room depends on the type.
 */
public final class AnswerFormat {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private AnswerFormat() {
    }

    /** Whether a phone can answer this type; the others cannot be asked. */
    public static boolean supports(QuizType type) {
        return switch (type) {
            case SINGLE, MULTIPLE, TRUE_FALSE, NUMERIC, PREDICT -> true;
            // A type added to the course later lands here until the room learns its answer format.
            default -> false;
        };
    }

    /**
     * @throws RoomRefusal BAD_REQUEST naming what was expected
     */
    public static QuizAnswer read(Quiz quiz, JsonNode answer) {
        if (answer == null || answer.isMissingNode() || answer.isNull()) {
            throw bad("answer: missing; " + expected(quiz));
        }
        switch (quiz.type()) {
            case SINGLE:
                return new QuizAnswer.Choice(Set.of(optionIndex(quiz, answer)));
            case MULTIPLE: {
                if (!answer.isArray()) {
                    throw bad("answer: " + expected(quiz));
                }
                Set<Integer> chosen = new LinkedHashSet<>();
                for (JsonNode item : answer) {
                    if (!chosen.add(optionIndex(quiz, item))) {
                        throw bad("answer: option " + item.asInt() + " is listed twice");
                    }
                }
                if (chosen.isEmpty()) {
                    throw bad("answer: choose at least one option");
                }
                return new QuizAnswer.Choice(chosen);
            }
            case TRUE_FALSE:
                if (!answer.isBoolean()) {
                    throw bad("answer: " + expected(quiz));
                }
                return new QuizAnswer.TrueFalse(answer.booleanValue());
            case NUMERIC:
            case PREDICT: {
                if (!answer.isNumber() || !Double.isFinite(answer.doubleValue())) {
                    throw bad("answer: " + expected(quiz));
                }
                return new QuizAnswer.Number(answer.doubleValue());
            }
            default:
                throw bad("quiz '" + quiz.id() + "' is a " + quiz.type().id() + " quiz, which phones cannot answer yet");
        }
    }

    /** The answer as the API shows it back: what {@link #read} reads ({@code multiple}: a list, even of one). */
    public static JsonNode write(Quiz quiz, QuizAnswer answer) {
        if (answer instanceof QuizAnswer.Choice choice) {
            return quiz.type() == QuizType.MULTIPLE ? indexes(choice.chosen())
                    : JSON.numberNode(choice.chosen().iterator().next());
        }
        if (answer instanceof QuizAnswer.TrueFalse tf) {
            return JSON.booleanNode(tf.value());
        }
        if (answer instanceof QuizAnswer.Number n) {
            return number(n.value());
        }
        throw new IllegalArgumentException("unknown answer " + answer);
    }

    /**
     * The right answer, for the reveal.
     *
     * @param figure the engine's figure for a predict quiz; null when it could not be computed
     */
    public static JsonNode correct(Quiz quiz, Double figure) {
        switch (quiz.type()) {
            case SINGLE:
                for (int i = 0; i < quiz.options().size(); i++) {
                    if (quiz.options().get(i).correct()) {
                        return JSON.numberNode(i);
                    }
                }
                return JSON.nullNode();
            case MULTIPLE: {
                Set<Integer> right = new TreeSet<>();
                for (int i = 0; i < quiz.options().size(); i++) {
                    if (quiz.options().get(i).correct()) {
                        right.add(i);
                    }
                }
                return indexes(right);
            }
            case TRUE_FALSE:
                return JSON.booleanNode(quiz.trueFalseAnswer());
            case NUMERIC:
                return number(quiz.numericAnswer());
            case PREDICT:
                return figure == null ? JSON.nullNode() : number(figure);
            default:
                return JSON.nullNode();
        }
    }

    /** Whole numbers as integers ({@code 12}, not {@code 12.0}); others as they are. */
    public static JsonNode number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return JSON.numberNode((long) value);
        }
        return JSON.numberNode(value);
    }

    /** A number as a count key and in the CSV: plain digits, '.' decimals, no exponent, no grouping. */
    public static String plain(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static ArrayNode indexes(Set<Integer> chosen) {
        ArrayNode list = JSON.arrayNode();
        new TreeSet<>(chosen).forEach(list::add);
        return list;
    }

    private static int optionIndex(Quiz quiz, JsonNode node) {
        int n = quiz.options().size();
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 0 || node.intValue() >= n) {
            throw bad("answer: " + expected(quiz));
        }
        return node.intValue();
    }

    private static String expected(Quiz quiz) {
        int last = quiz.options().size() - 1;
        return switch (quiz.type()) {
            case SINGLE -> "quiz '" + quiz.id() + "' takes one option index from 0 to " + last;
            case MULTIPLE -> "quiz '" + quiz.id() + "' takes a list of option indexes from 0 to " + last;
            case TRUE_FALSE -> "quiz '" + quiz.id() + "' takes true or false";
            case NUMERIC, PREDICT -> "quiz '" + quiz.id() + "' takes a number";
            default -> "quiz '" + quiz.id() + "' (" + quiz.type().id() + ") cannot be answered from a phone yet";
        };
    }

    private static RoomRefusal bad(String message) {
        return new RoomRefusal(RoomRefusal.Reason.BAD_REQUEST, message);
    }
}
