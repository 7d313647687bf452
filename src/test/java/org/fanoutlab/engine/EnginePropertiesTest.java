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

/**
 * Properties over random small scenarios. CI runs each with the pinned seed {@link #SEED} (the same cases every
 * build, so a red build is a real regression); {@link EnginePropertiesWideTest} runs them on fresh random cases with
 * many more tries: {@code mvn -B test -Pproperties-wide}.
 */
class EnginePropertiesTest {
    /** The seed every CI build generates cases from. */
    static final String SEED = "20251125";

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

    @Property(tries = 150, seed = SEED)
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

    @Property(tries = 100, seed = SEED)
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

    @Property(tries = 100, seed = SEED)
    void hybridWithThresholdOneIsPull(@ForAll("scenarios") Scenario s) {
        Metrics pull = Simulation.run(s.withModel(Model.PULL)).metrics();
        Metrics h = Simulation.run(s.withModel(Model.HYBRID).withCelebrityThreshold(1)).metrics();

        // the same in every figure but one: a hybrid open also reads the consumer's (empty) feed cache
        assertThat(h.cacheReads()).isEqualTo(h.feedOpens());
        assertThat(pull.cacheReads()).isZero();
        assertThat(h).usingRecursiveComparison().ignoringFields("cacheReads").isEqualTo(pull);
    }

    @Property(tries = 60, seed = SEED)
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
     * In pull every consumer checks once per interval, so no delivery waits a whole interval, and every post made at
     * least one interval before the end is delivered. (The property stated before — "a shorter interval never raises
     * the mean" — is false: posts cut off by the run's end leave different samples; seed 222610 broke it.)
     */
    @Property(tries = 40, seed = SEED)
    void pullNeverWaitsAWholeIntervalAndDeliversEveryPostMadeAnIntervalBeforeTheEnd(@ForAll("seeds") long seed,
            @ForAll("intervals") double interval) {
        for (double i : new double[] {interval, interval / 2}) {
            Scenario s = new Scenario("bound", "", Model.PULL, 3600, seed, 500,
                    List.of(new Producer("p", 500, 4, Schedule.POISSON)), i, 1_000_000, 0, 800);
            Simulation sim = new Simulation(s, 0, 10_000);
            Metrics m = sim.runToEnd().metrics();
            long[] lateFollowers = new long[1];
            sim.drainEvents((kind, t, producer, post, watched, count) -> {
                if (kind == EventKind.POST_MADE && t >= 3600 - i) {
                    lateFollowers[0] += count;
                }
            });

            assertThat(m.deliveryLatencySeconds().max()).isLessThan(i);
            assertThat(m.undelivered()).isLessThanOrEqualTo(lateFollowers[0]);
        }
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs().between(0, 1_000_000);
    }

    @Provide
    Arbitrary<Double> intervals() {
        return Arbitraries.doubles().between(20, 600).ofScale(1);
    }

    @Property(tries = 60, seed = SEED)
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
    @Property(tries = 50, seed = SEED)
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

    /**
     * A brute-force reference: with every consumer watched, replay the run from its own events — posts, each
     * write's arrival, each check — and recount every figure one (post, follower) pair at a time: deliveries and
     * their latencies, useful checks, read queries, evictions. The engine, which counts in bulk, must agree.
     */
    @Property(tries = 60, seed = SEED)
    void aBruteForceReplayOfTheEventsAgreesOnEveryCount(@ForAll("scenarios") Scenario drawn) {
        long consumers = Math.min(drawn.consumers(), 40);
        List<Producer> capped = new ArrayList<>();
        for (Producer p : drawn.producers()) {
            capped.add(new Producer(p.name(), Math.min(p.followers(), consumers), p.postsPerHour() * 5,
                    p.schedule()));
        }
        Scenario s = new Scenario("reference", "", drawn.model(), drawn.durationSeconds(), drawn.seed(), consumers,
                capped, drawn.pollIntervalSeconds(), Math.min(drawn.celebrityThreshold(), consumers),
                drawn.fanoutWritesPerSecond(), drawn.cacheCapacity());
        int n = (int) consumers;
        Simulation sim = new Simulation(s, n, 4_000_000);
        Metrics m = sim.runToEnd().metrics();
        List<WatchedConsumer> who = sim.watched();
        List<double[]> posts = new ArrayList<>(); // time, producer, pulled (1/0)
        List<List<Double>> checks = new ArrayList<>();
        List<List<double[]>> writes = new ArrayList<>(); // per consumer: arrival time, post time
        for (int i = 0; i < n; i++) {
            checks.add(new ArrayList<>());
            writes.add(new ArrayList<>());
        }
        java.util.Map<Long, Double> postTime = new java.util.HashMap<>();
        sim.drainEvents((kind, t, producer, post, watched, count) -> {
            switch (kind) {
                case POST_MADE -> postTime.put(post, t);
                case WRITES_QUEUED -> posts.add(new double[] {t, producer, count == 0 ? 1 : 0});
                case WRITE_DONE -> writes.get(watched).add(new double[] {t, postTime.get(post)});
                case CHECK_SENT -> checks.get(watched).add(t);
                default -> { }
            }
        });
        assertThat(sim.droppedEvents()).isZero();

        long deliveries = 0;
        long useful = 0;
        long readQueries = 0;
        long evictions = 0;
        double latencySum = 0;
        double latencyMax = 0;
        for (int w = 0; w < n; w++) {
            List<Integer> followees = who.get(w).followees();
            List<double[]> got = writes.get(w);
            evictions += Math.max(0, got.size() - s.cacheCapacity());
            for (double[] write : got) {
                deliveries++;
                latencySum += write[0] - write[1];
                latencyMax = Math.max(latencyMax, write[0] - write[1]);
            }
            double previous = Double.NEGATIVE_INFINITY;
            for (double check : checks.get(w)) {
                long news = 0;
                for (double[] p : posts) {
                    if (p[2] == 1 && p[0] > previous && p[0] <= check && followees.contains((int) p[1])) {
                        news++;
                        deliveries++;
                        latencySum += check - p[0];
                        latencyMax = Math.max(latencyMax, check - p[0]);
                    }
                }
                if (s.model() == Model.HYBRID) {
                    for (double[] write : got) {
                        news += write[0] > previous && write[0] <= check ? 1 : 0;
                    }
                }
                useful += news > 0 ? 1 : 0;
                for (int p : followees) {
                    boolean celebrity = s.isCelebrity(s.producers().get(p));
                    readQueries += s.model() == Model.PULL || celebrity ? 1 : 0;
                }
                previous = check;
            }
        }

        assertThat(m.deliveries()).isEqualTo(deliveries);
        assertThat(m.usefulChecks()).isEqualTo(useful);
        assertThat(m.checks()).isEqualTo(checks.stream().mapToLong(List::size).sum());
        assertThat(m.readQueries()).isEqualTo(readQueries);
        assertThat(m.evictions()).isEqualTo(evictions);
        if (deliveries > 0) {
            assertThat(m.deliveryLatencySeconds().max()).isEqualTo(latencyMax);
            assertThat(m.deliveryLatencySeconds().mean()).isCloseTo(latencySum / deliveries,
                    org.assertj.core.api.Assertions.within(1e-6 + 1e-9 * latencyMax));
        }
    }
}
