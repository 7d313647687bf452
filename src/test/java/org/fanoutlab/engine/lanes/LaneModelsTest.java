package org.fanoutlab.engine.lanes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.fanoutlab.engine.lanes.LaneParam.*;
import static org.fanoutlab.engine.lanes.Lanes.DAY;
import static org.fanoutlab.engine.lanes.Lanes.HOUR;
import static org.fanoutlab.engine.lanes.Lanes.hourly;
import static org.fanoutlab.engine.lanes.Lanes.lane;
import static org.fanoutlab.engine.lanes.Lanes.runOne;
import static org.fanoutlab.engine.lanes.Lanes.scenario;

import java.util.ArrayList;
import java.util.List;
import org.fanoutlab.engine.LanesSimulation;
import org.fanoutlab.engine.Schedule;
import org.junit.jupiter.api.Test;

/** Hand-derived figures for each delivery style; the derivation is in each test's comment. */
class LaneModelsTest {

    @Test
    void shortPollEvery30sWithHourlyPostsForADaySends2880RequestsOf2856Empty() {
        // Polls at 15 + 30j for j = 0..2879; posts at 1800 + 3600k for k = 0..23, each picked up by the poll 15 s
        // later, whose answer arrives one 0.1 s round trip after it: 15.1 s.
        LaneMetrics m = runOne(hourly(DAY, lane(LaneType.SHORT_POLL, INTERVAL_SECONDS, 30)));

        assertThat(m.requests()).isEqualTo(2_880);
        assertThat(m.emptyAnswers()).isEqualTo(2_856);
        assertThat(m.deliveries()).isEqualTo(24);
        assertThat(m.latency().mean()).isCloseTo(15.1, within(1e-3));
        assertThat(m.latency().max()).isCloseTo(15.1, within(1e-3));
        assertThat(m.openConnectionsMax()).isZero();
        assertThat(m.drops() + m.duplicates() + m.retries() + m.givenUp() + m.replays() + m.reissues()).isZero();
    }

    @Test
    void longPollWithA30sHoldSendsAbout120RequestsAnHourButDeliversInOneRoundTrip() {
        // A cycle is a 30 s hold plus a 0.1 s round trip: 3600 / 30.1 ≈ 119.6 requests an hour, all but the
        // one carrying the hourly post ending in a timeout; the post answers a held request at once.
        LaneMetrics m = runOne(hourly(DAY, lane(LaneType.LONG_POLL, HOLD_SECONDS, 30, ROUND_TRIP_SECONDS, 0.1)));

        double perHour = m.requests() / 24.0;
        assertThat(perHour).isBetween(119.0, 121.0);
        assertThat(m.deliveries()).isEqualTo(24);
        assertThat(m.emptyAnswers()).isBetween(m.requests() - 25, m.requests() - 23);
        assertThat(m.latency().p50()).isCloseTo(0.1, within(1e-3));
        assertThat(m.latency().max()).isLessThanOrEqualTo(0.2 + 1e-6);
        assertThat(m.openConnectionsMax()).isEqualTo(1);
    }

    @Test
    void longPollAnswersAPostInTheGapWhenTheNextRequestArrives() {
        // Hold 1799.95 s: the first request times out at 1799.95 and the next is held from 1800.05, so the post
        // at 1800 waits 0.05 s for it and arrives one round trip later: 0.15 s.
        LaneMetrics m = runOne(hourly(1_801, lane(LaneType.LONG_POLL, HOLD_SECONDS, 1_799.95, ROUND_TRIP_SECONDS, 0.1)));

        assertThat(m.deliveries()).isEqualTo(1);
        assertThat(m.latency().max()).isCloseTo(0.15, within(1e-4));
        // held at 0 (timed out), at 1800.05 (answered at once), at 1800.15 (still held at the end)
        assertThat(m.requests()).isEqualTo(3);
        assertThat(m.emptyAnswers()).isEqualTo(1);
    }

    @Test
    void serverPushWithoutDropsDeliversEveryPostInOneRoundTripOverOneConnection() {
        LaneMetrics m = runOne(hourly(DAY,
                lane(LaneType.SERVER_PUSH, ROUND_TRIP_SECONDS, 0.1, DROPS_PER_HOUR, 0, RECONNECT_DELAY_SECONDS, 3)));

        assertThat(m.requests()).isEqualTo(1);
        assertThat(m.deliveries()).isEqualTo(24);
        assertThat(m.latency().max()).isCloseTo(0.1, within(1e-4));
        assertThat(m.openConnections()).isEqualTo(1);
        assertThat(m.emptyAnswers()).isZero();
        assertThat(m.replays()).isZero();
    }

