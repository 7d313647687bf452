package org.fanoutlab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fanoutlab.engine.Scenarios.scenario;
import static org.fanoutlab.engine.Scenarios.uniform;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Events for the stage: what is reported, in which order, and what a full buffer does. */
class EventsTest {

    @Test
    void everyPostReportsPostMadeAndWritesQueuedEvenWithoutWatchedConsumers() {
        Scenario s = scenario(Model.PUSH, 3600, 100, 30, 1_000_000, 0, 800, uniform("a", 40, 2), uniform("b", 7, 1));
        Simulation sim = new Simulation(s, 0, 100);
        sim.runToEnd();
        List<String> seen = new ArrayList<>();

        int n = sim.drainEvents((kind, t, producer, post, watched, count) ->
                seen.add(kind + " " + t + " p" + producer + " #" + post + " w" + watched + " x" + count));

        assertThat(n).isEqualTo(6);
        assertThat(seen).containsExactly(
                "POST_MADE 900.0 p0 #0 w-1 x40", "WRITES_QUEUED 900.0 p0 #0 w-1 x40",
                "POST_MADE 1800.0 p1 #1 w-1 x7", "WRITES_QUEUED 1800.0 p1 #1 w-1 x7",
                "POST_MADE 2700.0 p0 #2 w-1 x40", "WRITES_QUEUED 2700.0 p0 #2 w-1 x40");
        assertThat(sim.drainEvents((kind, t, producer, post, watched, count) -> { })).isZero();
    }

    @Test
    void aFullBufferDropsTheOldestAndCountsThem() {
        Scenario s = scenario(Model.PULL, 3600, 10, 30, 1_000_000, 0, 800, uniform("a", 10, 2));
        Simulation sim = new Simulation(s, 3, 50);
        sim.runToEnd(); // 3 watched x 120 checks x 2 events + 4 post events = 724

        List<Double> times = new ArrayList<>();
        int n = sim.drainEvents((kind, t, producer, post, watched, count) -> times.add(t));

        assertThat(n).isEqualTo(50);
        assertThat(sim.droppedEvents()).isEqualTo(724 - 50);
        assertThat(times).isSorted();
        assertThat(times.get(0)).isGreaterThan(3300.0); // the newest 50: about 250 s of 3 consumers checking
    }

    @Test
    void watchedConsumersFollowEveryProducerWherePossible() {
        Scenario s = scenario(Model.HYBRID, 60, 10_000, 30, 1000, 0, 800,
                uniform("star", 5000, 1), uniform("mid", 300, 1), uniform("small", 20, 1));
        Simulation sim = new Simulation(s, 9, 100);

        List<WatchedConsumer> w = sim.watched();

        assertThat(w).hasSize(9);
        assertThat(w).extracting(WatchedConsumer::consumerId).doesNotHaveDuplicates();
        for (int p = 0; p < 3; p++) {
            int producer = p;
            assertThat(w.stream().filter(c -> c.followees().contains(producer)).count()).isGreaterThanOrEqualTo(3);
        }
        assertThat(new Simulation(s, 9, 100).watched()).isEqualTo(w);
    }

    @Test
    void checkEventsSayWhatTheCheckQueriedAndFound() {
        // hybrid with threshold 1: the only producer is a celebrity, so its post is pulled and merged at read
        Scenario s = scenario(Model.HYBRID, 3600, 1, 3600, 1, 0, 800, uniform("only", 1, 1));
        Simulation sim = new Simulation(s, 1, 100);
        sim.runToEnd();
        List<String> checks = new ArrayList<>();
        sim.drainEvents((kind, t, producer, post, watched, count) -> {
            if (kind != EventKind.POST_MADE && kind != EventKind.WRITES_QUEUED) {
                checks.add(kind + " p" + producer + " #" + post + " x" + count);
            }
        });

        // one check in the hour, at a phase in [0, 3600): it either comes before the post at 1800 s or after it
        assertThat(String.join(", ", checks)).isIn("CHECK_SENT p-1 #-1 x1, CHECK_EMPTY p-1 #-1 x0",
                "CHECK_SENT p-1 #-1 x1, MERGE_AT_READ p0 #0 x1, CHECK_USEFUL p0 #0 x1");
    }
}
