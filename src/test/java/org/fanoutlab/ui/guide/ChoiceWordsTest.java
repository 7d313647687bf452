package org.fanoutlab.ui.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every answer the guide offers finds its label and explanation in each language, by the key its name gives. */
class ChoiceWordsTest {

    private static Stream<Choice> everyChoice() {
        return Stream.of(Freshness.values(), FanOut.values(), Pace.values(), ChangeRate.values()).flatMap(Stream::of);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void everyAnswerHasItsWords(String language) {
        ResourceBundle words = ResourceBundle.getBundle("org.fanoutlab.ui.guide.messages", Locale.forLanguageTag(language));
        everyChoice().forEach(c -> {
            assertThat(words.containsKey(c.key())).as(c.key()).isTrue();
            assertThat(words.containsKey(c.key() + ".explain")).as(c.key() + ".explain").isTrue();
        });
    }

    @Test
    void keysFollowTheQuestionAndAnswerNames() {
        assertThat(FanOut.SOME_MILLIONS.key()).isEqualTo("guide.fanOut.someMillions");
        assertThat(Freshness.SUB_SECOND.key()).isEqualTo("guide.freshness.subSecond");
        assertThat(ChangeRate.RARELY.key()).isEqualTo("guide.changeRate.rarely");
    }
}
