package org.fanoutlab.engine.lanes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fanoutlab.engine.lanes.LaneParam.*;
import static org.fanoutlab.engine.lanes.Lanes.DAY;
import static org.fanoutlab.engine.lanes.Lanes.HOUR;
import static org.fanoutlab.engine.lanes.Lanes.hourly;
import static org.fanoutlab.engine.lanes.Lanes.lane;
import static org.fanoutlab.engine.lanes.Lanes.scenario;

import java.util.ArrayList;
import java.util.List;
import org.fanoutlab.engine.LanesSimulation;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.engine.Schedule;
import org.fanoutlab.engine.Simulation;
import org.junit.jupiter.api.Test;

class LanesSimulationTest {

    private static Scenario everyLane(long seed) {
        return scenario(DAY, 120, Schedule.POISSON, seed,
                lane(LaneType.SHORT_POLL),
                lane(LaneType.LONG_POLL),
                lane(LaneType.SERVER_PUSH, DROPS_PER_HOUR, 6),
                lane(LaneType.WEBHOOK, FAILURE_RATE, 0.3, ACK_LOSS_RATE, 0.1),
                lane(LaneType.QUEUE_PULL, CONSUMER_CAPACITY_PER_SECOND, 0.02),
                lane(LaneType.PUSH_TO_SLOW_CONSUMER, CONSUMER_CAPACITY_PER_SECOND, 0.02),
                lane(LaneType.IDLE));
    }

    @Test
    void sameScenarioAndSeedGiveIdenticalFiguresWhateverTheStepping() {
        List<LaneMetrics> once = LanesSimulation.run(everyLane(11));
        LanesSimulation stepped = new LanesSimulation(everyLane(11), 1 << 12);
        for (double t = 0; t <= DAY; t += 777.7) {
            stepped.advanceTo(t);
            stepped.drainEvents((k, time, l, p, c) -> { });
        }
        stepped.advanceTo(DAY);

        assertThat(stepped.metrics()).isEqualTo(once);
        assertThat(LanesSimulation.run(everyLane(11))).isEqualTo(once);
    }

    @Test
    void anotherSeedChangesTheRandomLanes() {
        List<LaneMetrics> a = LanesSimulation.run(everyLane(11));
        List<LaneMetrics> b = LanesSimulation.run(everyLane(12));

        assertThat(a.get(3).retries()).isNotEqualTo(b.get(3).retries());
    }

    @Test
    void tuningOneLaneLeavesTheOthersExactlyAsTheyWere() {
        LanesSimulation sim = new LanesSimulation(everyLane(5));
        sim.advanceTo(HOUR);
        sim.setParameter(3, FAILURE_RATE, 0.9);
        sim.advanceTo(DAY);
        List<LaneMetrics> tuned = sim.metrics();
        List<LaneMetrics> plain = LanesSimulation.run(everyLane(5));

        for (int i = 0; i < plain.size(); i++) {
            if (i != 3) {
                assertThat(tuned.get(i)).isEqualTo(plain.get(i));
            }
        }
        assertThat(tuned.get(3).givenUp()).isGreaterThan(plain.get(3).givenUp());
        assertThat(sim.scenario().lanes().get(3).get(FAILURE_RATE)).isEqualTo(0.9);
    }

    @Test
    void aLiveIntervalChangeAppliesAfterThePollAlreadyScheduled() {
        // 30 s polls for the first hour (15, 45, …, 3585: 120), then the poll at 3615 and every 300 s after it:
        // 3615, 3915, …, 6915 → 12 more.
        LanesSimulation sim = new LanesSimulation(hourly(2 * HOUR, lane(LaneType.SHORT_POLL, INTERVAL_SECONDS, 30)));
        sim.advanceTo(HOUR);
        sim.setParameter(0, INTERVAL_SECONDS, 300);
        sim.advanceTo(2 * HOUR);

        assertThat(sim.metrics(0).requests()).isEqualTo(120 + 12);
    }

    @Test
    void switchingASlowConsumerFromDropToBlockStopsTheDrops() {
        LanesSimulation sim = new LanesSimulation(scenario(2 * HOUR, 3_600, Schedule.UNIFORM, 1,
                lane(LaneType.PUSH_TO_SLOW_CONSUMER, CONSUMER_CAPACITY_PER_SECOND, 0.5, BUFFER_SIZE, 10)));
        sim.advanceTo(HOUR);
        long dropsAtSwitch = sim.metrics(0).drops();
        sim.setOnFull(0, OnFull.BLOCK);
        sim.advanceTo(2 * HOUR);

        assertThat(dropsAtSwitch).isPositive();
        assertThat(sim.metrics(0).drops()).isEqualTo(dropsAtSwitch);
        assertThat(sim.metrics(0).blockedSeconds()).isGreaterThan(3_500);
    }

