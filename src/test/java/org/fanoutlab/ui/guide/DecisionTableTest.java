package org.fanoutlab.ui.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class DecisionTableTest {
    private static final Set<String> LAB_PRESETS =
            Set.of("regular-push", "regular-pull", "celebrity-pull", "celebrity-hybrid");

    @ParameterizedTest(name = "{0}, {1}, {2}, {3} -> {4}")
    @CsvSource({
            // receivers that cannot keep up never get plain push
            "SUB_SECOND,         FEW,           UNEVEN,   OFTEN,  QUEUE_BACKED_PULL, regular-pull",
            "SECONDS_TO_MINUTES, SOME_MILLIONS, UNEVEN,   RARELY, QUEUE_BACKED_PULL, regular-pull",
            "MINUTES_TO_HOURS,   FEW,           UNEVEN,   OFTEN,  PULL,              regular-pull",
            // many senders, one receiver: the receiver sets the pace
            "SUB_SECOND,         MANY_TO_ONE,   KEEPS_UP, OFTEN,  QUEUE_BACKED_PULL, regular-pull",
            "SECONDS_TO_MINUTES, MANY_TO_ONE,   KEEPS_UP, RARELY, PULL,              regular-pull",
            // huge audiences: hybrid, unless nobody is in a hurry and little changes
            "SUB_SECOND,         SOME_MILLIONS, KEEPS_UP, OFTEN,  HYBRID,            celebrity-hybrid",
            "SECONDS_TO_MINUTES, SOME_MILLIONS, KEEPS_UP, RARELY, HYBRID,            celebrity-hybrid",
            "MINUTES_TO_HOURS,   SOME_MILLIONS, KEEPS_UP, OFTEN,  HYBRID,            celebrity-hybrid",
            "MINUTES_TO_HOURS,   SOME_MILLIONS, KEEPS_UP, RARELY, PULL,              celebrity-pull",
            // modest audiences
            "SUB_SECOND,         FEW,           KEEPS_UP, OFTEN,  PUSH,              regular-push",
            "SUB_SECOND,         FEW,           KEEPS_UP, RARELY, LONG_POLLING_OR_SSE, regular-push",
            "SECONDS_TO_MINUTES, FEW,           KEEPS_UP, OFTEN,  PUSH,              regular-push",
            "SECONDS_TO_MINUTES, FEW,           KEEPS_UP, RARELY, LONG_POLLING_OR_SSE, regular-push",
            "MINUTES_TO_HOURS,   FEW,           KEEPS_UP, OFTEN,  PULL,              regular-pull",
            "MINUTES_TO_HOURS,   FEW,           KEEPS_UP, RARELY, PULL,              regular-pull",
    })
    void answersLeadToTheExpectedApproachAndPreset(Freshness f, FanOut o, Pace p, ChangeRate c,
                                                    Approach expected, String preset) {
        Recommendation r = DecisionTable.decide(new Answers(f, o, p, c));
        assertThat(r.approach()).isEqualTo(expected);
        assertThat(r.preset()).isEqualTo(preset);
    }

    static Stream<Arguments> everyCombination() {
        List<Arguments> all = new ArrayList<>();
        for (Freshness f : Freshness.values()) {
            for (FanOut o : FanOut.values()) {
                for (Pace p : Pace.values()) {
                    for (ChangeRate c : ChangeRate.values()) {
                        all.add(Arguments.of(new Answers(f, o, p, c)));
                    }
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("everyCombination")
    void everyCombinationIsExplainedInTwoSentencesWithAPresetTheLabHas(Answers a) {
        Recommendation r = DecisionTable.decide(a);
        assertThat(r.why().split("(?<=\\.) (?=[A-Z])")).hasSize(2);
        assertThat(r.why()).endsWith(".");
        assertThat(LAB_PRESETS).contains(r.preset());
        // approaches the lab cannot run exactly must say what the preset stands in for
        boolean approximate = r.approach() == Approach.QUEUE_BACKED_PULL
                || r.approach() == Approach.LONG_POLLING_OR_SSE;
        assertThat(r.presetNote().isEmpty()).isEqualTo(!approximate);
    }
}
