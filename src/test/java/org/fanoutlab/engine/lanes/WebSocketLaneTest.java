package org.fanoutlab.engine.lanes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.fanoutlab.engine.lanes.LaneParam.CLIENT_MESSAGES_PER_MINUTE;
import static org.fanoutlab.engine.lanes.LaneParam.DROPS_PER_HOUR;
import static org.fanoutlab.engine.lanes.LaneParam.RECONNECT_DELAY_SECONDS;
import static org.fanoutlab.engine.lanes.LaneParam.ROUND_TRIP_SECONDS;
import static org.fanoutlab.engine.lanes.Lanes.DAY;
import static org.fanoutlab.engine.lanes.Lanes.HOUR;
import static org.fanoutlab.engine.lanes.Lanes.hourly;
import static org.fanoutlab.engine.lanes.Lanes.lane;
import static org.fanoutlab.engine.lanes.Lanes.runOne;
import static org.fanoutlab.engine.lanes.Lanes.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.fanoutlab.engine.LanesSimulation;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.engine.Schedule;
import org.junit.jupiter.api.Test;

/**
 * The WebSocket lane: hand-derived figures at small sizes, a brute-force reference rebuilt from the run's own
 * drop and reconnect instants, and properties (no delivery beats one trip; no count exceeds what was sent).
 */
class WebSocketLaneTest {
    /** The seed every CI build draws property cases from (as in the engine's properties). */
    private static final String SEED = "20251126";

    @Test
    void withoutDropsOneConnectionCarriesEveryPostDownAndEveryClientMessageUp() {
        // Posts at 1800 + 3600k (24 in a day), each 0.1 s later at the client. The client writes 6 messages a
        // minute at 5 + 10j s: j = 0..8639, so 8,640 messages, all on the one connection opened at 0.
        LaneMetrics ws = runOne(hourly(DAY, lane(LaneType.WEBSOCKET, ROUND_TRIP_SECONDS, 0.1,
                CLIENT_MESSAGES_PER_MINUTE, 6, DROPS_PER_HOUR, 0)));

        assertThat(ws.requests()).isEqualTo(1);
        assertThat(ws.openConnections()).isEqualTo(1);
        assertThat(ws.openConnectionsMax()).isEqualTo(1);
        assertThat(ws.deliveries()).isEqualTo(24);
        assertThat(ws.latency().mean()).isCloseTo(0.1, within(1e-9));
        assertThat(ws.latency().p50()).isCloseTo(0.1, within(1e-9));
        assertThat(ws.latency().max()).isCloseTo(0.1, within(1e-9));
        assertThat(ws.clientMessages()).isEqualTo(8_640);
        assertThat(ws.emptyAnswers() + ws.replays() + ws.drops() + ws.lagNow()).isZero();
    }

    @Test
    void besideItTheSseLaneDeliversTheSameWayButCarriesNothingUp() {
        List<LaneMetrics> m = LanesSimulation.run(hourly(DAY,
                lane(LaneType.SERVER_PUSH, ROUND_TRIP_SECONDS, 0.1, DROPS_PER_HOUR, 0),
                lane(LaneType.WEBSOCKET, ROUND_TRIP_SECONDS, 0.1, CLIENT_MESSAGES_PER_MINUTE, 6, DROPS_PER_HOUR, 0)));

        assertThat(m.get(0).latency()).isEqualTo(m.get(1).latency());
        assertThat(m.get(0).requests()).isEqualTo(m.get(1).requests()).isEqualTo(1);
        assertThat(m.get(0).clientMessages()).isZero();
        assertThat(m.get(1).clientMessages()).isEqualTo(8_640);
    }

    @Test
    void aClientThatSendsNothingIsAServerPushLane() {
        // Same seed, same drop stream: with no client messages the two models are one.
        Scenario sse = scenario(DAY, 120, Schedule.POISSON, 7,
                lane(LaneType.SERVER_PUSH, DROPS_PER_HOUR, 12, RECONNECT_DELAY_SECONDS, 20));
        Scenario ws = scenario(DAY, 120, Schedule.POISSON, 7,
                lane(LaneType.WEBSOCKET, DROPS_PER_HOUR, 12, RECONNECT_DELAY_SECONDS, 20, CLIENT_MESSAGES_PER_MINUTE, 0));

        LaneMetrics a = runOne(sse);
        LaneMetrics b = runOne(ws);
        assertThat(b.replays()).isPositive();
        assertThat(b).usingRecursiveComparison().ignoringFields("name", "type").isEqualTo(a);
    }

