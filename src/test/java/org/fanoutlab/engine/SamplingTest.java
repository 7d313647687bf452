package org.fanoutlab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.fanoutlab.engine.Scenarios.scenario;
import static org.fanoutlab.engine.Scenarios.uniform;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Above 1,000,000 consumers the engine samples (ADR 0002, "Scale"); a sampled figure must never be an impossible
 * one, and an audience small enough to follow one by one is followed one by one. Each case here reproduced an
 * impossible figure of issue 11 before the fix.
 */
class SamplingTest {

    @Test
    void oneFollowerAmongAMillionAndOneStillGetsItsPost() {
        // Pull, one post an hour to one follower, checks every 30 s: at 1,000,001 consumers the sample missed the
        // follower and reported deliveries 0, undelivered 1.
        for (long consumers : new long[] {1_000_000, 1_000_001, 100_000_000}) {
            Metrics m = Simulation.run(scenario(Model.PULL, 3600, consumers, 30, 1_000_000, 0, 800,
                    uniform("p", 1, 1))).metrics();

            assertThat(m.deliveries()).as("%d consumers", consumers).isEqualTo(1);
            assertThat(m.undelivered()).isZero();
            assertThat(m.usefulChecks()).isEqualTo(1);
            assertThat(m.sampled()).isEqualTo(consumers > 1_000_000);
        }
    }

    @Test
    void aSmallAudienceAmongAHundredMillionIsFollowedOneByOne() {
        // One post to 1,500 followers among 100,000,000: the sample reported 2,000 deliveries.
        Metrics m = Simulation.run(scenario(Model.PULL, 3600, 100_000_000, 30, 1_000_000, 0, 800,
                uniform("p", 1_500, 1))).metrics();

        assertThat(m.deliveries()).isEqualTo(1_500);
        assertThat(m.undelivered()).isZero();
        assertThat(m.usefulChecks()).isEqualTo(1_500);
        assertThat(m.usefulChecks()).isLessThanOrEqualTo(m.checks());
        assertThat(m.deliveryLatencySeconds().max()).isLessThan(30);
    }

    @Test
    void evictionsNeverOutnumberWritesAndSmallAudiencesCountExactly() {
        // cacheCapacity 1, 10 posts to 1,500 followers among 100,000,000: each follower keeps 1 of 10, so
        // 1,500 × 9 = 13,500 evictions of 15,000 writes; the sample reported 18,000.
        Metrics m = Simulation.run(scenario(Model.PUSH, 3600, 100_000_000, 30, 1_000_000, 0, 1,
                uniform("p", 1_500, 10))).metrics();

        assertThat(m.cacheWrites()).isEqualTo(15_000);
        assertThat(m.evictions()).isEqualTo(13_500);
    }

    @Test
    void aSampledLargeAudienceStillAddsUpExactly() {
        // 30,000,000 followers among 100,000,000: followed through the sample, yet every post's weights add up
        // to its audience, so deliveries + undelivered = posts × followers exactly, at every moment.
        Scenario s = scenario(Model.PULL, 3600, 100_000_000, 60, 1_000_000, 0, 800,
                uniform("big", 30_000_000, 3), uniform("small", 7, 2));
        Simulation sim = new Simulation(s, 0, 1_000);
        long[] pairs = new long[1];
        for (double t = 0; t < 3600; t += 450) {
            sim.advanceTo(t);
            sim.drainEvents((kind, at, producer, post, watched, count) -> {
                if (kind == EventKind.POST_MADE) {
                    pairs[0] += count;
                }
            });
            Metrics m = sim.metrics();
            assertThat(m.deliveries() + m.undelivered()).isEqualTo(pairs[0]);
            assertThat(m.usefulChecks()).isLessThanOrEqualTo(m.checks());
        }
        Metrics end = sim.runToEnd().metrics();
        assertThat(end.deliveries()).isEqualTo(3L * 30_000_000 + 2 * 7);
        assertThat(end.undelivered()).isZero();
    }

    /**
     * The same workload run exactly (200,000 consumers) and 500 times larger (100,000,000 consumers, audiences ×500,
     * so it is sampled): per-consumer figures agree within 1 %.
     */
    @Test
    void aScaledUpWorkloadIsSampledWithin1PercentOfTheExactRun() {
        for (Model model : Model.values()) {
            Scenario exact = workload(model, 1);
            Scenario big = workload(model, SCALE);
            Metrics e = Simulation.run(exact).metrics();
            Metrics b = Simulation.run(big).metrics();

            assertThat(e.sampled()).isFalse();
            assertThat(b.sampled()).isTrue();
            assertThat(b.posts()).as("posts do not depend on sampling").isEqualTo(e.posts());
            assertThat(b.cacheWrites()).isEqualTo(e.cacheWrites() * SCALE);
            assertThat(b.deliveries() + b.undelivered()).isEqualTo((e.deliveries() + e.undelivered()) * SCALE);
            assertThat(b.evictions()).isLessThanOrEqualTo(b.cacheWrites());
            assertWithin1Percent(model + " checks", b.checks() / (double) SCALE, e.checks());
            assertWithin1Percent(model + " feedOpens", b.feedOpens() / (double) SCALE, e.feedOpens());
            assertWithin1Percent(model + " usefulChecks", b.usefulChecks() / (double) SCALE, e.usefulChecks());
            assertWithin1Percent(model + " readQueries", b.readQueries() / (double) SCALE, e.readQueries());
            assertWithin1Percent(model + " deliveries", b.deliveries() / (double) SCALE, e.deliveries());
            assertWithin1Percent(model + " evictions", b.evictions() / (double) SCALE, e.evictions());
            if (model != Model.PUSH) {
                assertWithin1Percent(model + " mean latency", b.deliveryLatencySeconds().mean(),
                        e.deliveryLatencySeconds().mean());
            }
        }
    }

    private static final long SCALE = 500;

    private static Scenario workload(Model model, long scale) {
        List<Producer> producers = new ArrayList<>();
        producers.add(uniform("celebrity", 80_000 * scale, 3));
        producers.add(uniform("brand", 30_000 * scale, 8));
        producers.add(uniform("outlet", 12_000 * scale, 12));
        return new Scenario("scaled", "", model, 3600, 11, 200_000 * scale, producers, 120, 60_000 * scale, 0, 5);
    }

    private static void assertWithin1Percent(String what, double sampled, double exact) {
        assertThat(sampled).as(what).isCloseTo(exact, within(Math.max(1e-9, Math.abs(exact) * 0.01)));
    }
}