    @Test
    void serverPushReplaysThePostsMadeWhileDisconnected() {
        // 60 drops an hour (mean 60 s connected) and 10 s to reconnect: the link is down 10 / 70 of the time,
        // so about 1/7 of one-a-second posts are replayed, each waiting on average 5 s for the reconnect.
        LaneMetrics m = runOne(scenario(DAY, 3_600, Schedule.UNIFORM, 42,
                lane(LaneType.SERVER_PUSH, ROUND_TRIP_SECONDS, 0.1, DROPS_PER_HOUR, 60, RECONNECT_DELAY_SECONDS, 10)));

        assertThat(m.deliveries()).isEqualTo(86_400 - m.lagNow());
        assertThat((double) m.replays() / 86_400).isCloseTo(1.0 / 7, within(0.01));
        // requests = first connect + one reconnect per drop; ≈ 24 h / 70 s ≈ 1234
        assertThat(m.requests()).isBetween(1_100L, 1_370L);
        assertThat(m.latency().max()).isLessThanOrEqualTo(10.1 + 1e-6);
        assertThat(m.latency().p50()).isCloseTo(0.1, within(1e-3));
        assertThat(m.openConnectionsMax()).isEqualTo(1);
    }

    @Test
    void webhookThatAlwaysFailsRetriesFourTimesThenGivesUp() {
        // maxAttempts 5: calls at p, p+30, p+90, p+210, p+450; every post is given up 450 s after it was made.
        LaneMetrics m = runOne(hourly(DAY, lane(LaneType.WEBHOOK, FAILURE_RATE, 1, ACK_LOSS_RATE, 0,
                RETRY_BASE_SECONDS, 30, MAX_ATTEMPTS, 5)));

        assertThat(m.requests()).isEqualTo(24 * 5);
        assertThat(m.retries()).isEqualTo(24 * 4);
        assertThat(m.givenUp()).isEqualTo(24);
        assertThat(m.deliveries()).isZero();
        assertThat(m.lagNow()).isZero();
    }

    @Test
    void webhookWhoseAcksAreAllLostDeliversOnceAndDuplicatesOnEveryRetry() {
        LaneMetrics m = runOne(hourly(DAY, lane(LaneType.WEBHOOK, FAILURE_RATE, 0, ACK_LOSS_RATE, 1,
                RETRY_BASE_SECONDS, 30, MAX_ATTEMPTS, 3, ROUND_TRIP_SECONDS, 0.2)));

        assertThat(m.deliveries()).isEqualTo(24);
        assertThat(m.duplicates()).isEqualTo(48);
        assertThat(m.retries()).isEqualTo(48);
        assertThat(m.givenUp()).isEqualTo(24);
        assertThat(m.latency().max()).isCloseTo(0.2, within(1e-4));
    }

    @Test
    void webhookFailingHalfTheTimeCostsAbout0Point94RetriesPerPostAndGivesUpOneIn32() {
        // Each call fails with p = 1/2: a post needs k calls with probability 2^-k (k ≤ 4) and is given up after
        // 5 failures with probability 2^-5. Expected retries per post = Σ_{k=1..4} 2^-k = 0.9375.
        int posts = 86_400;
        LaneMetrics m = runOne(scenario(DAY + 600, 3_600, Schedule.UNIFORM, 7, lane(LaneType.WEBHOOK,
                FAILURE_RATE, 0.5, ACK_LOSS_RATE, 0, RETRY_BASE_SECONDS, 1, MAX_ATTEMPTS, 5)));
        long made = posts + 600;

        assertThat((double) m.retries() / made).isCloseTo(0.9375, within(0.02));
        assertThat((double) m.givenUp() / made).isCloseTo(1.0 / 32, within(0.003));
        assertThat(m.deliveries() + m.givenUp() + m.lagNow()).isEqualTo(made);
        assertThat(m.duplicates()).isZero();
        assertThat(m.requests()).isEqualTo(made + m.retries());
    }

    @Test
    void queuePullSlowerThanTheProducerLagsLinearlyAndDropsNothing() {
        // One post a second, half a post a second processed: lag ≈ t / 2.
        double h = HOUR;
        LanesSimulation sim = new LanesSimulation(scenario(h, 3_600, Schedule.UNIFORM, 1,
                lane(LaneType.QUEUE_PULL, CONSUMER_CAPACITY_PER_SECOND, 0.5, BATCH_SIZE, 100, FETCH_WAIT_SECONDS, 0.5)));
        sim.advanceTo(h / 2);
        long lagHalf = sim.metrics(0).lagNow();
        sim.advanceTo(h);
        LaneMetrics m = sim.metrics(0);

        assertThat(lagHalf).isBetween(898L, 902L);
        assertThat(m.lagNow()).isBetween(1_798L, 1_802L);
        assertThat(m.lagMax()).isEqualTo(m.lagNow());
        assertThat(m.drops()).isZero();
        assertThat(m.deliveries() + m.lagNow()).isEqualTo(3_600);
        assertThat(m.deliveries()).isBetween(1_798L, 1_802L);
    }

