package org.fanoutlab.classroom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.fanoutlab.content.ClassifyQuiz;
import org.fanoutlab.content.NumericQuiz;
import org.fanoutlab.content.OrderQuiz;
import org.fanoutlab.content.Quiz;
import org.fanoutlab.content.QuizAnswer;
import org.fanoutlab.content.QuizType;
import org.fanoutlab.content.TrueFalseQuiz;

/**
 * How answers travel as JSON (docs/class-mode.md): the 0-based option index for {@code single}, a list of indexes
 * for {@code multiple}, {@code true}/{@code false} for {@code true-false}, a number for {@code numeric} and
 * {@code predict}; for {@code classify} the bucket index of each item (a list in item order, or an object from item
 * index to bucket index); for {@code order} the steps in the learner's order, each named by its index in the
 * question's {@code steps} list.
 *
 * <p>An order question lists its steps in {@link OrderQuiz#initialOrder} (the same on every phone), never in the
 * quiz's written order, which is the answer; so phones name steps by their place in that list, and only the room
 * knows which written step each is ({@link #written}). Indexes in the quiz as written would give the answer away to
 * anyone who reads the question's JSON.
 *
 * <p>Extension point: a quiz type added to {@link QuizType} is refused by {@link #supports} until it gets a case
 * here, in {@link #read}, {@link #write}, {@link #correct} and in {@link Payloads#question}; nothing else in the room
 * depends on the type.
 */
public final class AnswerFormat {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private AnswerFormat() {
    }

    /** Whether a phone can answer this type; the others cannot be asked. */
    public static boolean supports(QuizType type) {
        return switch (type) {
            case SINGLE, MULTIPLE, TRUE_FALSE, NUMERIC, PREDICT, CLASSIFY, ORDER -> true;
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
            case CLASSIFY:
                return readClassification(quiz, answer);
            case ORDER:
                return readOrdering(quiz, answer);
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
        if (answer instanceof QuizAnswer.Classification c) {
            ArrayNode list = JSON.arrayNode();
            c.bucketOfItem().forEach(list::add);
            return list;
        }
        if (answer instanceof QuizAnswer.Ordering o) {
            List<Integer> shown = shownOrder(quiz);
            ArrayNode list = JSON.arrayNode();
            o.steps().forEach(step -> list.add(shown.indexOf(step)));
            return list;
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
                return JSON.booleanNode(quiz.body(TrueFalseQuiz.Body.class).answer());
            case NUMERIC:
                return number(quiz.body(NumericQuiz.Body.class).answer());
            case PREDICT:
                return figure == null ? JSON.nullNode() : number(figure);
            case CLASSIFY: {
                ArrayNode list = JSON.arrayNode();
                quiz.body(ClassifyQuiz.Body.class).items().forEach(item -> list.add(item.bucket()));
                return list;
            }
            case ORDER: {
                List<Integer> shown = shownOrder(quiz);
                ArrayNode list = JSON.arrayNode();
                for (int step = 0; step < shown.size(); step++) {
                    list.add(shown.indexOf(step));
                }
                return list;
            }
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

    /**
     * The written step indexes of an order quiz in the order its question lists them ({@link OrderQuiz#initialOrder}):
     * entry k is the step a phone calls k.
     */
    public static List<Integer> shownOrder(Quiz quiz) {
        return OrderQuiz.initialOrder(quiz.id(), quiz.body(OrderQuiz.Body.class).steps().size());
    }

    /** The written index of the step a phone calls {@code shown}. */
    public static int written(Quiz quiz, int shown) {
        return shownOrder(quiz).get(shown);
    }

    private static QuizAnswer.Classification readClassification(Quiz quiz, JsonNode answer) {
        ClassifyQuiz.Body body = quiz.body(ClassifyQuiz.Body.class);
        int items = body.items().size();
        List<Integer> buckets = new ArrayList<>(Collections.nCopies(items, QuizAnswer.Classification.UNPLACED));
        if (answer.isArray()) {
            if (answer.size() != items) {
                throw bad("answer: " + expected(quiz) + "; got " + answer.size() + " entries");
            }
            for (int i = 0; i < items; i++) {
                buckets.set(i, bucketIndex(quiz, body, answer.get(i)));
            }
        } else if (answer.isObject()) {
            var fields = answer.fields();
            while (fields.hasNext()) {
                var field = fields.next();
                int item = itemKey(field.getKey(), items);
                if (item < 0) {
                    throw bad("answer: quiz '" + quiz.id() + "' has no item '" + field.getKey() + "' (items are 0 to "
                            + (items - 1) + ")");
                }
                buckets.set(item, bucketIndex(quiz, body, field.getValue()));
            }
            int missing = buckets.indexOf(QuizAnswer.Classification.UNPLACED);
            if (missing >= 0) {
                throw bad("answer: item " + missing + " is not placed; " + expected(quiz));
            }
        } else {
            throw bad("answer: " + expected(quiz));
        }
        return new QuizAnswer.Classification(buckets);
    }

    private static int bucketIndex(Quiz quiz, ClassifyQuiz.Body body, JsonNode node) {
        int n = body.buckets().size();
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 0 || node.intValue() >= n) {
            throw bad("answer: " + expected(quiz));
        }
        return node.intValue();
    }

    /** "0" … "items − 1", digits only; -1 otherwise. */
    private static int itemKey(String key, int items) {
        if (!key.matches("[0-9]{1,2}")) {
            return -1;
        }
        int i = Integer.parseInt(key);
        return i < items ? i : -1;
    }

    private static QuizAnswer.Ordering readOrdering(Quiz quiz, JsonNode answer) {
        List<Integer> shown = shownOrder(quiz);
        int n = shown.size();
        if (!answer.isArray() || answer.size() != n) {
            throw bad("answer: " + expected(quiz));
        }
        List<Integer> steps = new ArrayList<>();
        Set<Integer> seen = new LinkedHashSet<>();
        for (JsonNode node : answer) {
            if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 0 || node.intValue() >= n) {
                throw bad("answer: " + expected(quiz));
            }
            if (!seen.add(node.intValue())) {
                throw bad("answer: step " + node.intValue() + " is listed twice; " + expected(quiz));
            }
            steps.add(shown.get(node.intValue()));
        }
        return new QuizAnswer.Ordering(steps);
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
            case CLASSIFY -> {
                ClassifyQuiz.Body body = quiz.body(ClassifyQuiz.Body.class);
                yield "quiz '" + quiz.id() + "' takes the bucket of each of its " + body.items().size()
                        + " items, a list of bucket indexes from 0 to " + (body.buckets().size() - 1) + " in item order";
            }
            case ORDER -> {
                int steps = quiz.body(OrderQuiz.Body.class).steps().size();
                yield "quiz '" + quiz.id() + "' takes its " + steps + " steps in your order, each once, as their "
                        + "indexes 0 to " + (steps - 1) + " in the question's list";
            }
            default -> "quiz '" + quiz.id() + "' (" + quiz.type().id() + ") cannot be answered from a phone yet";
        };
    }

    private static RoomRefusal bad(String message) {
        return new RoomRefusal(RoomRefusal.Reason.BAD_REQUEST, message);
    }
}
