package org.fanoutlab.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Set;
import org.fanoutlab.content.Grade;
import org.fanoutlab.content.ItemVerdict;
import org.fanoutlab.content.OrderQuiz;
import org.fanoutlab.content.Quiz;
import org.fanoutlab.content.QuizAnswer;
import org.fanoutlab.content.QuizGrader;
import org.fanoutlab.content.QuizType;
import org.junit.jupiter.api.Test;

/** The answer formats of docs/class-mode.md, both ways, and what is refused. */
class AnswerFormatTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void eachTypeReadsItsFormAndWritesItBack() {
        assertRoundTrip(ClassQuizzes.SINGLE, "2", new QuizAnswer.Choice(Set.of(2)));
        assertRoundTrip(ClassQuizzes.MULTIPLE, "[0,2]", new QuizAnswer.Choice(Set.of(0, 2)));
        assertRoundTrip(ClassQuizzes.MULTIPLE, "[1]", new QuizAnswer.Choice(Set.of(1)));
        assertRoundTrip(ClassQuizzes.TRUE_FALSE, "false", new QuizAnswer.TrueFalse(false));
        assertRoundTrip(ClassQuizzes.NUMERIC, "2000", new QuizAnswer.Number(2000));
        assertRoundTrip(ClassQuizzes.PREDICT, "0.25", new QuizAnswer.Number(0.25));
        assertThat(AnswerFormat.write(ClassQuizzes.MULTIPLE, AnswerFormat.read(ClassQuizzes.MULTIPLE, json("[2,0]"))))
                .as("sorted").hasToString("[0,2]");
        assertThat(AnswerFormat.read(ClassQuizzes.NUMERIC, json("2e3"))).isEqualTo(new QuizAnswer.Number(2000));
    }

    @Test
    void answersOfTheWrongShapeAreRefusedWithWhatFits() {
        assertRefused(ClassQuizzes.SINGLE, "3", "one option index from 0 to 2");
        assertRefused(ClassQuizzes.SINGLE, "-1", "one option index from 0 to 2");
        assertRefused(ClassQuizzes.SINGLE, "1.5", "one option index");
        assertRefused(ClassQuizzes.SINGLE, "[1]", "one option index");
        assertRefused(ClassQuizzes.MULTIPLE, "[]", "at least one option");
        assertRefused(ClassQuizzes.MULTIPLE, "[1,1]", "listed twice");
        assertRefused(ClassQuizzes.MULTIPLE, "1", "a list of option indexes");
        assertRefused(ClassQuizzes.TRUE_FALSE, "\"true\"", "true or false");
        assertRefused(ClassQuizzes.NUMERIC, "\"12\"", "takes a number");
        assertRefused(ClassQuizzes.PREDICT, "null", "missing");
    }

    @Test
    void theRightAnswerIsShownInTheSameForm() {
        assertThat(AnswerFormat.correct(ClassQuizzes.SINGLE, null)).hasToString("1");
        assertThat(AnswerFormat.correct(ClassQuizzes.MULTIPLE, null)).hasToString("[0,1]");
        assertThat(AnswerFormat.correct(ClassQuizzes.TRUE_FALSE, null)).hasToString("false");
        assertThat(AnswerFormat.correct(ClassQuizzes.NUMERIC, 5.0)).hasToString("2000");
        assertThat(AnswerFormat.correct(ClassQuizzes.PREDICT, 12.5)).hasToString("12.5");
        assertThat(AnswerFormat.correct(ClassQuizzes.PREDICT, null).isNull()).isTrue();
    }

    @Test
    void everyTypeOfTheCourseIsAnsweredAndItsRightAnswerReadBackIsGradedRight() {
        for (QuizType type : QuizType.values()) {
            assertThat(AnswerFormat.supports(type)).as(type.id()).isTrue();
            Quiz quiz = ClassQuizzes.ALL.stream().filter(q -> q.type() == type).findFirst()
                    .orElseThrow(() -> new AssertionError("no sample quiz of type " + type.id()));
            JsonNode right = AnswerFormat.correct(quiz, 12.5);
            QuizAnswer read = AnswerFormat.read(quiz, right);
            Grade grade = type == QuizType.PREDICT
                    ? QuizGrader.gradePrediction(quiz, ((QuizAnswer.Number) read).value(), 12.5)
                    : QuizGrader.grade(quiz, read);
            assertThat(grade.correct()).as(type.id() + " " + right).isTrue();
            assertThat(AnswerFormat.write(quiz, read)).as(type.id()).isEqualTo(right);
        }
    }

    @Test
    void classifyTakesTheBucketOfEachItemAsAListOrAnObject() {
        Quiz quiz = ClassQuizzes.CLASSIFY;
        assertRoundTrip(quiz, "[0,1,1]", new QuizAnswer.Classification(List.of(0, 1, 1)));
        assertThat(AnswerFormat.read(quiz, json("{\"2\":1,\"0\":0,\"1\":1}")))
                .isEqualTo(new QuizAnswer.Classification(List.of(0, 1, 1)));
        assertThat(AnswerFormat.correct(quiz, null)).hasToString("[0,1,0]");
        assertThat(QuizGrader.grade(quiz, AnswerFormat.read(quiz, json("[0,1,1]"))).items())
                .extracting(ItemVerdict::correct).containsExactly(true, true, false);

        assertRefused(quiz, "[0,1]", "the bucket of each of its 3 items");
        assertRefused(quiz, "[0,1,2]", "bucket indexes from 0 to 1");
        assertRefused(quiz, "[0,1,-1]", "bucket indexes from 0 to 1");
        assertRefused(quiz, "{\"0\":0,\"1\":1}", "item 2 is not placed");
        assertRefused(quiz, "{\"0\":0,\"1\":1,\"2\":0,\"3\":1}", "no item '3'");
        assertRefused(quiz, "{\"x\":0}", "no item 'x'");
        assertRefused(quiz, "1", "the bucket of each");
    }

    /**
     * Phones see an order question's steps in the quiz's starting shuffle and name them by their place in that list;
     * the room maps them back to the steps as written. So the question's JSON never lists the written order.
     */
    @Test
    void orderNamesStepsByTheirPlaceInTheQuestionsShuffledList() {
        Quiz quiz = ClassQuizzes.ORDER;
        List<Integer> shown = OrderQuiz.initialOrder(quiz.id(), 3);
        assertThat(AnswerFormat.shownOrder(quiz)).isEqualTo(shown);
        // Sending the list back as shown is the shuffle itself, which never has a step in its place.
        QuizAnswer asShown = AnswerFormat.read(quiz, json("[0,1,2]"));
        assertThat(asShown).isEqualTo(new QuizAnswer.Ordering(shown));
        assertThat(QuizGrader.grade(quiz, asShown).items()).noneMatch(ItemVerdict::correct);
        // The right answer names, in order, the shown places of written steps 0, 1, 2.
        JsonNode right = AnswerFormat.correct(quiz, null);
        for (int position = 0; position < 3; position++) {
            assertThat(shown.get(right.get(position).intValue())).isEqualTo(position);
        }
        assertThat(AnswerFormat.read(quiz, right)).isEqualTo(new QuizAnswer.Ordering(List.of(0, 1, 2)));
        assertRoundTrip(quiz, "[2,0,1]", new QuizAnswer.Ordering(List.of(shown.get(2), shown.get(0), shown.get(1))));

        assertRefused(quiz, "[0,1]", "its 3 steps in your order");
        assertRefused(quiz, "[0,1,1]", "step 1 is listed twice");
        assertRefused(quiz, "[0,1,3]", "indexes 0 to 2");
        assertRefused(quiz, "{\"0\":1}", "its 3 steps in your order");
    }

    @Test
    void numbersPrintPlainly() {
        assertThat(AnswerFormat.plain(2000.0)).isEqualTo("2000");
        assertThat(AnswerFormat.plain(0.0005)).isEqualTo("0.0005");
        assertThat(AnswerFormat.plain(1e20)).isEqualTo("100000000000000000000");
        assertThat(AnswerFormat.plain(-2.5)).isEqualTo("-2.5");
    }

    private static void assertRoundTrip(Quiz quiz, String wire, QuizAnswer expected) {
        QuizAnswer read = AnswerFormat.read(quiz, json(wire));
        assertThat(read).isEqualTo(expected);
        assertThat(AnswerFormat.write(quiz, read)).hasToString(wire);
    }

    private static void assertRefused(Quiz quiz, String wire, String message) {
        assertThatThrownBy(() -> AnswerFormat.read(quiz, json(wire))).isInstanceOf(RoomRefusal.class)
                .hasMessageContaining(message)
                .extracting(e -> ((RoomRefusal) e).reason()).isEqualTo(RoomRefusal.Reason.BAD_REQUEST);
    }

    private static JsonNode json(String s) {
        try {
            return JSON.readTree(s);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
