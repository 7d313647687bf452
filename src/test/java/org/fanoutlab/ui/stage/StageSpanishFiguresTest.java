package org.fanoutlab.ui.stage;

import static org.assertj.core.api.Assertions.assertThat;

import org.fanoutlab.ui.common.SpanishUi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The stage's clock and hover figures in Spanish: decimal comma, grouping point; the machine's locale plays no part. */
@ExtendWith(SpanishUi.class)
class StageSpanishFiguresTest {
    @Test
    void theClockWritesTenthsAfterAComma() {
        assertThat(TimeText.format(42.25)).isEqualTo("42,2 s");
        assertThat(TimeText.format(723.4)).isEqualTo("12:03,4");
        assertThat(TimeText.format(3600)).isEqualTo("1:00:00,0");
    }

    @Test
    void hoverFiguresGroupWithAPoint() {
        assertThat(ComponentInfo.n(1_234_567)).isEqualTo("1.234.567");
        assertThat(ComponentInfo.num(1234.5)).isEqualTo("1.234,5");
        assertThat(ComponentInfo.num(30)).isEqualTo("30");
    }
}
