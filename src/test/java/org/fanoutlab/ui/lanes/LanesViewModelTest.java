package org.fanoutlab.ui.lanes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.fanoutlab.engine.Model;
import org.fanoutlab.engine.Producer;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.engine.Schedule;
import org.fanoutlab.engine.lanes.LaneEventKind;
import org.fanoutlab.engine.lanes.LaneMetrics;
import org.fanoutlab.engine.lanes.LaneParam;
import org.fanoutlab.engine.lanes.LaneSpec;
import org.fanoutlab.engine.lanes.LaneType;
import org.fanoutlab.engine.lanes.OnFull;
import org.fanoutlab.playback.LanesPlayback;
import org.fanoutlab.playback.LanesReplay;
import org.fanoutlab.playback.SnapshotBudget;
import org.junit.jupiter.api.Test;

/** The lanes view-model without the toolkit: a synchronous runner makes every frame deterministic. */
class LanesViewModelTest {
    private static final long SECOND = 1_000_000_000L;

    private static LaneSpec lane(String name, LaneType type, LaneParam p, double v) {
        Map<LaneParam, Double> m = new EnumMap<>(LaneParam.class);
        m.put(p, v);
        return new LaneSpec(name, type, m, OnFull.DROP);
    }

    private static Scenario scenario(double postsPerHour, double duration, LaneSpec... lanes) {
        return new Scenario("vm", "", Model.PULL, duration, 1, 1,
                List.of(new Producer("source", 1, postsPerHour, Schedule.UNIFORM)), 30, 1_000_000, 0, 800)
                .withLanes(List.of(lanes));
    }

    private static LanesViewModel vm(Scenario s) {
        return new LanesViewModel(new LanesPlayback(() -> new LanesReplay(s), Runnable::run,
                new SnapshotBudget(1 << 24, 1)));
    }

    /** Frames every quarter second (the most one frame may account for) until {@code seconds} of wall time. */
    private static long play(LanesViewModel vm, long startNanos, double seconds) {
        long t = startNanos;
        vm.frame(t);
        for (int i = 0; i < seconds * 4; i++) {
            t += SECOND / 4;
            vm.frame(t);
        }
        return t;
    }

    private static int tokens(LanesViewModel vm, int lane, LaneToken style) {
        TokenField f = vm.tokens();
        int n = 0;
        for (int i = 0; i < f.size(); i++) {
            if (f.lane(i) == lane && f.style(i) == style) {
                n++;
            }
        }
        return n;
    }

    @Test
    void framesAdvanceTheSimulationAtTheChosenSpeed() {
        LanesViewModel vm = vm(scenario(1, 3_600, lane("poll", LaneType.SHORT_POLL, LaneParam.INTERVAL_SECONDS, 30)));
        vm.setSpeed(100);
        vm.play();

        play(vm, 0, 1.0);

        assertThat(vm.simSecondsProperty().get()).isCloseTo(100.0, within(1e-9));
        // polls at 15, 45, 75: three requests, all empty
        assertThat(vm.rows().get(0).text(LaneRow.Figure.REQUESTS).getValue()).isEqualTo("3");
        assertThat(vm.rows().get(0).text(LaneRow.Figure.EMPTY_ANSWERS).getValue()).isEqualTo("3");
        assertThat(vm.clockTextProperty().get()).isEqualTo("0:01:40 of 1:00:00");
    }

    @Test
    void eachEventBecomesATokenOnItsLaneAndAPostOneOnEveryLane() {
        LanesViewModel vm = vm(scenario(3_600, 3_600,
                lane("poll", LaneType.SHORT_POLL, LaneParam.INTERVAL_SECONDS, 1),
                lane("push", LaneType.SERVER_PUSH, LaneParam.DROPS_PER_HOUR, 0)));
        vm.setSpeed(2);
        vm.play();
        long t = play(vm, 0, 0.25); // 0.5 simulated seconds: the poll at 0.5 is not reached yet, the post at 0.5 neither
        vm.frame(t + SECOND / 10); // 0.7 s: the post at 0.5 and the poll at 0.5 have happened

        assertThat(tokens(vm, 0, LaneToken.POST)).isEqualTo(1);
        assertThat(tokens(vm, 1, LaneToken.POST)).isEqualTo(1);
        assertThat(tokens(vm, 0, LaneToken.REQUEST)).isEqualTo(1);
        assertThat(tokens(vm, 0, LaneToken.DELIVERED)).isEqualTo(1);
        assertThat(tokens(vm, 1, LaneToken.DELIVERED)).isEqualTo(1);
        assertThat(vm.producerPulse()).isGreaterThan(0.5);
    }