    @Test
    void clientMessagesDueWhileDisconnectedGoUpOnReconnect() {
        // Brute force on a day with frequent drops: the reference is rebuilt from the lane's own drop and
        // reconnect instants only.
        Reference r = Reference.of(scenario(DAY, 360, Schedule.POISSON, 11, lane(LaneType.WEBSOCKET,
                ROUND_TRIP_SECONDS, 0.25, CLIENT_MESSAGES_PER_MINUTE, 2, DROPS_PER_HOUR, 30, RECONNECT_DELAY_SECONDS, 15)));

        assertThat(r.drops.size()).isGreaterThan(500);
        r.check();
    }

    @Test
    void aLiveRateChangeKeepsTheScheduledMessageThenSpacesTheNewWay() {
        // 1 a minute: sends at 30, 90, 150 … At 100 s the rate becomes 6 a minute: the send at 150 stays,
        // then every 10 s: 160, 170, … 590 → by 600 s: 30, 90, 150 and 44 more = 47.
        LanesSimulation sim = new LanesSimulation(hourly(HOUR, lane(LaneType.WEBSOCKET, CLIENT_MESSAGES_PER_MINUTE, 1,
                DROPS_PER_HOUR, 0)));
        sim.advanceTo(100);
        assertThat(sim.metrics(0).clientMessages()).isEqualTo(2);
        sim.setParameter(0, CLIENT_MESSAGES_PER_MINUTE, 6);
        assertThat(sim.nextEventTime()).isEqualTo(150.0);
        sim.advanceTo(600);
        assertThat(sim.metrics(0).clientMessages()).isEqualTo(47);
        sim.setParameter(0, CLIENT_MESSAGES_PER_MINUTE, 0);
        sim.advanceTo(HOUR);
        assertThat(sim.metrics(0).clientMessages()).isEqualTo(48);
    }

    @Test
    void aCopyAdvancesExactlyAsTheOriginal() {
        Scenario s = scenario(6 * HOUR, 240, Schedule.POISSON, 3, lane(LaneType.WEBSOCKET, DROPS_PER_HOUR, 20,
                RECONNECT_DELAY_SECONDS, 30, CLIENT_MESSAGES_PER_MINUTE, 12));
        LanesSimulation a = new LanesSimulation(s);
        a.advanceTo(2 * HOUR + 17);
        LanesSimulation b = a.copy();
        a.advanceTo(s.durationSeconds());
        b.advanceTo(s.durationSeconds());

        assertThat(b.metrics()).isEqualTo(a.metrics());
        assertThat(runOne(s)).isEqualTo(a.metrics().get(0));
    }

    @Property(tries = 40, seed = SEED)
    void noDeliveryBeatsOneTripAndNoCountExceedsWhatWasSent(
            @ForAll @DoubleRange(min = 0, max = 600) double postsPerHour,
            @ForAll @DoubleRange(min = 0.001, max = 5) @net.jqwik.api.constraints.Scale(3) double roundTrip,
            @ForAll @DoubleRange(min = 0, max = 120) double clientPerMinute,
            @ForAll @DoubleRange(min = 0, max = 120) double dropsPerHour,
            @ForAll @DoubleRange(min = 0, max = 120) double reconnect,
            @ForAll @IntRange(min = 60, max = 14_400) int duration,
            @ForAll @LongRange(min = 0, max = 1_000) long seed) {
        Scenario s = scenario(duration, postsPerHour, seed % 2 == 0 ? Schedule.POISSON : Schedule.UNIFORM, seed,
                lane(LaneType.WEBSOCKET, ROUND_TRIP_SECONDS, roundTrip, CLIENT_MESSAGES_PER_MINUTE, clientPerMinute,
                        DROPS_PER_HOUR, dropsPerHour, RECONNECT_DELAY_SECONDS, reconnect));
        Reference r = Reference.of(s);
        LaneMetrics m = r.metrics;

        r.deliveredAt.forEach((seq, at) -> assertThat(at - r.posts.get(seq.intValue()))
                .as("post %d", seq).isGreaterThanOrEqualTo(roundTrip - 1e-9));
        if (m.deliveries() > 0) {
            assertThat(m.latency().mean()).isBetween(roundTrip - 1e-9, m.latency().max() + 1e-9);
        }
        assertThat(m.deliveries() + m.lagNow()).isEqualTo(r.posts.size());
        assertThat(m.replays()).isLessThanOrEqualTo(m.deliveries());
        long madeByClient = clientPerMinute <= 0 ? 0 : (long) Math.ceil(duration * clientPerMinute / 60 - 0.5);
        assertThat(m.clientMessages()).isBetween(0L, madeByClient);
        assertThat(m.requests()).isEqualTo(1 + r.reconnects.size());
        assertThat(m.openConnectionsMax()).isEqualTo(1);
        r.check();
    }

