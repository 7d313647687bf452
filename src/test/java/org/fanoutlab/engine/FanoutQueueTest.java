package org.fanoutlab.engine;

import org.fanoutlab.engine.base.Latency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.fanoutlab.engine.Scenarios.scenario;
import static org.fanoutlab.engine.Scenarios.uniform;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared FIFO fan-out queue, cache evictions and what is left undelivered, derived by hand. */
class FanoutQueueTest {

    @Test
    void secondPostInTheQueueWaitsForTheFirst() {
        // Both post at 1800 s (one post an hour, uniform); producer 0 first. 10 writes/s:
        // producer 0's 100 writes end at 1810 s, producer 1's 50 writes run 1810.1 .. 1815 s.
        Scenario s = scenario(Model.PUSH, 3600, 200, 30, 1_000_000, 10, 800,
                uniform("first", 100, 1), uniform("second", 50, 1));
        Simulation sim = new Simulation(s, 8, 1000);

        sim.advanceTo(1810.05);
        assertThat(sim.metrics().cacheWrites()).isEqualTo(100);
        assertThat(sim.metrics().fanoutBacklog()).isEqualTo(50);
        assertThat(sim.fanoutProgress(0)).isEqualTo(1.0);
        assertThat(sim.fanoutProgress(1)).isEqualTo(0.0);

        sim.advanceTo(1812.55);
        assertThat(sim.fanoutProgress(1)).isCloseTo(0.5, within(1e-9));

        Metrics m = sim.runToEnd().metrics();
        assertThat(m.cacheWrites()).isEqualTo(150);
        assertThat(m.fanoutBacklogMax()).isEqualTo(150);
        assertThat(m.deliveryLatencySeconds().max()).isCloseTo(15.0, within(1e-9));

        List<Double> secondWrites = new ArrayList<>();
        sim.drainEvents((kind, t, producer, post, watched, count) -> {
            if (kind == EventKind.WRITE_DONE && producer == 1) {
                secondWrites.add(t);
            }
        });
        assertThat(secondWrites).isNotEmpty().allSatisfy(t -> assertThat(t).isBetween(1810.1 - 1e-9, 1815.0));
    }

    @Test
    void aFullCacheEvictsOneEntryPerNewWrite() {
        // One follower, ten posts an hour, a cache of 5: posts 6..10 each push one entry out.
        Scenario s = scenario(Model.PUSH, 3600, 1, 30, 1_000_000, 0, 5, uniform("p", 1, 10));

        Metrics m = Simulation.run(s).metrics();

        assertThat(m.cacheWrites()).isEqualTo(10);
        assertThat(m.evictions()).isEqualTo(5);
    }

    @Test
    void shrinkingTheCacheEvictsTheOldestEntriesBeyondTheNewCapacity() {
        Scenario s = scenario(Model.PUSH, 7200, 1, 30, 1_000_000, 0, 5, uniform("p", 1, 10));
        Simulation sim = new Simulation(s);
        sim.advanceTo(3600); // 10 posts: cache holds 5, 5 evicted

        sim.setCacheCapacity(2); // 3 more pushed out now
        assertThat(sim.metrics().evictions()).isEqualTo(8);

        // 10 more posts into a cache of 2 that is already full: each evicts one.
        assertThat(sim.runToEnd().metrics().evictions()).isEqualTo(18);
    }

    @Test
    void writesStillQueuedAtTheEndAreUndelivered() {
        // 1000 writes at 10/s from 1800 s: write g completes at 1800 + (g+1)/10, so 499 finish before 1850.
        Scenario s = scenario(Model.PUSH, 1850, 1000, 30, 1_000_000, 10, 800, uniform("p", 1000, 1));

        Metrics m = Simulation.run(s).metrics();

        assertThat(m.deliveries()).isEqualTo(499);
        assertThat(m.cacheWrites()).isEqualTo(499);
        assertThat(m.undelivered()).isEqualTo(501);
        assertThat(m.fanoutBacklog()).isEqualTo(501);
    }

    @Test
    void pulledPostsNotYetFetchedAtTheEndAreUndelivered() {
        // Post at 1800 s, run ends at 1810 s: only consumers whose check falls in [1800, 1810) got it (about 1/3).
        Scenario s = scenario(Model.PULL, 1810, 3000, 30, 1_000_000, 0, 800, uniform("p", 3000, 1));

        Metrics m = Simulation.run(s).metrics();

        assertThat(m.deliveries() + m.undelivered()).isEqualTo(3000);
        assertThat(m.deliveries()).isBetween(850L, 1150L);
        assertThat(m.deliveryLatencySeconds().max()).isLessThan(10.0);
    }

    @Test
    void unlimitedRateDeliversAtThePostInstant() {
        Scenario s = scenario(Model.PUSH, 3600, 1000, 30, 1_000_000, 0, 800, uniform("p", 1000, 3));

        Metrics m = Simulation.run(s).metrics();

        assertThat(m.cacheWrites()).isEqualTo(3000);
        assertThat(m.deliveryLatencySeconds()).isEqualTo(new Latency(0, 0, 0, 0, 0));
        assertThat(m.fanoutBacklogMax()).isZero();
    }

    @Test
    void pushLatenciesSpreadEvenlyOverTheFanoutTime() {
        // 100,000 writes at 10,000/s: latencies 0.0001 .. 10 s, uniform.
        Scenario s = scenario(Model.PUSH, 3600, 100_000, 30, 1_000_000, 10_000, 800, uniform("p", 100_000, 1));

        Latency l = Simulation.run(s).metrics().deliveryLatencySeconds();

        assertThat(l.max()).isCloseTo(10.0, within(1e-9));
        assertThat(l.p50()).isCloseTo(5.0, within(0.01));
        assertThat(l.p95()).isCloseTo(9.5, within(0.01));
        assertThat(l.mean()).isCloseTo(5.0, within(0.01));
    }
}
