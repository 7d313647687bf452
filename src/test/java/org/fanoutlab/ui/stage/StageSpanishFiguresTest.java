package org.fanoutlab.ui.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.fanoutlab.ui.common.Messages;
import org.fanoutlab.ui.common.UiLanguage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The stage's clock and hover figures in Spanish: decimal comma, grouping point; the machine's locale plays no part. */
class StageSpanishFiguresTest {
    private Locale jvmDefault;

    @BeforeEach
    void spanish() {
        jvmDefault = Locale.getDefault();
        Locale.setDefault(Locale.US);
        Messages.setLocale(UiLanguage.SPANISH.locale());
    }

    @AfterEach
    void back() {
        Messages.setLocale(UiLanguage.ENGLISH.locale());
        Locale.setDefault(jvmDefault);
    }

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
