package org.fanoutlab.engine;

import org.fanoutlab.engine.base.Latency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties over random small scenarios. */
class EngineProperties {

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<Long> consumers = Arbitraries.longs().between(1, 400);
        return consumers.flatMap(n -> {
            Arbitrary<Producer> producer = Combinators.combine(
                    Arbitraries.longs().between(1, n),
                    Arbitraries.doubles().between(0, 40).ofScale(2),
                    Arbitraries.of(Schedule.class))
                    .as((f, pph, sched) -> new Producer("p", f, pph, sched));
            return Combinators.combine(
                    Arbitraries.of(Model.class),
                    Arbitraries.doubles().between(30, 7200).ofScale(1),
                    Arbitraries.longs().between(0, 1000),
                    producer.list().ofMinSize(1).ofMaxSize(4),
                    Arbitraries.doubles().between(1, 300).ofScale(1),
                    Arbitraries.longs().between(1, 500),
                    Arbitraries.oneOf(Arbitraries.just(0.0), Arbitraries.doubles().between(1, 2000).ofScale(1)),
                    Arbitraries.integers().between(1, 30))
                    .as((model, duration, seed, producers, poll, threshold, rate, cap) -> new Scenario("prop", "",
                            model, duration, seed, n, producers, poll, threshold, rate, cap));
        });
    }

    private static long postedPairs(Simulation sim) {
        long[] pairs = new long[1];
        sim.drainEvents((kind, t, producer, post, watched, count) -> {
            if (kind == EventKind.POST_MADE) {
                pairs[0] += count;
            }
        });
        return pairs[0];
    }

    @Property(tries = 150)
    void everyPostedPairIsEitherDeliveredOrUndelivered(@ForAll("scenarios") Scenario s) {
        Simulation sim = new Simulation(s, 0, 1_000_000);
        Metrics m = sim.runToEnd().metrics();

        assertThat(m.deliveries() + m.undelivered()).isEqualTo(postedPairs(sim));
        assertThat(m.emptyChecks() + m.usefulChecks()).isEqualTo(m.checks());
        assertThat(m.cacheWrites()).isLessThanOrEqualTo(m.deliveries());
        Latency l = m.deliveryLatencySeconds();
        assertThat(l.p50()).isLessThanOrEqualTo(l.p95());
        assertThat(l.p95()).isLessThanOrEqualTo(l.p99());
        assertThat(l.p99()).isLessThanOrEqualTo(l.max());
    }

    @Property(tries = 100)
    void hybridBelowEveryProducersAudienceIsPush(@ForAll("scenarios") Scenario s) {
        Scenario hybrid = s.withModel(Model.HYBRID).withCelebrityThreshold(s.consumers() + 1);
        Metrics push = Simulation.run(s.withModel(Model.PUSH)).metrics();
        Metrics h = Simulation.run(hybrid).metrics();

        assertThat(h.cacheWrites()).isEqualTo(push.cacheWrites());
        assertThat(h.deliveries()).isEqualTo(push.deliveries());
        assertThat(h.undelivered()).isEqualTo(push.undelivered());
        assertThat(h.deliveryLatencySeconds()).isEqualTo(push.deliveryLatencySeconds());
        assertThat(h.evictions()).isEqualTo(push.evictions());
        assertThat(h.fanoutBacklogMax()).isEqualTo(push.fanoutBacklogMax());
        assertThat(h.readQueries()).isZero();
    }

    @Property(tries = 100)
    void hybridWithThresholdOneIsPull(@ForAll("scenarios") Scenario s) {
        Metrics pull = Simulation.run(s.withModel(Model.PULL)).metrics();
        Metrics h = Simulation.run(s.withModel(Model.HYBRID).withCelebrityThreshold(1)).metrics();

        // the same in every figure but one: a hybrid open also reads the consumer's (empty) feed cache
        assertThat(h.cacheReads()).isEqualTo(h.feedOpens());
        assertThat(pull.cacheReads()).isZero();
        assertThat(h).usingRecursiveComparison().ignoringFields("cacheReads").isEqualTo(pull);
    }

    @Property(tries = 60)
    void aFasterFanoutNeverRaisesAnyLatency(@ForAll("scenarios") Scenario s) {
        double rate = s.fanoutWritesPerSecond() == 0 ? 50 : s.fanoutWritesPerSecond();
        Metrics slow = Simulation.run(s.withModel(Model.PUSH).withFanoutWritesPerSecond(rate)).metrics();
        Metrics fast = Simulation.run(s.withModel(Model.PUSH).withFanoutWritesPerSecond(rate * 2)).metrics();

        assertThat(fast.deliveries()).isGreaterThanOrEqualTo(slow.deliveries());
        if (fast.deliveries() == slow.deliveries()) {
            assertThat(fast.deliveryLatencySeconds().max()).isLessThanOrEqualTo(slow.deliveryLatencySeconds().max());
            assertThat(fast.deliveryLatencySeconds().p99()).isLessThanOrEqualTo(slow.deliveryLatencySeconds().p99());
            assertThat(fast.deliveryLatencySeconds().mean())
                    .isLessThanOrEqualTo(slow.deliveryLatencySeconds().mean());
        }
    }

    /**
     * Pull latency is uniform over a consumer's poll interval; with 500 followers and a few posts, halving
     * the interval lowers the mean and the p99 (a statistical property, checked on many deliveries).
     */
    @Property(tries = 40)
    void aShorterPollIntervalNeverRaisesMeanOrP99Latency(@ForAll("seeds") long seed,
            @ForAll("intervals") double interval) {
        Scenario s = new Scenario("mono", "", Model.PULL, 3600, seed, 500,
                List.of(new Producer("p", 500, 4, Schedule.POISSON)), interval, 1_000_000, 0, 800);
        Latency longer = Simulation.run(s).metrics().deliveryLatencySeconds();
        Latency shorter = Simulation.run(s.withPollIntervalSeconds(interval / 2)).metrics().deliveryLatencySeconds();

        assertThat(shorter.mean()).isLessThanOrEqualTo(longer.mean());
        assertThat(shorter.p99()).isLessThanOrEqualTo(longer.p99());
        assertThat(shorter.max()).isLessThan(interval / 2);
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs().between(0, 1_000_000);
    }

    @Provide
    Arbitrary<Double> intervals() {
        return Arbitraries.doubles().between(20, 600).ofScale(1);
    }

    @Property(tries = 60)
    void stepSizesDoNotChangeAnyFigure(@ForAll("scenarios") Scenario s, @ForAll("steps") List<Double> steps) {
        Simulation once = new Simulation(s, 5, 100_000);
        once.runToEnd();
        Simulation stepped = new Simulation(s, 5, 100_000);
        List<String> seen = new ArrayList<>();
        double t = 0;
        int i = 0;
        while (!stepped.isFinished()) {
            t += steps.get(i++ % steps.size());
            stepped.advanceTo(t);
            stepped.drainEvents((kind, at, p, post, w, c) -> seen.add(kind + "@" + at + "/" + p + "/" + w + "/" + c));
        }
        List<String> all = new ArrayList<>();
        once.drainEvents((kind, at, p, post, w, c) -> all.add(kind + "@" + at + "/" + p + "/" + w + "/" + c));

        assertThat(stepped.metrics()).isEqualTo(once.metrics());
        assertThat(stepped.series()).isEqualTo(once.series());
        assertThat(seen).isEqualTo(all);
    }

    @Provide
    Arbitrary<List<Double>> steps() {
        return Arbitraries.doubles().between(0.001, 400).ofScale(3).list().ofMinSize(1).ofMaxSize(5);
    }

    /**
     * An oracle from the events: with every consumer watched, each pull check must bring exactly the posts by the
     * consumer's followees made since its previous check (at or before the check's time).
     */
    @Property(tries = 50)
    void eachPullCheckBringsExactlyTheFolloweesPostsSinceThePreviousCheck(@ForAll("scenarios") Scenario drawn) {
        long consumers = Math.min(drawn.consumers(), 60);
        List<Producer> capped = new ArrayList<>();
        for (Producer p : drawn.producers()) {
            // more posts than checks now and then, so that checks far behind go producer by producer
            capped.add(new Producer(p.name(), Math.min(p.followers(), consumers), p.postsPerHour() * 20,
                    p.schedule()));
        }
        Scenario s = new Scenario("oracle", "", Model.PULL, Math.min(drawn.durationSeconds(), 1800), drawn.seed(),
                consumers, capped, drawn.pollIntervalSeconds(), drawn.celebrityThreshold(), 0, 800);
        int n = (int) s.consumers();
        Simulation sim = new Simulation(s, n, 2_000_000);
        sim.runToEnd();
        List<double[]> posts = new ArrayList<>();
        List<List<double[]>> checks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            checks.add(new ArrayList<>());
        }
        sim.drainEvents((kind, t, producer, post, watched, count) -> {
            if (kind == EventKind.POST_MADE) {
                posts.add(new double[] {t, producer});
            } else if (kind == EventKind.CHECK_USEFUL || kind == EventKind.CHECK_EMPTY) {
                checks.get(watched).add(new double[] {t, count});
            }
        });
        assertThat(sim.droppedEvents()).isZero();
        for (int w = 0; w < n; w++) {
            List<Integer> followees = sim.watched().get(w).followees();
            double previous = Double.NEGATIVE_INFINITY;
            for (double[] c : checks.get(w)) {
                long expected = 0;
                for (double[] p : posts) {
                    if (p[0] > previous && p[0] <= c[0] && followees.contains((int) p[1])) {
                        expected++;
                    }
                }
                assertThat((long) c[1]).as("consumer %d check at %s", w, c[0]).isEqualTo(expected);
                previous = c[0];
            }
        }
    }
}
