package org.fanoutlab.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

public class NumberInputTest {
    @Test
    void countsAcceptSeparatorsSuffixesAndExponents() {
        assertThat(NumberInput.parseCount("50,000,000", 1, 1e8).value()).isEqualTo(50_000_000);
        assertThat(NumberInput.parseCount(" 50M ", 1, 1e8).value()).isEqualTo(50_000_000);
        assertThat(NumberInput.parseCount("1.5k", 1, 1e8).value()).isEqualTo(1_500);
        assertThat(NumberInput.parseCount("2e6", 1, 1e8).value()).isEqualTo(2_000_000);
    }

    @Test
    void typedNumbersReadTheEnglishWayAndADecimalCommaToo() {
        assertThat(NumberInput.parseNumber("20,000")).contains(20_000d);
        assertThat(NumberInput.parseNumber("1,234.5")).contains(1234.5);
        assertThat(NumberInput.parseNumber("1.234")).contains(1.234);
        assertThat(NumberInput.parseNumber("2,5")).contains(2.5);
        assertThat(NumberInput.parseNumber("+1e6")).contains(1e6);
        assertThat(NumberInput.parseNumber(".5")).contains(0.5);
        assertThat(NumberInput.parseNumber("1.2.3")).isEmpty();
        assertThat(NumberInput.parseNumber("NaN")).isEmpty();
        assertThat(NumberInput.parseNumber(null)).isEmpty();
    }

    @Test
    void badCountsBecomeMessages() {
        assertThat(NumberInput.parseCount("", 1, 10).error()).contains("Type a number");
        assertThat(NumberInput.parseCount("-5", 1, 10).error()).contains("not a number");
        assertThat(NumberInput.parseCount("1.2.3", 1, 10).error()).contains("not a number");
        assertThat(NumberInput.parseCount("11", 1, 10).error()).isEqualTo("Must be between 1 and 10.");
        assertThat(NumberInput.parseCount(null, 1, 10).isOk()).isFalse();
    }

    @Test
    void durationsAcceptUnitsAndABareNumberIsSeconds() {
        assertThat(NumberInput.parseSeconds("30", 1, 3600).value()).isEqualTo(30);
        assertThat(NumberInput.parseSeconds("30s", 1, 3600).value()).isEqualTo(30);
        assertThat(NumberInput.parseSeconds("5 min", 1, 3600).value()).isEqualTo(300);
        assertThat(NumberInput.parseSeconds("1h", 1, 3600).value()).isEqualTo(3600);
        assertThat(NumberInput.parseSeconds("1500ms", 1, 3600).value()).isEqualTo(1.5);
        assertThat(NumberInput.parseSeconds("0.5s", 1, 3600).error()).isEqualTo("Must be between 1 s and 1 h.");
        assertThat(NumberInput.parseSeconds("half an hour", 1, 3600).error()).contains("not a duration");
    }

    @Test
    void formattingIsShortAndLocaleFree() {
        assertThat(NumberInput.formatCount(50_000_000)).isEqualTo("50M");
        assertThat(NumberInput.formatCount(1_500_000)).isEqualTo("1.5M");
        assertThat(NumberInput.formatCount(25_000)).isEqualTo("25k");
        assertThat(NumberInput.formatCount(1_234)).isEqualTo("1,234");
        assertThat(NumberInput.formatSeconds(90)).isEqualTo("1.5 min");
        assertThat(NumberInput.formatSeconds(0.25)).isEqualTo("0.25 s");
        assertThat(NumberInput.formatSeconds(7200)).isEqualTo("2 h");
        assertThat(NumberInput.formatClock(100)).isEqualTo("1:40");
        assertThat(NumberInput.formatClock(5400)).isEqualTo("1:30:00");
    }
}
