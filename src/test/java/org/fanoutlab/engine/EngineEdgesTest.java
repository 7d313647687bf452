package org.fanoutlab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.fanoutlab.engine.Scenarios.scenario;
import static org.fanoutlab.engine.Scenarios.uniform;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.fanoutlab.engine.base.Latency;
import org.junit.jupiter.api.Test;

/** Figures at the edges of what a scenario may ask for; each case gave a wrong figure before issue 11. */
class EngineEdgesTest {

    @Test
    void checkTimesDoNotDriftOverThirtyDaysOfMillisecondChecks() {
        // One consumer checking every 1 ms for 30 days: 2,592,000,000 checks by hand (adding up 0.001 s
        // 2.6 billion times gave 2,591,999,970).
        Scenario s = scenario(Model.PULL, 30 * 86_400, 1, 0.001, 1_000_000, 0, 800, uniform("quiet", 1, 0));

        Metrics m = Simulation.run(s).metrics();

        assertThat(m.checks()).isEqualTo(2_592_000_000L);
        assertThat(m.feedOpens()).isEqualTo(2_592_000_000L);
        assertThat(m.emptyChecks()).isEqualTo(2_592_000_000L);
    }

    @Test
    void theMeanIsExactSoIdenticalLatenciesGiveThatLatency() {
        // One reader, one post an hour, checks every 30 s: every delivery waits the same time (the post grid and
        // the check grid keep their offset), so mean, p50 and max are that one value (the histogram's bucket
        // midpoints used to put the mean below the minimum).
        Metrics m = Simulation.run(scenario(Model.PULL, 86_400, 1, 30, 1_000_000, 0, 800, uniform("p", 1, 1)))
                .metrics();
        Latency l = m.deliveryLatencySeconds();

        assertThat(m.deliveries()).isEqualTo(24);
        // the 24 waits are equal up to the last bits of their floating-point times
        assertThat(l.mean()).isLessThanOrEqualTo(l.max()).isCloseTo(l.max(), within(1e-9));
        assertThat(l.p50()).isCloseTo(l.max(), within(1e-9));
        assertThat(l.p99()).isCloseTo(l.max(), within(1e-9));
    }

    @Test
    void whatIsPostedDoesNotDependOnHowManyConsumersThereAre() {
        // Poisson posting with one million and one million and one consumers: the sample start used to be drawn
        // before the posting streams were seeded, so one more consumer changed the posts (12,095 vs 11,961).
        List<Producer> producers = List.of(new Producer("a", 10_000, 300, Schedule.POISSON),
                new Producer("b", 200_000, 4, Schedule.POISSON), new Producer("c", 70, 600, Schedule.POISSON));
        Scenario exact = new Scenario("streams", "", Model.HYBRID, 3600, 42, 1_000_000, producers, 300, 100_000,
                0, 800);

        List<Double> postsA = postTimes(exact);
        List<Double> postsB = postTimes(exact.withConsumers(1_000_001));
        List<Double> postsC = postTimes(exact.withConsumers(100_000_000).withModel(Model.PULL));

        assertThat(postsA).hasSizeGreaterThan(800);
        assertThat(postsB).isEqualTo(postsA);
        assertThat(postsC).isEqualTo(postsA);
    }

    private static List<Double> postTimes(Scenario s) {
        Simulation sim = new Simulation(s, 0, 100_000);
        sim.runToEnd();
        List<Double> out = new ArrayList<>();
        sim.drainEvents((kind, t, producer, post, watched, count) -> {
            if (kind == EventKind.POST_MADE) {
                out.add(t + producer * 1e7);
            }
        });
        return out;
    }

    @Test
    void aCancelledRunStopsAndSaysSo() throws Exception {
        // A run of a few seconds: another thread cancels it; advanceTo ends with CancellationException whether the
        // flag was seen at its start or in its loop, and later calls refuse too.
        Scenario big = scenario(Model.PULL, 30 * 86_400, 200_000, 1, 1_000_000, 0, 800,
                uniform("celebrity", 200_000, 360));
        Simulation sim = new Simulation(big);
        List<Throwable> thrown = new ArrayList<>();
        Thread runner = new Thread(() -> {
            try {
                sim.runToEnd();
            } catch (Throwable t) {
                synchronized (thrown) {
                    thrown.add(t);
                }
            }
        });
        runner.start();
        sim.cancel();
        runner.join();

        assertThat(thrown).singleElement().isInstanceOf(CancellationException.class);
        assertThat(sim.isCancelled()).isTrue();
        assertThat(sim.now()).isLessThan(30 * 86_400);
        assertThatThrownBy(() -> sim.advanceTo(10)).isInstanceOf(CancellationException.class);
        Metrics m = sim.metrics(); // still readable: the figures of the last instant processed
        assertThat(m.deliveries() + m.undelivered()).isEqualTo(m.posts() * 200_000);
    }
}
