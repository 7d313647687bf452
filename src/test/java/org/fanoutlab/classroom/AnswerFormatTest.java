package org.fanoutlab.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import org.fanoutlab.content.Quiz;
import org.fanoutlab.content.QuizAnswer;
import org.fanoutlab.content.QuizType;
import org.junit.jupiter.api.Test;

/** The answer formats of docs/class-mode.md, both ways, and what is refused. */
class AnswerFormatTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void eachTypeReadsItsFormAndWritesItBack() throws Exception {
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
    void theRightAnswerIsShownInTheSameForm() throws Exception {
        assertThat(AnswerFormat.correct(ClassQuizzes.SINGLE, null)).hasToString("1");
        assertThat(AnswerFormat.correct(ClassQuizzes.MULTIPLE, null)).hasToString("[0,1]");
        assertThat(AnswerFormat.correct(ClassQuizzes.TRUE_FALSE, null)).hasToString("false");
        assertThat(AnswerFormat.correct(ClassQuizzes.NUMERIC, 5.0)).hasToString("2000");
        assertThat(AnswerFormat.correct(ClassQuizzes.PREDICT, 12.5)).hasToString("12.5");
        assertThat(AnswerFormat.correct(ClassQuizzes.PREDICT, null).isNull()).isTrue();
    }

    @Test
    void everyTypeOfTheCourseIsEitherAnsweredOrRefusedByName() {
        for (QuizType type : QuizType.values()) {
            if (!AnswerFormat.supports(type)) {
                // A type the course gained before the room learned it: asking it must say so, not crash.
                Quiz q = java.util.stream.Stream.of(ClassQuizzes.CLASSIFY, ClassQuizzes.ORDER)
                        .filter(sample -> sample.type() == type).findFirst()
                        .orElseThrow(() -> new AssertionError("no sample quiz of type " + type.id()));
                assertThatThrownBy(() -> AnswerFormat.read(q, JSON.getNodeFactory().booleanNode(true)))
                        .hasMessageContaining("cannot answer yet");
            }
        }
        assertThat(AnswerFormat.supports(QuizType.SINGLE)).isTrue();
        assertThat(AnswerFormat.supports(QuizType.PREDICT)).isTrue();
    }

    @Test
    void numbersPrintPlainly() {
        assertThat(AnswerFormat.plain(2000.0)).isEqualTo("2000");
        assertThat(AnswerFormat.plain(0.0005)).isEqualTo("0.0005");
        assertThat(AnswerFormat.plain(1e20)).isEqualTo("100000000000000000000");
        assertThat(AnswerFormat.plain(-2.5)).isEqualTo("-2.5");
    }

    private static void assertRoundTrip(Quiz quiz, String wire, QuizAnswer expected) throws Exception {
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
