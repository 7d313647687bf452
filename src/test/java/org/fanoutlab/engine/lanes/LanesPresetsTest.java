package org.fanoutlab.engine.lanes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.fanoutlab.content.scenario.ScenarioReader;
import org.fanoutlab.engine.LanesSimulation;
import org.junit.jupiter.api.Test;

/** The lanes presets show what their descriptions claim (the figures quoted there are pinned here). */
class LanesPresetsTest {
    private static List<LaneMetrics> run(String preset) throws Exception {
        return LanesSimulation.run(ScenarioReader.read(Path.of("lessons", "scenarios", preset + ".json")));
    }

    @Test
    void kafkaConsumersTheSlowPullerLagsWhileTheSlowPushedToConsumerDrops() throws Exception {
        List<LaneMetrics> m = run("lanes-kafka-consumers");
        LaneMetrics pull = m.get(0);
        LaneMetrics push = m.get(1);
        LaneMetrics fast = m.get(2);

        assertThat(pull.drops()).isZero();
        assertThat(pull.lagNow()).isEqualTo(721);
        assertThat(pull.deliveries() + pull.lagNow()).isEqualTo(3_600);
        assertThat(push.drops()).isEqualTo(671);
        assertThat(push.drops()).isEqualTo(3_600 - push.deliveries() - 50);
        assertThat(fast.lagNow()).isZero();
        assertThat(fast.latency().max()).isCloseTo(0.05, within(1e-9));
    }

    @Test
    void restPollingLongPollingSavesLatencyAndALongerHoldSavesRequests() throws Exception {
        List<LaneMetrics> m = run("lanes-rest-polling");

        assertThat(m.get(0).requests()).isEqualTo(2_880);
        assertThat(m.get(0).emptyAnswers()).isEqualTo(2_856);
        assertThat(m.get(0).latency().mean()).isCloseTo(15.1, within(1e-9));
        assertThat(m.get(1).requests()).isEqualTo(2_880);
        assertThat(m.get(1).latency().mean()).isCloseTo(0.1, within(1e-9));
        assertThat(m.get(2).requests()).isEqualTo(288);
    }

    @Test
    void webhooksEveryRetryIsAnotherCallAndFlakyReceiversGetDuplicates() throws Exception {
        List<LaneMetrics> m = run("lanes-webhooks");
        LaneMetrics healthy = m.get(0);
        LaneMetrics flaky = m.get(1);
        LaneMetrics down = m.get(2);

        assertThat(healthy.requests()).isEqualTo(1_425);
        assertThat(flaky.requests()).isEqualTo(2_082);
        assertThat(flaky.retries()).isEqualTo(683);
        assertThat(flaky.duplicates()).isEqualTo(73);
        assertThat(down.givenUp()).isEqualTo(856);
        assertThat(down.retries()).isEqualTo(4_390);
        assertThat(down.latency().max()).isCloseTo(450.2, within(1e-6));
    }

    @Test
    void imapIdleReissues49TimesADayAndNeverAnswersEmpty() throws Exception {
        List<LaneMetrics> m = run("lanes-imap-idle");

        assertThat(m.get(0).reissues()).isEqualTo(49);
        assertThat(m.get(0).emptyAnswers()).isZero();
        assertThat(m.get(0).latency().max()).isCloseTo(0.25, within(1e-9));
        assertThat(m.get(1).requests()).isEqualTo(288);
        assertThat(m.get(1).emptyAnswers()).isEqualTo(187);
    }

    @Test
    void pushNotificationsReplayWhatADroppedConnectionMissed() throws Exception {
        List<LaneMetrics> m = run("lanes-push-notifications");

        assertThat(m.get(0).replays()).isEqualTo(4);
        assertThat(m.get(0).latency().p50()).isCloseTo(0.3, within(1e-9));
        assertThat(m.get(0).latency().max()).isLessThan(60.3);
        assertThat(m.get(1).requests()).isEqualTo(96);
        assertThat(m.get(1).emptyAnswers()).isEqualTo(51);
    }

    @Test
    void sseStreamsWhileThePollingPageAnswers600Empty() throws Exception {
        List<LaneMetrics> m = run("lanes-sse");

        assertThat(m.get(0).emptyAnswers()).isZero();
        assertThat(m.get(0).latency().p50()).isCloseTo(0.1, within(1e-9));
        assertThat(m.get(1).requests()).isEqualTo(720);
        assertThat(m.get(1).emptyAnswers()).isEqualTo(600);
    }

    @Test
    void websocketChatCarriesTheClientsMessagesUpWithoutRequestsOfTheirOwn() throws Exception {
        List<LaneMetrics> m = run("lanes-websocket-chat");

        // 4 a minute for an hour, on the grid 7.5 + 15j s: 240, all on the connection (open or reopened)
        assertThat(m.get(0).clientMessages()).isEqualTo(240);
        assertThat(m.get(0).requests()).isEqualTo(3);
        assertThat(m.get(0).deliveries()).isEqualTo(m.get(1).deliveries()).isEqualTo(123);
        assertThat(m.get(0).replays()).isEqualTo(1);
        assertThat(m.get(1).clientMessages()).isZero();
        assertThat(m.get(1).requests()).isEqualTo(4);
    }

    @Test
    void allLanesEveryStyleOnOneStream() throws Exception {
        List<LaneMetrics> m = run("lanes-all");

        assertThat(m).extracting(LaneMetrics::type).containsExactlyInAnyOrder(LaneType.values());
        assertThat(m.get(5).drops()).isZero();
        assertThat(m.get(5).lagNow()).isEqualTo(105);
        assertThat(m.get(6).drops()).isEqualTo(98);
        assertThat(m.get(4).reissues()).isEqualTo(12);
    }
}
