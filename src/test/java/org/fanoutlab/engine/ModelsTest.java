package org.fanoutlab.engine;

import org.fanoutlab.engine.base.Latency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.fanoutlab.engine.Scenarios.scenario;
import static org.fanoutlab.engine.Scenarios.uniform;

import org.junit.jupiter.api.Test;

/** Push, pull and hybrid on one workload: who pays, and when. */
class ModelsTest {
    // 1000 consumers; a celebrity followed by 600, a regular account by 50; each posts 4 times an hour.
    private static final Scenario MIX = scenario(Model.PUSH, 3600, 1000, 20, 500, 0, 800,
            uniform("celebrity", 600, 4), uniform("regular", 50, 4));

    @Test
    void pushWritesEveryFollowerAndSendsNoChecks() {
        Metrics m = Simulation.run(MIX).metrics();

        assertThat(m.posts()).isEqualTo(8);
        assertThat(m.cacheWrites()).isEqualTo(4 * 600 + 4 * 50);
        assertThat(m.writeAmplification()).isEqualTo(325.0);
        assertThat(m.deliveries()).isEqualTo(2600);
        assertThat(m.checks()).isZero();
        assertThat(m.emptyChecks()).isZero();
        assertThat(m.usefulChecks()).isZero();
        assertThat(m.readQueries()).isZero();
        assertThat(m.wastedPerUseful()).isZero();
    }

    @Test
    void pullWritesNothingAndEveryCheckQueriesEveryFollowee() {
        Metrics m = Simulation.run(MIX.withModel(Model.PULL)).metrics();

        assertThat(m.cacheWrites()).isZero();
        assertThat(m.checks()).isEqualTo(1000 * 180);
        assertThat(m.emptyChecks() + m.usefulChecks()).isEqualTo(m.checks());
        assertThat(m.deliveries()).isEqualTo(2600);
        assertThat(m.undelivered()).isZero();
        // every consumer follows 0, 1 or 2 producers; 650 follow-pairs in total, 180 checks each
        assertThat(m.readQueries()).isEqualTo(650L * 180);
        assertThat(m.deliveryLatencySeconds().max()).isLessThan(20.0);
    }

    @Test
    void hybridPushesTheRegularAccountAndPullsTheCelebrity() {
        Metrics m = Simulation.run(MIX.withModel(Model.HYBRID)).metrics();

        assertThat(m.cacheWrites()).isEqualTo(4 * 50);
        assertThat(m.checks()).isEqualTo(1000 * 180);
        assertThat(m.readQueries()).isEqualTo(600L * 180);
        assertThat(m.deliveries()).isEqualTo(2600);
        assertThat(m.deliveryLatencySeconds().max()).isLessThan(20.0);
    }

    @Test
    void hybridMergesPulledPostsAtReadForWatchedConsumers() {
        Simulation sim = new Simulation(MIX.withModel(Model.HYBRID), 6, 100_000);
        sim.runToEnd();
        long[] merges = new long[1];
        long[] writesDone = new long[1];
        sim.drainEvents((kind, t, producer, post, watched, count) -> {
            if (kind == EventKind.MERGE_AT_READ) {
                merges[0] += count;
            }
            if (kind == EventKind.WRITE_DONE) {
                writesDone[0]++;
            }
        });
        long celebrityFollowersWatched = sim.watched().stream().filter(w -> w.followees().contains(0)).count();
        long regularFollowersWatched = sim.watched().stream().filter(w -> w.followees().contains(1)).count();
        assertThat(celebrityFollowersWatched).isPositive();
        assertThat(regularFollowersWatched).isPositive();
        assertThat(merges[0]).isEqualTo(4 * celebrityFollowersWatched);
        assertThat(writesDone[0]).isEqualTo(4 * regularFollowersWatched);
    }

    @Test
    void pullLatencyIsSpreadOverThePollInterval() {
        Scenario s = scenario(Model.PULL, 3600, 10_000, 30, 1_000_000, 0, 800, uniform("p", 10_000, 2));

        Latency l = Simulation.run(s).metrics().deliveryLatencySeconds();

        assertThat(l.max()).isLessThan(30.0);
        assertThat(l.mean()).isCloseTo(15.0, within(0.5));
        assertThat(l.p50()).isCloseTo(15.0, within(0.6));
        assertThat(l.p99()).isCloseTo(29.7, within(0.3));
    }

    @Test
    void aCheckIsUsefulOnlyWhenSomethingArrivedSinceThePreviousOne() {
        // 2 posts an hour, 1 follower checking every 60 s for 2 h: 4 useful out of 120.
        Scenario s = scenario(Model.HYBRID, 7200, 1, 60, 1_000_000, 0, 800, uniform("p", 1, 2));

        Metrics m = Simulation.run(s).metrics();

        assertThat(m.checks()).isEqualTo(120);
        assertThat(m.usefulChecks()).isEqualTo(4);
        assertThat(m.emptyChecks()).isEqualTo(116);
        assertThat(m.wastedPerUseful()).isEqualTo(29.0);
        assertThat(m.readQueries()).isZero();
    }

    @Test
    void aMillionConsumersAreSimulatedExactlyAndMoreAreSampled() {
        Scenario exact = scenario(Model.PUSH, 60, 1_000_000, 30, 1_000_000, 0, 800, uniform("p", 10, 1));
        Scenario sampled = exact.withConsumers(1_000_001);

        assertThat(new Simulation(exact).simulatedConsumers()).isEqualTo(1_000_000);
        assertThat(Simulation.run(exact).metrics().sampled()).isFalse();
        // the 10 followers are simulated one for one; the rest is sampled every 10th id
        assertThat(new Simulation(sampled).simulatedConsumers()).isBetween(100_000, 100_011);
        assertThat(Simulation.run(sampled).metrics().sampled()).isTrue();
    }
}
