package org.fanoutlab.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What progress.json keeps per quiz type, read back, and told in words; old files keep their meaning. */
class QuizAnswersTest {
    private static final Quiz SINGLE = new Quiz("s", QuizType.SINGLE, "P", new ChoiceQuiz.Body(List.of(
            new QuizOption("The producer", false, "F"), new QuizOption("The **consumer**", true, "F"),
            new QuizOption("Nobody", false, "F"))), "H", "E", 1);
    private static final Quiz TRUE_FALSE = new Quiz("t", QuizType.TRUE_FALSE, "P",
            new TrueFalseQuiz.Body(true, "Y", "N"), "H", "E", 1);
    private static final Quiz NUMERIC = new Quiz("n", QuizType.NUMERIC, "P",
            new NumericQuiz.Body(50_000_000, 0, "writes"), "H", "E", 1);

    @Test
    void theFirstFiveTypesKeepTheFormsOlderProgressFilesHold() {
        assertThat(QuizAnswers.store(SINGLE, new QuizAnswer.Choice(Set.of(2, 0)))).isEqualTo("A, C");
        assertThat(QuizAnswers.restore(SINGLE, "B")).contains(new QuizAnswer.Choice(Set.of(1)));
        assertThat(QuizAnswers.restore(SINGLE, "a, c")).contains(new QuizAnswer.Choice(Set.of(0, 2)));
        assertThat(QuizAnswers.store(TRUE_FALSE, new QuizAnswer.TrueFalse(false))).isEqualTo("false");
        assertThat(QuizAnswers.restore(TRUE_FALSE, "true")).contains(new QuizAnswer.TrueFalse(true));
        assertThat(QuizAnswers.store(NUMERIC, new QuizAnswer.Number(2.5))).isEqualTo("2.5");
        assertThat(QuizAnswers.store(NUMERIC, new QuizAnswer.Number(119))).isEqualTo("119");
        assertThat(QuizAnswers.restore(NUMERIC, "119")).contains(new QuizAnswer.Number(119));
    }

    @Test
    void classifyKeepsBucketNumbersPerItemFromOne() {
        Quiz quiz = ClassifyAndOrderGradingTest.CLASSIFY;
        QuizAnswer answer = new QuizAnswer.Classification(List.of(0, 2, 1, QuizAnswer.Classification.UNPLACED));

        assertThat(QuizAnswers.store(quiz, answer)).isEqualTo("1, 3, 2, -");
        assertThat(QuizAnswers.restore(quiz, "1, 3, 2, -")).contains(answer);
        assertThat(QuizAnswers.describe(quiz, "1, 3, 2, -"))
                .isEqualTo("APNs \u2192 Push; RSS reader \u2192 Hybrid; Twitter home timeline \u2192 Pull; "
                        + "Webhook \u2192 not sorted");
    }

    @Test
    void orderKeepsStepNumbersInTheLearnersOrder() {
        Quiz quiz = ClassifyAndOrderGradingTest.ORDER;
        QuizAnswer answer = new QuizAnswer.Ordering(List.of(2, 0, 1));

        assertThat(QuizAnswers.store(quiz, answer)).isEqualTo("3, 1, 2");
        assertThat(QuizAnswers.restore(quiz, "3, 1, 2")).contains(answer);
        assertThat(QuizAnswers.describe(quiz, "3, 1, 2"))
                .isEqualTo("1. Merge by time; 2. Read the feed cache; 3. Fetch celebrity posts");
    }

    @Test
    void aStoredAnswerThatNoLongerFitsTheEditedQuizIsNotRestored() {
        assertThat(QuizAnswers.restore(SINGLE, "D")).isEmpty();
        assertThat(QuizAnswers.restore(TRUE_FALSE, "B")).isEmpty();
        assertThat(QuizAnswers.restore(NUMERIC, "lots")).isEmpty();
        assertThat(QuizAnswers.restore(ClassifyAndOrderGradingTest.CLASSIFY, "1, 2, 3")).as("one item short").isEmpty();
        assertThat(QuizAnswers.restore(ClassifyAndOrderGradingTest.CLASSIFY, "1, 2, 4, 1")).as("no bucket 4").isEmpty();
        assertThat(QuizAnswers.restore(ClassifyAndOrderGradingTest.ORDER, "1, 1, 2")).as("a step twice").isEmpty();
        assertThat(QuizAnswers.restore(ClassifyAndOrderGradingTest.ORDER, "1, 2, -")).isEmpty();
        assertThat(QuizAnswers.restore(ClassifyAndOrderGradingTest.ORDER, "")).isEmpty();
    }

    @Test
    void theReviewReadsAnswersInWords() {
        assertThat(QuizAnswers.describe(SINGLE, "B")).isEqualTo("B \u2013 The **consumer**");
        assertThat(QuizAnswers.describe(TRUE_FALSE, "false")).isEqualTo("False");
        assertThat(QuizAnswers.describe(NUMERIC, "50000000")).isEqualTo("50,000,000 writes");
        assertThat(QuizAnswers.describe(SINGLE, "Z")).as("unreadable: the stored text as it is").isEqualTo("Z");
    }
}
