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

    @Test
    void aRaisedThresholdStillDeliversStoredPostsAndCountsTheirReadQueries() {
        // Hybrid, the producer is a celebrity (threshold 50, 100 followers): its post at 900 s is stored. At 901 s
        // the threshold goes up to 1,000, so later posts are pushed; each follower still fetches the stored post at
        // its next check, and that check reads the producer's timeline: one read query per follower still to fetch
        // (the engine used to deliver them with no query counted).
        Scenario s = scenario(Model.HYBRID, 3600, 200, 600, 50, 0, 800, uniform("p", 100, 2));
        Simulation sim = new Simulation(s);
        sim.advanceTo(901);
        Metrics before = sim.metrics();
        assertThat(before.undelivered()).isPositive();

        sim.setCelebrityThreshold(1_000);
        Metrics end = sim.runToEnd().metrics();

        assertThat(end.deliveries()).isEqualTo(200);
        assertThat(end.undelivered()).isZero();
        assertThat(end.cacheWrites()).isEqualTo(100);
        assertThat(end.readQueries() - before.readQueries()).isEqualTo(before.undelivered());
    }

    @Test
    void switchingFromPullToPushStillDeliversWhatWasStored() {
        // Pull, post at 900 s stored for 100 followers who check every 600 s; switch to push at 901 s. Consumers
        // keep opening their feed in push; an open that finds a stored post fetches it with one read query (the
        // engine used to leave those posts undelivered forever). Checks stop: push opens are not checks.
        Scenario s = scenario(Model.PULL, 3600, 100, 600, 1_000_000, 0, 800, uniform("p", 100, 2));
        Simulation sim = new Simulation(s);
        sim.advanceTo(901);
        Metrics before = sim.metrics();
        assertThat(before.undelivered()).isPositive();

        sim.setModel(Model.PUSH);
        Metrics end = sim.runToEnd().metrics();

        assertThat(end.undelivered()).isZero();
        assertThat(end.deliveries()).isEqualTo(200);
        assertThat(end.cacheWrites()).isEqualTo(100);
        assertThat(end.readQueries() - before.readQueries()).isEqualTo(before.undelivered());
        assertThat(end.checks()).isEqualTo(before.checks());
        assertThat(end.feedOpens()).isEqualTo(100 * 6);
        assertThat(end.cacheReads()).isEqualTo(end.feedOpens() - before.feedOpens());
    }

    @Test
    void aSwitchToHybridCountsWhatTheCachesHoldAsSeen() {
        // Push until 1000 s (the post at 450 s is in every cache), then hybrid with no celebrity: the entries from
        // before the switch make no check useful; each later post makes exactly one useful check per follower.
        Scenario s = scenario(Model.PUSH, 3600, 10, 60, 1_000_000, 0, 800, uniform("p", 10, 4));
        Simulation sim = new Simulation(s);
        sim.advanceTo(1_000);
        long opensInPush = sim.metrics().feedOpens();
        sim.setModel(Model.HYBRID);
        sim.advanceTo(1_300);
        assertThat(sim.metrics().usefulChecks()).isZero();

        Metrics end = sim.runToEnd().metrics();

        assertThat(end.usefulChecks()).isEqualTo(10 * 3); // posts at 1350, 2250 and 3150 s
        assertThat(end.checks()).isEqualTo(end.feedOpens() - opensInPush); // opens in push are not checks
    }
}