    /**
     * Everything the lane did, read back from its event stream, and the same figures rebuilt by brute force from
     * the posts, the client's grid and the lane's drop/reconnect instants.
     */
    private static final class Reference {
        final Scenario scenario;
        final LaneMetrics metrics;
        final List<Double> posts = new ArrayList<>();
        final List<Double> drops = new ArrayList<>();
        final List<Double> reconnects = new ArrayList<>();
        final Map<Long, Double> deliveredAt = new HashMap<>();
        final List<double[]> upstream = new ArrayList<>();

        private Reference(Scenario scenario, LanesSimulation sim) {
            this.scenario = scenario;
            sim.drainEvents((kind, t, lane, post, count) -> {
                switch (kind) {
                    case POST -> posts.add(t);
                    case DISCONNECTED -> drops.add(t);
                    case RECONNECTED -> reconnects.add(t);
                    case DELIVERED -> assertThat(deliveredAt.put(post, t)).as("post %d delivered twice", post).isNull();
                    case UPSTREAM -> upstream.add(new double[] {t, count});
                    default -> { }
                }
            });
            assertThat(sim.droppedEvents()).isZero();
            this.metrics = sim.metrics().get(0);
        }

        static Reference of(Scenario s) {
            LanesSimulation sim = new LanesSimulation(s, 200_000);
            sim.advanceTo(s.durationSeconds());
            return new Reference(s, sim);
        }

        /** The end of the outage that {@code t} falls in, or NaN when the link is up at {@code t}. */
        private double downUntil(double t) {
            for (int i = 0; i < drops.size(); i++) {
                double d = drops.get(i);
                double r = i < reconnects.size() ? reconnects.get(i) : Double.POSITIVE_INFINITY;
                // At a drop's very instant a post or a client message comes first, so it is still in time; at the
                // reconnect's instant it comes first too, while the link is still down, and waits for it.
                if (t > d && t <= r) {
                    return r;
                }
            }
            return Double.NaN;
        }

        void check() {
            LaneSpec spec = scenario.lanes().get(0);
            double rtt = spec.get(ROUND_TRIP_SECONDS);
            double duration = scenario.durationSeconds();
            assertThat(reconnects.size()).isBetween(drops.size() - 1, drops.size());
            for (int i = 0; i < reconnects.size(); i++) {
                assertThat(reconnects.get(i)).isEqualTo(drops.get(i) + spec.get(RECONNECT_DELAY_SECONDS),
                        within(1e-6));
            }
            // Posts: one trip after they are made, or one trip after the reconnect that ends their outage.
            long delivered = 0;
            long replayed = 0;
            double sum = 0;
            double previous = -1;
            for (int seq = 0; seq < posts.size(); seq++) {
                double p = posts.get(seq);
                double up = downUntil(p);
                Double got = deliveredAt.get((long) seq);
                if (Double.isInfinite(up)) {
                    assertThat(got).as("post %d during the last outage", seq).isNull();
                    continue;
                }
                double expected = (Double.isNaN(up) ? p : up) + rtt;
                replayed += Double.isNaN(up) ? 0 : 1;
                assertThat(got).as("post %d", seq).isNotNull();
                assertThat(got).as("post %d", seq).isCloseTo(expected, within(1e-9));
                assertThat(got).as("posts arrive in order").isGreaterThanOrEqualTo(previous);
                previous = got;
                delivered++;
                sum += got - p;
            }
            assertThat(metrics.deliveries()).isEqualTo(delivered);
            assertThat(metrics.replays()).isEqualTo(replayed);
            if (delivered > 0) {
                assertThat(metrics.latency().mean()).isCloseTo(sum / delivered, within(1e-9));
            }
            // Client messages: on the grid when the link is up, else all at once at the reconnect.
            double rate = spec.get(CLIENT_MESSAGES_PER_MINUTE);
            Map<Double, Long> expectedUp = new HashMap<>();
            long sent = 0;
            for (long k = 0; rate > 0; k++) {
                double g = (k + 0.5) * (60.0 / rate); // the lane's own grid arithmetic, to the last bit
                if (g >= duration) {
                    break;
                }
                double up = downUntil(g);
                if (Double.isInfinite(up)) {
                    continue;
                }
                expectedUp.merge(Double.isNaN(up) ? g : up, 1L, Long::sum);
                sent++;
            }
            Map<Double, Long> actualUp = new HashMap<>();
            for (double[] u : upstream) {
                actualUp.merge(u[0], (long) u[1], Long::sum);
            }
            assertThat(actualUp).isEqualTo(expectedUp);
            assertThat(metrics.clientMessages()).isEqualTo(sent);
        }
    }
}