    @Test
    void queuePullThatKeepsUpWaitsInHeldFetchesAndDeliversAfterOneProcessingStep() {
        // Idle consumer: a fetch every 0.5 s, each timing out, except the one the post answers; processing takes 1 s.
        LaneMetrics m = runOne(hourly(HOUR, lane(LaneType.QUEUE_PULL, CONSUMER_CAPACITY_PER_SECOND, 1,
                BATCH_SIZE, 500, FETCH_WAIT_SECONDS, 0.5)));

        assertThat(m.deliveries()).isEqualTo(1);
        assertThat(m.latency().max()).isCloseTo(1.0, within(1e-3));
        assertThat(m.lagMax()).isEqualTo(1);
        // 1800 s of 0.5 s timeouts, one answer, 1 s processing, then timeouts again: ≈ 7199 requests
        assertThat(m.requests()).isBetween(7_195L, 7_200L);
        assertThat(m.emptyAnswers()).isEqualTo(m.requests() - 2);
    }

    @Test
    void slowPushWithABufferOf10DropsWhatNeitherWasProcessedNorFits() {
        LaneMetrics m = runOne(scenario(HOUR, 3_600, Schedule.UNIFORM, 1, lane(LaneType.PUSH_TO_SLOW_CONSUMER,
                CONSUMER_CAPACITY_PER_SECOND, 0.5, BUFFER_SIZE, 10)));

        assertThat(m.lagNow()).isEqualTo(10);
        assertThat(m.drops()).isEqualTo(3_600 - m.deliveries() - 10);
        // Busy from 0.5 s on at 2 s an item: 1799 items done by 3600 s.
        assertThat(m.deliveries()).isEqualTo(1_799);
        assertThat(m.drops()).isEqualTo(1_791);
        assertThat(m.blockedSeconds()).isZero();
    }

    @Test
    void slowPushThatBlocksLosesNothingAndChargesTheProducerTheWait() {
        LaneMetrics m = runOne(scenario(HOUR, 3_600, Schedule.UNIFORM, 1, lane(LaneType.PUSH_TO_SLOW_CONSUMER,
                CONSUMER_CAPACITY_PER_SECOND, 0.5, BUFFER_SIZE, 10, null, OnFull.BLOCK)));

        assertThat(m.drops()).isZero();
        assertThat(m.deliveries() + m.lagNow()).isEqualTo(3_600);
        // The buffer is full from about t = 20 s; from then on the producer is never unblocked.
        assertThat(m.blockedSeconds()).isBetween(3_570.0, 3_590.0);
        assertThat(m.lagNow()).isBetween(1_795L, 1_805L);
    }

    @Test
    void idleReissuesEvery29MinutesAndDeliversInNotifyPlusFetch() {
        // floor(86400 / 1740) = 49 re-issues; each post costs one notify (0.05 s) and one fetch (0.2 s).
        LaneMetrics m = runOne(hourly(DAY, lane(LaneType.IDLE, NOTIFY_SECONDS, 0.05, FETCH_ROUND_TRIP_SECONDS, 0.2,
                REISSUE_SECONDS, 1_740, REISSUE_GAP_SECONDS, 0.2)));

        assertThat(m.reissues()).isEqualTo(49);
        assertThat(m.deliveries()).isEqualTo(24);
        assertThat(m.latency().max()).isCloseTo(0.25, within(1e-4));
        assertThat(m.emptyAnswers()).isZero();
        assertThat(m.openConnections()).isEqualTo(1);
        // first IDLE + per post (FETCH + IDLE) + per re-issue (IDLE), less one: the re-issue due at 52,200 s
        // (= 1800 + 14 × 3600 = 30 × 1740) falls on a post, so the IDLE after that fetch is the re-issue
        assertThat(m.requests()).isEqualTo(1 + 24 * 2 + 49 - 1);
    }

    @Test
    void idlePostDuringTheReissueGapWaitsForIt() {
        // Re-issue at 1798 s with a 5 s gap: the post at 1800 waits until 1803, then notify + fetch: 3.25 s.
        LaneMetrics m = runOne(hourly(1_900, lane(LaneType.IDLE, NOTIFY_SECONDS, 0.05, FETCH_ROUND_TRIP_SECONDS, 0.2,
                REISSUE_SECONDS, 1_798, REISSUE_GAP_SECONDS, 5)));

        assertThat(m.reissues()).isEqualTo(1);
        assertThat(m.latency().max()).isCloseTo(3.25, within(1e-4));
    }