    @Test
    void outOfRangeLiveValuesAreRefusedAndChangeNothing() {
        LanesSimulation sim = new LanesSimulation(hourly(HOUR, lane(LaneType.WEBHOOK)));

        assertThatThrownBy(() -> sim.setParameter(0, FAILURE_RATE, 1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sim.setParameter(0, INTERVAL_SECONDS, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThat(sim.lanes().get(0).get(FAILURE_RATE)).isEqualTo(FAILURE_RATE.defaultValue());
    }

    @Test
    void eventsComeOutInTimeOrderAndTellEachLanesStory() {
        LanesSimulation sim = new LanesSimulation(hourly(HOUR,
                lane(LaneType.SHORT_POLL, INTERVAL_SECONDS, 600),
                lane(LaneType.SERVER_PUSH, DROPS_PER_HOUR, 0)), 1_000);
        sim.advanceTo(HOUR);
        List<String> seen = new ArrayList<>();
        double[] last = {-1};
        boolean[] ordered = {true};
        sim.drainEvents((kind, t, laneIndex, post, count) -> {
            ordered[0] &= t >= last[0];
            last[0] = t;
            seen.add(kind + "@" + laneIndex);
        });

        assertThat(ordered[0]).isTrue();
        // 6 polls (300, 900, …, 3300), one of them useful; one connect and one push delivery.
        assertThat(seen).filteredOn("REQUEST@0"::equals).hasSize(6);
        assertThat(seen).filteredOn("EMPTY@0"::equals).hasSize(5);
        assertThat(seen).filteredOn("DELIVERED@0"::equals).hasSize(1);
        assertThat(seen).filteredOn("POST@-1"::equals).hasSize(1);
        assertThat(seen).filteredOn("DELIVERED@1"::equals).hasSize(1);
        assertThat(sim.drainEvents((k, t, l, p, c) -> { })).isZero();
    }

    @Test
    void aFullEventBufferKeepsTheNewestAndCountsTheRest() {
        LanesSimulation sim = new LanesSimulation(hourly(HOUR, lane(LaneType.SHORT_POLL, INTERVAL_SECONDS, 1)), 100);
        sim.advanceTo(HOUR);

        assertThat(sim.drainEvents((k, t, l, p, c) -> { })).isEqualTo(100);
        assertThat(sim.droppedEvents()).isPositive();
    }

    @Test
    void aScenarioWithoutLanesStillRunsTheFanOutEngineAsBefore() {
        Scenario plain = new Scenario("p", "", org.fanoutlab.engine.Model.PULL, DAY, 1, 1,
                List.of(new org.fanoutlab.engine.Producer("p", 1, 1, Schedule.UNIFORM)), 30, 1_000_000, 0, 800);

        assertThat(plain.lanes()).isEmpty();
        assertThat(plain.withSeed(3).withLanes(List.of(lane(LaneType.IDLE))).withModel(org.fanoutlab.engine.Model.PUSH)
                .lanes()).hasSize(1);
        assertThat(Simulation.run(plain.withLanes(List.of(lane(LaneType.IDLE)))).metrics())
                .usingRecursiveComparison().ignoringFields("simSeconds")
                .isEqualTo(Simulation.run(plain).metrics());
        assertThatThrownBy(() -> new LanesSimulation(plain)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFirstProducersUniformScheduleFeedsTheLanesAtTheFanOutEnginesInstants() {
        LanesSimulation sim = new LanesSimulation(scenario(HOUR, 4, Schedule.UNIFORM, 1, lane(LaneType.SERVER_PUSH,
                DROPS_PER_HOUR, 0)), 100);
        sim.advanceTo(HOUR);
        List<Double> postTimes = new ArrayList<>();
        sim.drainEvents((k, t, l, p, c) -> {
            if (k == LaneEventKind.POST) {
                postTimes.add(t);
            }
        });

        assertThat(postTimes).containsExactly(450.0, 1_350.0, 2_250.0, 3_150.0);
        assertThat(sim.posts()).isEqualTo(4);
    }

    @Test
    void stepProcessesOneInstantAtATime() {
        LanesSimulation sim = new LanesSimulation(hourly(HOUR, lane(LaneType.SHORT_POLL, INTERVAL_SECONDS, 600)));

        assertThat(sim.nextEventTime()).isEqualTo(300.0);
        sim.advanceToNextEvent();
        assertThat(sim.metrics(0).requests()).isEqualTo(1);
        assertThat(sim.nextEventTime()).isEqualTo(900.0);
        sim.advanceToNextEvent(); // poll at 900
        sim.advanceToNextEvent(); // poll at 1500
        assertThat(sim.posts()).isZero();
        sim.advanceToNextEvent(); // post at 1800
        assertThat(sim.posts()).isEqualTo(1);
        assertThat(sim.metrics(0).requests()).isEqualTo(3);
        assertThat(sim.now()).isGreaterThan(1_800.0).isLessThan(1_800.001);
    }
}
