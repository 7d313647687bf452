package org.fanoutlab.engine;

import org.fanoutlab.engine.base.Latency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.fanoutlab.engine.Scenarios.scenario;
import static org.fanoutlab.engine.Scenarios.uniform;

import org.junit.jupiter.api.Test;

/** Worked checks by hand (docs/decisions/0002-engine-semantics.md), which any implementation must pass. */
class DesignWorkedChecksTest {

    @Test
    void pollEvery30sWithHourlyPostsWastes119ChecksPerUsefulOne() {
        Scenario s = scenario(Model.PULL, 24 * 3600, 1, 30, 1_000_000, 0, 800, uniform("friend", 1, 1));

        Metrics m = Simulation.run(s).metrics();

        assertThat(m.posts()).isEqualTo(24);
        assertThat(m.checks()).isEqualTo(2880);
        assertThat(m.usefulChecks()).isEqualTo(24);
        assertThat(m.emptyChecks()).isEqualTo(2856);
        assertThat(m.wastedPerUseful()).isEqualTo(119.0);
        assertThat(m.readQueries()).isEqualTo(2880);
        assertThat(m.cacheWrites()).isZero();
        assertThat(m.deliveries()).isEqualTo(24);
        assertThat(m.undelivered()).isZero();
    }

    @Test
    void celebrityPostOf50MillionFollowersAtAMillionWritesPerSecondTakes50Seconds() {
        Scenario s = scenario(Model.PUSH, 3600, 50_000_000, 30, 1_000_000, 1_000_000, 800,
                uniform("celebrity", 50_000_000, 1));

        Metrics m = Simulation.run(s).metrics();

        assertThat(m.posts()).isEqualTo(1);
        assertThat(m.cacheWrites()).isEqualTo(50_000_000);
        assertThat(m.writeAmplification()).isEqualTo(50_000_000.0);
        assertThat(m.deliveries()).isEqualTo(50_000_000);
        assertThat(m.undelivered()).isZero();
        assertThat(m.fanoutBacklogMax()).isEqualTo(50_000_000);
        assertThat(m.deliveryLatencySeconds().max()).isCloseTo(50.0, within(1e-6));
        assertThat(m.deliveryLatencySeconds().p50()).isCloseTo(25.0, within(0.05));
        assertThat(m.deliveryLatencySeconds().p99()).isCloseTo(49.5, within(0.05));
        assertThat(m.deliveryLatencySeconds().mean()).isCloseTo(25.0, within(0.05));
        assertThat(m.checks()).isZero();
        assertThat(m.readQueries()).isZero();
        assertThat(m.sampled()).isTrue();
    }

    @Test
    void hybridPullsTheCelebrityAtNextCheckWithoutAnyCacheWrite() {
        Scenario s = scenario(Model.HYBRID, 3600, 50_000_000, 30, 1_000_000, 1_000_000, 800,
                uniform("celebrity", 50_000_000, 1));

        Metrics m = Simulation.run(s).metrics();

        assertThat(m.cacheWrites()).isZero();
        assertThat(m.fanoutBacklogMax()).isZero();
        assertThat(m.deliveries()).isEqualTo(50_000_000);
        Latency l = m.deliveryLatencySeconds();
        assertThat(l.max()).isLessThan(30.0);
        assertThat(l.p50()).isCloseTo(15.0, within(0.5));
        assertThat(l.p99()).isCloseTo(29.7, within(0.3));
        assertThat(m.sampled()).isTrue();
    }
}
