package org.fanoutlab.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** With the UI in Spanish, figures are written and read the Spanish way; the JVM's own locale plays no part. */
@ExtendWith(SpanishUi.class)
class NumberInputSpanishTest {
    @Test
    void figuresUseTheSpanishSeparators() {
        assertThat(NumberInput.formatDecimal(1234.5, 1)).isEqualTo("1.234,5");
        assertThat(NumberInput.formatWhole(1_234_567)).isEqualTo("1.234.567");
        assertThat(NumberInput.trim(2.5)).isEqualTo("2,5");
        assertThat(NumberInput.formatCount(1_500_000)).isEqualTo("1,5M");
        assertThat(NumberInput.formatCount(2_500_000_000d)).isEqualTo("2,5 mil M");
        assertThat(NumberInput.formatSeconds(90)).isEqualTo("1,5 min");
        assertThat(NumberInput.formatSeconds(0.25)).isEqualTo("0,25 s");
        assertThat(NumberInput.formatPercent(0.125)).isEqualTo("12,5\u00a0%");
        // a clock reads the same in both languages
        assertThat(NumberInput.formatClock(5400)).isEqualTo("1:30:00");
    }

    @Test
    void theSpanishDecimalCommaIsRead() {
        assertThat(NumberInput.parseCount("1.234,5", 0, 1e9).value()).isEqualTo(1234.5);
        assertThat(NumberInput.parseCount("2,5M", 0, 1e9).value()).isEqualTo(2_500_000);
        assertThat(NumberInput.parseCount("50.000.000", 0, 1e9).value()).isEqualTo(50_000_000);
        assertThat(NumberInput.parseSeconds("1,5 min", 0, 3600).value()).isEqualTo(90);
        assertThat(NumberInput.parseSeconds("0,25", 0, 3600).value()).isEqualTo(0.25);
    }

    @Test
    void aTypedAnswerReadsTheWayASpanishLearnerWritesIt() {
        assertThat(NumberInput.parseNumber("20.000")).contains(20_000d);
        assertThat(NumberInput.parseNumber("20000")).contains(20_000d);
        assertThat(NumberInput.parseNumber("1.234,5")).contains(1234.5);
        assertThat(NumberInput.parseNumber("2,5")).contains(2.5);
        assertThat(NumberInput.parseNumber("-0,5")).contains(-0.5);
        assertThat(NumberInput.parseNumber("20 000")).contains(20_000d);
        assertThat(NumberInput.parseNumber("1,2,3")).isEmpty();
        assertThat(NumberInput.parseNumber("veinte")).isEmpty();
    }

    @Test
    void aDecimalPointFromEnglishMaterialStillReadsAsOne() {
        assertThat(NumberInput.parseCount("2.5M", 0, 1e9).value()).isEqualTo(2_500_000);
        assertThat(NumberInput.parseSeconds("0.5", 0, 3600).value()).isEqualTo(0.5);
    }

    @Test
    void spanishWordsAndUnitsAreRead() {
        assertThat(NumberInput.parseCount("5 mil", 0, 1e9).value()).isEqualTo(5_000);
        assertThat(NumberInput.parseCount("2,5 mil M", 0, 1e10).value()).isEqualTo(2.5e9);
        assertThat(NumberInput.parseSeconds("30 segundos", 0, 3600).value()).isEqualTo(30);
        assertThat(NumberInput.parseSeconds("5 minutos", 0, 3600).value()).isEqualTo(300);
        assertThat(NumberInput.parseSeconds("1 hora", 0, 3600).value()).isEqualTo(3600);
    }

    @Test
    void whatAFieldShowsReadsBackAsTheSameNumber() {
        for (double v : new double[] {7, 1_234, 25_000, 1_500_000, 2.5e9, 0.125}) {
            assertThat(NumberInput.parseCount(NumberInput.formatCount(v), 0, 1e10).value()).isEqualTo(v);
        }
        for (double s : new double[] {0.25, 30, 90, 300, 5400}) {
            assertThat(NumberInput.parseSeconds(NumberInput.formatSeconds(s), 0, 1e5).value()).isEqualTo(s);
        }
    }

    @Test
    void messagesAreSpanishAndQuoteTheFiguresTheSpanishWay() {
        assertThat(NumberInput.parseCount("", 1, 10).error()).startsWith("Escribe un número");
        assertThat(NumberInput.parseCount("1,2,3", 1, 10).error()).contains("no es un número");
        assertThat(NumberInput.parseSeconds("0,5", 1, 5400).error()).isEqualTo("Debe estar entre 1 s y 1,5 h.");
    }

    @Test
    void switchingBackToEnglishWritesEnglishFiguresAgain() {
        Messages.setLocale(UiLanguage.ENGLISH.locale());
        assertThat(NumberInput.formatDecimal(1234.5, 1)).isEqualTo("1,234.5");
        assertThat(NumberInput.formatPercent(0.125)).isEqualTo("12.5%");
        assertThat(NumberInput.formatCount(2_500_000_000d)).isEqualTo("2.5B");
    }
}