    @Test
    void everyEngineEventKindHasADistinctLookingToken() {
        for (LaneEventKind k : LaneEventKind.values()) {
            assertThat(LaneToken.forEvent(k)).as(k.name()).isNotNull();
        }
        // colour is never the only signal: no two styles share both shape and colour
        for (LaneToken a : LaneToken.ALL) {
            for (LaneToken b : LaneToken.ALL) {
                if (a != b) {
                    assertThat(a.shape() == b.shape() && a.role() == b.role() && a.motion() == b.motion())
                            .as(a + " vs " + b).isFalse();
                }
            }
        }
    }

    @Test
    void tokensFadeAfterTheirLifeAndABusyLaneIsCapped() {
        TokenField f = new TokenField(1_000, 2);
        for (int i = 0; i < 100; i++) {
            f.add(0, LaneToken.POST, 0);
        }
        for (LaneToken s : LaneToken.ALL) {
            for (int i = 0; i < 100; i++) {
                f.add(0, s, 0);
            }
        }
        f.add(1, LaneToken.EMPTY, 0.5);

        // a flood of posts takes its own share only; the lane as a whole is capped
        assertThat(f.countIn(0)).isEqualTo(TokenField.PER_LANE);
        assertThat(f.countIn(1)).isEqualTo(1);
        int requests = 0;
        for (int i = 0; i < f.size(); i++) {
            requests += f.lane(i) == 0 && f.style(i) == LaneToken.REQUEST ? 1 : 0;
        }
        assertThat(requests).isEqualTo(TokenField.PER_STYLE);
        f.expire(TokenField.LIFE_SECONDS);
        assertThat(f.countIn(0)).isZero();
        assertThat(f.size()).isEqualTo(1); // the younger token on lane 1
        assertThat(f.add(0, LaneToken.POST, 1)).as("room again once the old ones expired").isTrue();
    }

    @Test
    void aControlChangesItsLanesParameterFromNowOn() {
        LanesViewModel vm = vm(scenario(1, 7_200, lane("poll", LaneType.SHORT_POLL, LaneParam.INTERVAL_SECONDS, 30)));
        vm.setSpeed(3_600);
        vm.play();
        long t = play(vm, 0, 1.0); // first hour: 120 polls
        vm.setParameter(0, LaneParam.INTERVAL_SECONDS, 300);
        play(vm, t, 1.0);

        assertThat(vm.controls(0).get(0).valueProperty().get()).isEqualTo(300);
        assertThat(vm.controls(0).get(0).textProperty().get()).isEqualTo("300 s");
        // 120 in the first hour, then 3615, 3915, …, 6915
        LaneMetrics m = vm.rows().get(0).metricsProperty().get();
        assertThat(m.requests()).isEqualTo(132);
        assertThat(vm.finishedProperty().get()).isTrue();
        assertThat(vm.playingProperty().get()).isFalse();
    }

    @Test
    void slidersMapToValuesInRangeAndWholeNumbersWhereCountsAreMeant() {
        LanesViewModel vm = vm(scenario(3_600, 600,
                lane("slow", LaneType.PUSH_TO_SLOW_CONSUMER, LaneParam.BUFFER_SIZE, 10)));
        ParamControl buffer = vm.controls(0).stream().filter(c -> c.param() == LaneParam.BUFFER_SIZE).findFirst()
                .orElseThrow();

        vm.setParameterPosition(0, LaneParam.BUFFER_SIZE, 0.5); // log scale 1..1000: √1000 ≈ 31.6 → 32
        assertThat(buffer.valueProperty().get()).isEqualTo(32);
        vm.setParameter(0, LaneParam.BUFFER_SIZE, 1e12);
        assertThat(buffer.valueProperty().get()).isEqualTo(LaneParam.BUFFER_SIZE.max());
        vm.setParameter(0, LaneParam.CONSUMER_CAPACITY_PER_SECOND, -3);
        assertThat(vm.controls(0).get(0).valueProperty().get()).isEqualTo(LaneParam.CONSUMER_CAPACITY_PER_SECOND.min());
        assertThat(buffer.position()).isEqualTo(1.0);
    }

    @Test
    void switchingToBlockStopsTheDropsAndChargesBlockedTime() {
        LanesViewModel vm = vm(scenario(3_600, 3_600,
                lane("slow", LaneType.PUSH_TO_SLOW_CONSUMER, LaneParam.CONSUMER_CAPACITY_PER_SECOND, 0.5)));
        vm.setSpeed(400);
        vm.play();
        long t = play(vm, 0, 1.0); // 400 s: the 10-item buffer is long full
        long drops = vm.rows().get(0).metricsProperty().get().drops();
        vm.setOnFull(0, OnFull.BLOCK);
        play(vm, t, 1.0);
        LaneMetrics m = vm.rows().get(0).metricsProperty().get();

        assertThat(drops).isPositive();
        assertThat(vm.onFullProperty(0).get()).isEqualTo(OnFull.BLOCK);
        assertThat(m.drops()).isEqualTo(drops);
        assertThat(m.blockedSeconds()).isGreaterThan(300);
        assertThat(vm.rows().get(0).text(LaneRow.Figure.OTHER).getValue()).startsWith("blocked ");
    }

