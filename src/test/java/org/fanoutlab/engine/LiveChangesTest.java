package org.fanoutlab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.fanoutlab.engine.Scenarios.scenario;
import static org.fanoutlab.engine.Scenarios.uniform;

import org.junit.jupiter.api.Test;

/** Live changes apply from now on; what already happened stays. */
class LiveChangesTest {

    @Test
    void newPollIntervalAppliesFromEachConsumersNextCheck() {
        Scenario s = scenario(Model.PULL, 7200, 1, 30, 1_000_000, 0, 800, uniform("p", 1, 1));
        Simulation sim = new Simulation(s);
        sim.advanceTo(3600);
        assertThat(sim.metrics().checks()).isEqualTo(120);

        sim.setPollIntervalSeconds(60);

        // the check already due in [3600, 3630) stays, then one a minute: 60 in the second hour
        assertThat(sim.runToEnd().metrics().checks()).isEqualTo(180);
        assertThat(sim.scenario().pollIntervalSeconds()).isEqualTo(60);
    }

    @Test
    void newThresholdAppliesToLaterPosts() {
        Scenario s = scenario(Model.HYBRID, 7200, 200, 30, 1000, 0, 800, uniform("p", 100, 2));
        Simulation sim = new Simulation(s);
        sim.advanceTo(3600);
        assertThat(sim.metrics().cacheWrites()).isEqualTo(200);

        sim.setCelebrityThreshold(100); // now a celebrity: later posts are pulled

        Metrics m = sim.runToEnd().metrics();
        assertThat(m.cacheWrites()).isEqualTo(200);
        assertThat(m.deliveries() + m.undelivered()).isEqualTo(400);
        assertThat(m.deliveries()).isGreaterThan(200);
    }

    @Test
    void newFanoutRateAppliesToWhatIsStillQueued() {
        // 1000 writes at 10/s from 1800 s; at 1810 s about 100 are done and the rate becomes unlimited.
        Scenario s = scenario(Model.PUSH, 3600, 1000, 30, 1_000_000, 10, 800, uniform("p", 1000, 1));
        Simulation sim = new Simulation(s);
        sim.advanceTo(1810.05);
        assertThat(sim.metrics().cacheWrites()).isEqualTo(100);

        sim.setFanoutWritesPerSecond(0);

        Metrics m = sim.metrics();
        assertThat(m.cacheWrites()).isEqualTo(1000);
        assertThat(m.fanoutBacklog()).isZero();
        assertThat(m.deliveryLatencySeconds().max()).isCloseTo(10.05, within(1e-6));
    }

    @Test
    void slowerFanoutRateStretchesTheRestOfTheQueue() {
        Scenario s = scenario(Model.PUSH, 3600, 1000, 30, 1_000_000, 100, 800, uniform("p", 1000, 1));
        Simulation sim = new Simulation(s);
        sim.advanceTo(1805); // 499 done (the 500th completes exactly at 1805)

        sim.setFanoutWritesPerSecond(10); // 501 left at 10/s: last at 1805 + 50.1

        assertThat(sim.runToEnd().metrics().deliveryLatencySeconds().max()).isCloseTo(55.1, within(1e-6));
    }

    @Test
    void newFollowerCountAppliesToLaterPosts() {
        Scenario s = scenario(Model.PUSH, 3600, 100, 30, 1_000_000, 0, 800, uniform("p", 10, 2));
        Simulation sim = new Simulation(s);
        sim.advanceTo(1000); // first post (900 s) went to 10

        sim.setFollowers(0, 20);

        assertThat(sim.runToEnd().metrics().cacheWrites()).isEqualTo(30);
    }

    @Test
    void newPostingPaceReschedulesFromNow() {
        Scenario s = scenario(Model.PUSH, 3600, 10, 30, 1_000_000, 0, 800, uniform("p", 10, 1));
        Simulation sim = new Simulation(s);
        sim.advanceTo(1000);

        sim.setPostsPerHour(0, 36); // every 100 s on the grid 50, 150, …: 1050 .. 3550 is 26 posts

        assertThat(sim.runToEnd().metrics().posts()).isEqualTo(26);
    }

    @Test
    void switchingModelAppliesToLaterPostsAndChecks() {
        Scenario s = scenario(Model.PUSH, 7200, 100, 30, 1_000_000, 0, 800, uniform("p", 100, 1));
        Simulation sim = new Simulation(s);
        sim.advanceTo(3600);
        assertThat(sim.metrics().cacheWrites()).isEqualTo(100);
        assertThat(sim.metrics().checks()).isZero();

        sim.setModel(Model.PULL);

        Metrics m = sim.runToEnd().metrics();
        assertThat(m.cacheWrites()).isEqualTo(100);
        assertThat(m.checks()).isEqualTo(100 * 120);
        assertThat(m.deliveries()).isEqualTo(200);
    }

    @Test
    void aNewIntervalScalesTheRestOfEachConsumersWaitThenSpacesItsChecksByTheNewInterval() {
        Scenario s = scenario(Model.PULL, 4000, 60, 30, 1_000_000, 0, 800, uniform("p", 60, 360));
        Simulation sim = new Simulation(s, 60, 1_000_000);
        double[][] changes = {{1000, 3}, {2000, 50}, {2500, 7}, {3000, 1}};
        java.util.List<java.util.List<Double>> checksOf = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            checksOf.add(new java.util.ArrayList<>());
        }
        for (double[] c : changes) {
            sim.advanceTo(c[0]);
            sim.setPollIntervalSeconds(c[1]);
        }
        Metrics m = sim.runToEnd().metrics();
        sim.drainEvents((kind, t, producer, post, watched, count) -> {
            if (kind == EventKind.CHECK_SENT) {
                checksOf.get(watched).add(t);
            }
        });

        for (java.util.List<Double> times : checksOf) {
            double interval = 30;
            int change = 0;
            for (int k = 1; k < times.size(); k++) {
                double before = times.get(k - 1);
                double after = times.get(k);
                if (change < changes.length && after >= changes[change][0]) {
                    // a change at c between two checks: the wait left at c scales by new / old
                    double c = changes[change][0];
                    double next = changes[change][1];
                    double expected = c + (before + interval - c) * next / interval;
                    assertThat(after).as("first check after the change at %s", c).isCloseTo(expected, within(1e-6));
                    interval = next;
                    change++;
                } else {
                    assertThat(after - before).isCloseTo(interval, within(1e-6));
                }
            }
        }
        assertThat(m.deliveries() + m.undelivered()).isEqualTo(m.posts() * 60);
        assertThat(m.deliveryLatencySeconds().max()).isLessThan(50.0);
    }
}
