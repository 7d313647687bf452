package org.fanoutlab.ui.lanes;

import static org.assertj.core.api.Assertions.assertThat;

import org.fanoutlab.engine.Schedule;
import org.fanoutlab.engine.lanes.LaneParam;
import org.fanoutlab.ui.common.Messages;
import org.fanoutlab.ui.common.SpanishUi;
import org.fanoutlab.ui.common.UiLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** With the UI in Spanish the lanes write their figures the Spanish way, whatever the machine's own locale. */
@ExtendWith(SpanishUi.class)
class LanesSpanishFiguresTest {
    @Test
    void delaysCountsAndRatesUseTheDecimalCommaAndTheGroupingPoint() {
        assertThat(LaneRow.seconds(0.25)).isEqualTo("0,25 s");
        assertThat(LaneRow.seconds(450.2)).isEqualTo("7,5 min");
        assertThat(LaneRow.seconds(9_000)).isEqualTo("2,5 h");
        assertThat(LaneRow.count(1_234_567)).isEqualTo("1.234.567");
        assertThat(SliderRange.format(LaneParam.NOTIFY_SECONDS, 0.05)).isEqualTo("0,05 s");
        assertThat(SliderRange.format(null, 12.5)).isEqualTo("12,5");
        assertThat(SliderRange.format(LaneParam.FAILURE_RATE, 0.2)).isEqualTo("20\u00a0%");
    }

    @Test
    void everyScheduleHasAName() {
        for (Schedule s : Schedule.values()) {
            assertThat(Messages.get("lanes.schedule." + s.id())).doesNotStartWith("!");
        }
        assertThat(Messages.get("lanes.schedule.uniform")).isEqualTo("a intervalos regulares");
    }

    @Test
    void aRunLongerThanADaySaysTheDaysInWords() {
        assertThat(LanesViewModel.hms(90_061)).isEqualTo("1 d 1:01:01");
        Messages.setLocale(UiLanguage.ENGLISH.locale());
        assertThat(LanesViewModel.hms(90_061)).isEqualTo("1 d 1:01:01");
        assertThat(SliderRange.format(null, 12.5)).isEqualTo("12.5");
        assertThat(SliderRange.format(LaneParam.FAILURE_RATE, 0.2)).isEqualTo("20%");
    }
}
