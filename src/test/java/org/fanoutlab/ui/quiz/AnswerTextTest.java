package org.fanoutlab.ui.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.fanoutlab.content.QuizAnswer;
import org.junit.jupiter.api.Test;

class AnswerTextTest {

    @Test
    void formatsAnswersTheWayTheStoreShowsThem() {
        assertThat(AnswerText.format(new QuizAnswer.Choice(Set.of(1)))).isEqualTo("B");
        assertThat(AnswerText.format(new QuizAnswer.Choice(Set.of(2, 0)))).isEqualTo("A, C");
        assertThat(AnswerText.format(new QuizAnswer.TrueFalse(true))).isEqualTo("true");
        assertThat(AnswerText.format(new QuizAnswer.Number(119))).isEqualTo("119");
        assertThat(AnswerText.format(new QuizAnswer.Number(2.5))).isEqualTo("2.5");
    }

    @Test
    void readsTypedNumbersInTheFormsPeopleWriteThem() {
        assertThat(AnswerText.parseNumber("119")).contains(119.0);
        assertThat(AnswerText.parseNumber(" 2.5 ")).contains(2.5);
        assertThat(AnswerText.parseNumber("50,000,000")).contains(5.0e7);
        assertThat(AnswerText.parseNumber("50 000 000")).contains(5.0e7);
        assertThat(AnswerText.parseNumber("2,5")).contains(2.5);
        assertThat(AnswerText.parseNumber("1e6")).contains(1.0e6);
        assertThat(AnswerText.parseNumber("-3")).contains(-3.0);
    }

    @Test
    void rejectsWhatIsNotANumberWithoutThrowing() {
        assertThat(AnswerText.parseNumber("abc")).isEmpty();
        assertThat(AnswerText.parseNumber("")).isEmpty();
        assertThat(AnswerText.parseNumber(null)).isEmpty();
        assertThat(AnswerText.parseNumber("NaN")).isEmpty();
        assertThat(AnswerText.parseNumber("Infinity")).isEmpty();
        assertThat(AnswerText.parseNumber("1e999")).isEmpty();
        assertThat(AnswerText.parseNumber("1,2,3")).isEmpty();
        assertThat(AnswerText.parseNumber("12..5")).isEmpty();
    }

    @Test
    void parsesStoredChoicesBackWithinRange() {
        assertThat(AnswerText.parseChoice("A, C", 3)).contains(Set.of(0, 2));
        assertThat(AnswerText.parseChoice("D", 3)).isEmpty();
        assertThat(AnswerText.parseChoice("true", 3)).isEmpty();
    }

    @Test
    void readableFiguresAreGroupedWithAtMostTwoDecimals() {
        assertThat(AnswerText.readable(50_000_000)).isEqualTo("50,000,000");
        assertThat(AnswerText.readable(24.999)).isEqualTo("25");
        assertThat(AnswerText.readable(49.5)).isEqualTo("49.5");
    }
}
