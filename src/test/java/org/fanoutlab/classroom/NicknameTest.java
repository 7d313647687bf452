package org.fanoutlab.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NicknameTest {

    @Test
    void whiteSpaceIsTidiedAndAnEmptyNameIsNoName() {
        assertThat(Nickname.clean("  Ann \t  Lee \n")).isEqualTo("Ann Lee");
        assertThat(Nickname.clean("   ")).isNull();
        assertThat(Nickname.clean(null)).isNull();
    }

    @Test
    void controlAndDirectionCharactersAreRemoved() {
        // U+202E would make "evil\u202Egnp.exe" display reversed; NUL and ESC have no business in a name.
        assertThat(Nickname.clean("evil\u202Egnp\u0000\u001b[31m")).isEqualTo("evilgnp[31m");
        assertThat(Nickname.clean("\u200Bzero\u200Dwidth")).isEqualTo("zerowidth");
    }

    @Test
    void markupIsKeptAsTypedForTheViewsToEscape() {
        assertThat(Nickname.clean("<img src=x onerror=alert(1)>")).isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(Nickname.clean("Zoë 🚀")).isEqualTo("Zoë 🚀");
    }

    @Test
    void aNameOverThirtyCharactersIsRefused() {
        assertThat(Nickname.clean("x".repeat(30))).hasSize(30);
        assertThat(Nickname.clean("🚀".repeat(30))).as("counted in characters, not UTF-16 units").hasSize(60);
        assertThatThrownBy(() -> Nickname.clean("x".repeat(31))).isInstanceOf(RoomRefusal.class)
                .hasMessage("name: at most 30 characters, was 31");
    }
}
