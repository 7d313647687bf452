package org.fanoutlab.ui.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnswerTextTest {

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
    void inlineMarkdownReadsAsPlainWordsWithoutTheSceneGraph() {
        assertThat(AnswerText.plainText("Who moves the data in **pull**?")).isEqualTo("Who moves the data in pull?");
        assertThat(AnswerText.plainText("`GET /feed` then *wait*")).isEqualTo("GET /feed then wait");
        assertThat(AnswerText.plainText("[RFC 6202](https://example.org/6202)"))
                .isEqualTo("RFC 6202 (https://example.org/6202)");
        assertThat(AnswerText.plainText(null)).isEmpty();
        assertThat(AnswerText.plainText("1. Merge by time; 2. Read")).as("inline only: no list eats the number")
                .isEqualTo("1. Merge by time; 2. Read");
    }

    @Test
    void readableFiguresAreGroupedWithAtMostTwoDecimals() {
        assertThat(AnswerText.readable(50_000_000)).isEqualTo("50,000,000");
        assertThat(AnswerText.readable(24.999)).isEqualTo("25");
        assertThat(AnswerText.readable(49.5)).isEqualTo("49.5");
    }
}