    @Test
    void stepPausesAndMovesToTheNextMomentAnythingHappens() {
        LanesViewModel vm = vm(scenario(1, 3_600, lane("poll", LaneType.SHORT_POLL, LaneParam.INTERVAL_SECONDS, 600)));
        vm.play();
        vm.step();
        vm.frame(0);

        assertThat(vm.playingProperty().get()).isFalse();
        assertThat(vm.simSecondsProperty().get()).isCloseTo(300.0, within(1e-6));
        assertThat(vm.rows().get(0).text(LaneRow.Figure.REQUESTS).getValue()).isEqualTo("1");
    }

    @Test
    void resetGoesBackToTheStartAndKeepsTheParameters() {
        LanesViewModel vm = vm(scenario(1, 3_600, lane("poll", LaneType.SHORT_POLL, LaneParam.INTERVAL_SECONDS, 30)));
        vm.setSpeed(1_000);
        vm.play();
        long t = play(vm, 0, 1.0);
        vm.setParameter(0, LaneParam.INTERVAL_SECONDS, 60);
        vm.reset();
        vm.frame(t + 1);

        assertThat(vm.simSecondsProperty().get()).isZero();
        assertThat(vm.rows().get(0).text(LaneRow.Figure.REQUESTS).getValue()).isEqualTo("0");
        assertThat(vm.tokens().size()).isZero();
        assertThat(vm.controls(0).get(0).valueProperty().get()).isEqualTo(60);
        vm.step();
        vm.frame(t + 2);
        assertThat(vm.simSecondsProperty().get()).isCloseTo(30.0, within(1e-6)); // first poll at interval / 2
    }

    @Test
    void speedIsLogarithmicFromATenthTo10000() {
        LanesViewModel vm = vm(scenario(1, 86_400, lane("poll", LaneType.SHORT_POLL, LaneParam.INTERVAL_SECONDS, 30)));

        assertThat(vm.speedProperty().get()).isEqualTo(1_000); // a day in about two minutes
        vm.setSpeedPosition(0);
        assertThat(vm.speedProperty().get()).isCloseTo(0.1, within(1e-12));
        vm.setSpeedPosition(1);
        assertThat(vm.speedProperty().get()).isCloseTo(10_000, within(1e-6));
        assertThat(vm.speedTextProperty().get()).isEqualTo("10,000×");
        vm.setSpeed(1e9);
        assertThat(vm.speedProperty().get()).isEqualTo(10_000);
    }

    @Test
    void tableCellsReadLikeAPersonWouldSayThem() {
        assertThat(LaneRow.seconds(0.1)).isEqualTo("0.1 s");
        assertThat(LaneRow.seconds(0.25)).isEqualTo("0.25 s");
        assertThat(LaneRow.seconds(15)).isEqualTo("15 s");
        assertThat(LaneRow.seconds(450.2)).isEqualTo("7.5 min");
        assertThat(LaneRow.seconds(9_000)).isEqualTo("2.5 h");
        assertThat(SliderRange.format(LaneParam.FAILURE_RATE, 0.2)).isEqualTo("20%");
        assertThat(SliderRange.format(LaneParam.NOTIFY_SECONDS, 0.05)).isEqualTo("0.05 s");
        assertThat(SliderRange.format(LaneParam.DROPS_PER_HOUR, 2)).isEqualTo("2 /h");
    }

    @Test
    void theProducersPaceFeedsEveryLaneFromNowOn() {
        LanesViewModel vm = vm(scenario(1, 7_200, lane("poll", LaneType.SHORT_POLL, LaneParam.INTERVAL_SECONDS, 30),
                lane("push", LaneType.SERVER_PUSH, LaneParam.DROPS_PER_HOUR, 0)));
        vm.setSpeed(3_600);
        vm.play();
        long t = play(vm, 0, 1.0); // first hour: the post at 1800
        vm.setPostsPerHour(60);
        play(vm, t, 1.0); // second hour: posts on the 60 s grid at 3630, 3690, …, 7170

        assertThat(vm.postsPerHourTextProperty().get()).isEqualTo("60 /h");
        assertThat(vm.rows().get(1).metricsProperty().get().deliveries()).isEqualTo(1 + 60);
        assertThat(vm.rows().get(0).metricsProperty().get().deliveries()).isEqualTo(1 + 60);
        vm.setPostsPerHour(1e9);
        assertThat(vm.postsPerHourProperty().get()).isEqualTo(36_000);
    }
}
