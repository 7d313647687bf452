package org.fanoutlab.classroom;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.fanoutlab.content.ClassifyQuiz;
import org.fanoutlab.content.Grade;
import org.fanoutlab.content.ItemVerdict;
import org.fanoutlab.content.OrderQuiz;
import org.fanoutlab.content.Quiz;
import org.fanoutlab.content.QuizOption;
import org.fanoutlab.content.QuizType;

/**
 * The data of the events phones receive. A question carries what is needed to answer and nothing that gives the
 * answer away: no correct flags, no feedback, no explanation, no hint, no figure, no preset (a class could run the
 * preset and read the figure off). Those come with the reveal.
 */
final class Payloads {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private Payloads() {
    }

    static ObjectNode question(Round round) {
        Quiz quiz = round.quiz;
        ObjectNode data = head(round);
        data.put("prompt", quiz.prompt());
        if (quiz.type() == QuizType.SINGLE || quiz.type() == QuizType.MULTIPLE) {
            ArrayNode options = data.putArray("options");
            for (QuizOption option : quiz.options()) {
                options.add(option.text());
            }
        }
        if (quiz.type() == QuizType.CLASSIFY) {
            // Items in the quiz's order with their texts only: which bucket each belongs to comes with the reveal.
            ClassifyQuiz.Body body = quiz.body(ClassifyQuiz.Body.class);
            body.buckets().forEach(data.putArray("buckets")::add);
            ArrayNode items = data.putArray("items");
            body.items().forEach(item -> items.add(item.text()));
        }
        if (quiz.type() == QuizType.ORDER) {
            // In the shuffle every phone starts from, never the written (correct) order.
            OrderQuiz.Body body = quiz.body(OrderQuiz.Body.class);
            ArrayNode steps = data.putArray("steps");
            AnswerFormat.shownOrder(quiz).forEach(step -> steps.add(body.steps().get(step).text()));
        }
        if (quiz.unit() != null && !quiz.unit().isBlank()) {
            data.put("unit", quiz.unit());
        }
        return data;
    }

    static ObjectNode reveal(Round round) {
        Quiz quiz = round.quiz;
        ObjectNode data = head(round);
        data.set("answer", AnswerFormat.correct(quiz, round.figure));
        if (quiz.type() == QuizType.SINGLE || quiz.type() == QuizType.MULTIPLE) {
            ArrayNode options = data.putArray("options");
            for (QuizOption option : quiz.options()) {
                options.addObject().put("text", option.text()).put("correct", option.correct())
                        .put("feedback", option.feedback());
            }
        }
        if (quiz.type() == QuizType.CLASSIFY) {
            ClassifyQuiz.Body body = quiz.body(ClassifyQuiz.Body.class);
            body.buckets().forEach(data.putArray("buckets")::add);
            ArrayNode items = data.putArray("items");
            for (ClassifyQuiz.Item item : body.items()) {
                items.addObject().put("text", item.text()).put("bucket", item.bucket()).put("feedback", item.feedback());
            }
        }
        if (quiz.type() == QuizType.ORDER) {
            // As the question listed them; position is where each belongs (from 0).
            OrderQuiz.Body body = quiz.body(OrderQuiz.Body.class);
            ArrayNode steps = data.putArray("steps");
            for (int step : AnswerFormat.shownOrder(quiz)) {
                steps.addObject().put("text", body.steps().get(step).text()).put("position", step)
                        .put("feedback", body.steps().get(step).feedback());
            }
        }
        if (quiz.unit() != null && !quiz.unit().isBlank()) {
            data.put("unit", quiz.unit());
        }
        if (quiz.type() == QuizType.PREDICT && round.figure == null) {
            data.put("note", "The engine's figure for this preset could not be computed, so guesses are not marked.");
        }
        data.put("explain", quiz.explain());
        return data;
    }

    static ObjectNode closed() {
        return JSON.objectNode().put("reason", "The instructor ended the session.");
    }

    /** The recipient's own answer, added to a question event so a reloaded page shows it again. */
    static ObjectNode withYours(ObjectNode question, Answered answered) {
        ObjectNode copy = question.deepCopy();
        copy.set("yours", answered == null ? JSON.nullNode() : answered.wire());
        return copy;
    }

    /**
     * The recipient's verdict, added to a reveal event: their answer, right or wrong, and its feedback; for classify
     * and order also one verdict per item or step ({@code items}), in the order the question listed them.
     */
    static ObjectNode withVerdict(Quiz quiz, ObjectNode reveal, Answered answered, Grade grade) {
        ObjectNode copy = reveal.deepCopy();
        if (answered == null) {
            copy.putNull("you");
            return copy;
        }
        ObjectNode you = copy.putObject("you");
        you.set("answer", answered.wire());
        if (grade == null) {
            you.putNull("correct");
            you.putNull("feedback");
        } else {
            you.put("correct", grade.correct());
            you.put("feedback", grade.feedback());
            if (!grade.items().isEmpty()) {
                ArrayNode items = you.putArray("items");
                List<Integer> listed = quiz.type() == QuizType.ORDER ? AnswerFormat.shownOrder(quiz)
                        : grade.items().stream().map(ItemVerdict::index).toList();
                for (int written : listed) {
                    ItemVerdict v = grade.items().get(written);
                    items.addObject().put("correct", v.correct()).put("feedback", v.feedback());
                }
            }
        }
        return copy;
    }

    private static ObjectNode head(Round round) {
        return JSON.objectNode()
                .put("quiz", round.quiz.id())
                .put("round", round.number)
                .put("type", round.quiz.type().id());
    }
}
