package org.fanoutlab.classroom;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.fanoutlab.content.Grade;
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

    /** The recipient's verdict, added to a reveal event: their answer, right or wrong, and its feedback. */
    static ObjectNode withVerdict(ObjectNode reveal, Answered answered, Grade grade) {
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