    @Test
    void idleWithAGapLongerThanItsPeriodReissuesAtMostOncePerGapAndNeverGoesBackInTime() {
        // Re-issue every 1 s with a 5 s pause, over 60 s and no mail: a re-issue can only start when the previous
        // pause is over, so at 1, 6, 11, …, 56: 12 (the engine used to make 55, with events out of time order).
        LanesSimulation sim = new LanesSimulation(scenario(60, 0, Schedule.UNIFORM, 1, lane(LaneType.IDLE,
                REISSUE_SECONDS, 1, REISSUE_GAP_SECONDS, 5)), 10_000);
        List<Double> times = new ArrayList<>();
        List<Double> reissues = new ArrayList<>();
        sim.advanceTo(60);
        sim.drainEvents((kind, t, l, post, count) -> {
            times.add(t);
            if (kind == LaneEventKind.REISSUE) {
                reissues.add(t);
            }
        });

        assertThat(sim.metrics(0).reissues()).isEqualTo(12);
        assertThat(reissues).containsExactly(1.0, 6.0, 11.0, 16.0, 21.0, 26.0, 31.0, 36.0, 41.0, 46.0, 51.0, 56.0);
        assertThat(times).isSorted();
    }

    @Test
    void idleFetchHandsOverOnlyThePostsThatArrivedBeforeItWasSent() {
        // Posts at 0.05, 0.15, 0.25 s. The first notice arrives at 0.10 and the FETCH sent then comes back at 0.30
        // with the first post only (0.25 s). Back in IDLE at 0.30, the server notices the other two at once: FETCH
        // at 0.35, back at 0.55 → 0.40 s and 0.30 s. No delivery beats one notice plus one round trip.
        LanesSimulation sim = new LanesSimulation(scenario(1, 36_000, Schedule.UNIFORM, 1, lane(LaneType.IDLE,
                NOTIFY_SECONDS, 0.05, FETCH_ROUND_TRIP_SECONDS, 0.2)));
        sim.advanceTo(0.26);
        sim.setPostsPerHour(0);
        sim.advanceTo(1);
        LaneMetrics m = sim.metrics(0);

        assertThat(m.deliveries()).isEqualTo(3);
        assertThat(m.latency().p50()).isCloseTo(0.30, within(1e-9));
        assertThat(m.latency().max()).isCloseTo(0.40, within(1e-9));
        assertThat(m.latency().mean()).isCloseTo((0.25 + 0.40 + 0.30) / 3, within(1e-9));
        assertThat(m.requests()).isEqualTo(5); // IDLE, FETCH, IDLE, FETCH, IDLE
    }

    @Test
    void aWebhookPostThatArrivedIsNotLagEvenWhenEveryAcknowledgementIsLost() {
        // Every call arrives, every acknowledgement is lost: 3 calls, 1 delivery, 2 duplicates, given up — but the
        // post did arrive, so it is not waiting (ADR 0007: lag is neither delivered, dropped nor given up).
        LanesSimulation sim = new LanesSimulation(scenario(3_600, 1, Schedule.UNIFORM, 1, lane(LaneType.WEBHOOK,
                FAILURE_RATE, 0, ACK_LOSS_RATE, 1, MAX_ATTEMPTS, 3, RETRY_BASE_SECONDS, 10)));
        sim.advanceTo(1_801);
        assertThat(sim.metrics(0).lagNow()).isZero();
        sim.advanceTo(3_600);
        LaneMetrics m = sim.metrics(0);

        assertThat(m.deliveries()).isEqualTo(1);
        assertThat(m.duplicates()).isEqualTo(2);
        assertThat(m.givenUp()).isEqualTo(1);
        assertThat(m.lagNow()).isZero();
        assertThat(m.lagMax()).isEqualTo(1);
    }

    @Test
    void shortPollingPaysTheSameRoundTripAsTheOtherLanes() {
        // Polls every 0.1 s and a 0.1 s round trip, like the server-push lane beside it: no delivery is faster
        // than one round trip (short polling used to show 0.045 s against 0.100 s).
        java.util.List<LaneMetrics> m = LanesSimulation.run(scenario(3_600, 3_600, Schedule.POISSON, 3,
                lane(LaneType.SHORT_POLL, INTERVAL_SECONDS, 0.1, ROUND_TRIP_SECONDS, 0.1),
                new LaneSpec("push", LaneType.SERVER_PUSH, java.util.Map.of(LaneParam.ROUND_TRIP_SECONDS, 0.1,
                        LaneParam.DROPS_PER_HOUR, 0.0), OnFull.DROP)));

        assertThat(m.get(1).latency().p50()).isCloseTo(0.1, within(1e-9));
        assertThat(m.get(1).latency().max()).isCloseTo(0.1, within(1e-9));
        assertThat(m.get(0).latency().mean()).isCloseTo(0.15, within(0.01));
        assertThat(m.get(0).latency().max()).isLessThanOrEqualTo(0.2 + 1e-9);
    }
}
