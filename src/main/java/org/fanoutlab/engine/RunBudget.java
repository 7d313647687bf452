package org.fanoutlab.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.fanoutlab.engine.lanes.LaneParam;
import org.fanoutlab.engine.lanes.LaneSpec;
import org.fanoutlab.engine.lanes.OnFull;

/**
 * What a run will cost before it starts (ADR 0002, "Budget"): the engine's work in nanoseconds and its memory in
 * bytes, estimated from the scenario alone, and the figures' largest values. A scenario above the budget is
 * refused with a problem per cause that names the fields to change — the CLI prints them with the file's line and
 * column and exits 1, and the Lab shows the same words — rather than running for minutes or running out of memory.
 * Toolkit-free; deterministic (the scenario decides, never the machine).
 *
 * <p>The estimate counts what the engine really does (ADR 0002, "Work"): posts, the cache writes of simulated
 * followers, pulled deliveries, and the feed opens it visits one by one (a sweep of the simulated consumers
 * after a post with a large audience; each follower of a small one; every open of a watched consumer). Opens
 * where nothing can happen are counted by number and cost nothing, however short the poll interval.
 */
public final class RunBudget {
    /** About ten seconds of engine time on the 2-core build machine. */
    public static final double WORK_BUDGET_NANOS = 10e9;
    /** Engine memory, leaving room under a 512 MB heap for the file reader and the JVM. */
    public static final double MEMORY_BUDGET_BYTES = 256e6;
    /** Figures are longs; a run whose counts could pass this is refused rather than allowed to overflow. */
    static final double MAX_COUNT = 9e18;

    // Nanoseconds per unit of work, measured on the presets (docs/bench.md); rounded up.
    private static final double POST_NANOS = 400;
    private static final double WRITE_NANOS = 2;
    private static final double SAMPLED_WRITE_NANOS = 20;
    private static final double VISIT_NANOS = 150;
    private static final double DELIVERY_NANOS = 60;
    private static final double CONSUMER_NANOS = 60;
    private static final double LANE_EVENT_NANOS = 150;
    private static final double PRODUCER_NANOS = 300;
    // Bytes.
    private static final double CONSUMER_BYTES = 64;
    private static final double PRODUCER_BYTES = 400;
    private static final double PENDING_BYTES = 32;
    private static final double SEGMENT_BYTES = 100;
    private static final double WAITING_POST_BYTES = 32;
    private static final double LANE_BYTES = 300_000;

    private RunBudget() {
    }

    /** One reason a scenario cannot run as it is; {@code field} is a path in the file ({@code lanes[0].onFull}). */
    public record Problem(String field, String message) {
    }

    /**
     * The estimate of one run.
     *
     * @param simulatedConsumers consumers followed one by one (all up to 1,000,000; a sample above)
     * @param posts              posts the producers are expected to make
     * @param workNanos          engine time, in nanoseconds of the build machine
     * @param memoryBytes        engine memory at its peak
     */
    public record Estimate(long simulatedConsumers, double posts, double workNanos, double memoryBytes) {
    }

    /** The problems of a run without watched consumers (the CLI, sweeps); empty when it fits. */
    public static List<Problem> check(Scenario s) {
        return check(s, 0);
    }

    /** The problems of a run that reports events for {@code watchedConsumers} consumers (a stage). */
    public static List<Problem> check(Scenario s, int watchedConsumers) {
        List<Problem> out = new ArrayList<>();
        double d = s.durationSeconds();
        double opensPerConsumer = d / s.pollIntervalSeconds();
        if (s.consumers() * opensPerConsumer > MAX_COUNT) {
            out.add(new Problem("pollIntervalSeconds", String.format(Locale.ROOT,
                    "%s consumers opening their feed every %s s for %s s make about %s opens, more than a count"
                            + " can hold: raise pollIntervalSeconds, or lower consumers or durationSeconds",
                    fmt(s.consumers()), fmt(s.pollIntervalSeconds()), fmt(d),
                    fmt(s.consumers() * opensPerConsumer))));
        }
        double followPairs = 0;
        for (Producer p : s.producers()) {
            followPairs += p.followers();
        }
        if (followPairs * opensPerConsumer > MAX_COUNT) {
            out.add(new Problem("pollIntervalSeconds", String.format(Locale.ROOT,
                    "every open queries each followee: about %s read queries, more than a count can hold: raise"
                            + " pollIntervalSeconds, or lower the producers' followers or durationSeconds",
                    fmt(followPairs * opensPerConsumer))));
        }
        Tally t = tally(s, watchedConsumers);
        if (t.work() > WORK_BUDGET_NANOS) {
            Part big = t.biggestWork();
            out.add(new Problem(big.field(), String.format(Locale.ROOT,
                    "this run would take the engine about %s s (the most is %s s), mostly for %s: %s",
                    fmt(t.work() / 1e9), fmt(WORK_BUDGET_NANOS / 1e9), big.what(), big.remedy())));
        }
        if (t.memory() > MEMORY_BUDGET_BYTES) {
            Part big = t.biggestMemory();
            out.add(new Problem(big.field(), String.format(Locale.ROOT,
                    "this run would hold about %s MB in memory at once (the most is %s MB), mostly for %s: %s",
                    fmt(t.memory() / 1e6), fmt(MEMORY_BUDGET_BYTES / 1e6), big.what(), big.remedy())));
        }
        return out;
    }

    /** The estimate for a run reporting events for {@code watchedConsumers} consumers. */
    public static Estimate estimate(Scenario s, int watchedConsumers) {
        Tally t = tally(s, watchedConsumers);
        return new Estimate(t.simulated, t.posts, t.work(), t.memory());
    }

    /** One share of the cost, with the fields that set it and what to do about it. */
    private record Part(double nanos, double bytes, String field, String what, String remedy) {
    }

    private static final class Tally {
        final List<Part> parts = new ArrayList<>();
        long simulated;
        double posts;

        void add(double nanos, double bytes, String field, String what, String remedy) {
            parts.add(new Part(nanos, bytes, field, what, remedy));
        }

        double work() {
            return parts.stream().mapToDouble(Part::nanos).sum();
        }

        double memory() {
            return parts.stream().mapToDouble(Part::bytes).sum();
        }

        Part biggestWork() {
            return parts.stream().max(Comparator.comparingDouble(Part::nanos)).orElseThrow();
        }

        Part biggestMemory() {
            return parts.stream().max(Comparator.comparingDouble(Part::bytes)).orElseThrow();
        }
    }

    private static Tally tally(Scenario s, int watchedConsumers) {
        Tally t = new Tally();
        double d = s.durationSeconds();
        double interval = s.pollIntervalSeconds();
        double rounds = d / interval;
        long c = s.consumers();
        long n = simulated(s);
        t.simulated = n;
        boolean sampled = c > Limits.EXACT_CONSUMER_LIMIT;
        String busiest = busiestField(s);
        String fewerPosts = "lower " + busiest + " or durationSeconds";
        t.add(n * CONSUMER_NANOS, n * CONSUMER_BYTES, "consumers",
                fmt(n) + " simulated consumers", "lower consumers");
        t.add(s.producers().size() * PRODUCER_NANOS, s.producers().size() * PRODUCER_BYTES, "producers",
                fmt(s.producers().size()) + " producers", "list fewer producers");
        double posts = 0;
        double sweepPosts = 0;
        double pushedPosts = 0;
        double pushedWrites = 0;
        double pending = 0;
        double deliveries = 0;
        double writes = 0;
        double oneByOne = 0;
        for (Producer p : s.producers()) {
            double made = postsMade(p, d);
            posts += made;
            double audience = sampled && p.followers() > Limits.MIN_SAMPLE ? (double) p.followers() * n / c
                    : p.followers();
            boolean pulled = s.model() == Model.PULL || (s.model() == Model.HYBRID && s.isCelebrity(p));
            boolean small = audience * 8 < n;
            if (pulled) {
                deliveries += made * audience;
                if (small) {
                    oneByOne += made * audience;
                    pending += p.postsPerHour() / 3600 * Math.min(interval, d) * audience;
                } else {
                    sweepPosts += made;
                }
            } else {
                pushedPosts += made;
                pushedWrites += made * p.followers();
                writes += made * audience;
                if (s.model() == Model.HYBRID) {
                    if (small && s.fanoutWritesPerSecond() == 0) {
                        oneByOne += made * audience;
                    } else {
                        sweepPosts += made;
                    }
                }
            }
        }
        t.posts = posts;
        t.add(posts * POST_NANOS, 0, busiest, fmt(posts) + " posts", fewerPosts);
        t.add(writes * (sampled ? SAMPLED_WRITE_NANOS : WRITE_NANOS), 0, busiest,
                fmt(writes) + " cache writes to simulated consumers", fewerPosts + ", or followers");
        t.add(deliveries * DELIVERY_NANOS + oneByOne * VISIT_NANOS, pending * PENDING_BYTES, busiest,
                fmt(deliveries) + " pulled deliveries to simulated consumers", fewerPosts + ", or followers");
        double rate = s.fanoutWritesPerSecond();
        double busy = rate == 0 ? 0 : Math.min(d, pushedWrites / rate);
        if (s.model() == Model.HYBRID && rate > 0) {
            sweepPosts += busy / interval; // a hybrid check during fan-out may find a write: every one is visited
        }
        double swept = n * Math.min(rounds, sweepPosts);
        t.add(swept * VISIT_NANOS, 0, "pollIntervalSeconds", fmt(swept) + " feed opens visited after posts",
                "raise pollIntervalSeconds, or " + fewerPosts);
        t.add(watchedConsumers * rounds * VISIT_NANOS, 0, "pollIntervalSeconds",
                "the checks of " + watchedConsumers + " watched consumers", "raise pollIntervalSeconds");
        // posts queued at once: all of them when the queue never drains within the run
        double queued = rate == 0 ? 1 : Math.min(pushedPosts, pushedPosts * busy / d + 1);
        t.add(0, queued * SEGMENT_BYTES, "fanoutWritesPerSecond", fmt(queued) + " posts waiting to fan out",
                "raise fanoutWritesPerSecond, or " + fewerPosts);
        if (!s.lanes().isEmpty()) {
            lanes(s, t);
        }
        return t;
    }

    /** The delivery lanes' share, fed by the first producer's posts. */
    private static void lanes(Scenario s, Tally t) {
        double d = s.durationSeconds();
        Producer first = s.producers().get(0);
        double posts = postsMade(first, d);
        double rate = first.postsPerHour() / 3600;
        for (int i = 0; i < s.lanes().size(); i++) {
            LaneSpec l = s.lanes().get(i);
            String at = "lanes[" + i + "]";
            double events = 2 * posts;
            double waiting = 0;
            String field = at;
            switch (l.type()) {
                case SHORT_POLL -> {
                    events += d / l.get(LaneParam.INTERVAL_SECONDS);
                    waiting = Math.min(posts, rate * l.get(LaneParam.INTERVAL_SECONDS));
                    field = at + ".intervalSeconds";
                }
                case LONG_POLL -> {
                    events += d / l.get(LaneParam.HOLD_SECONDS);
                    field = at + ".holdSeconds";
                }
                case SERVER_PUSH -> {
                    events += l.get(LaneParam.DROPS_PER_HOUR) * d / 3600;
                    waiting = Math.min(posts, rate * l.get(LaneParam.RECONNECT_DELAY_SECONDS));
                    field = at + ".dropsPerHour";
                }
                case WEBHOOK -> {
                    double attempts = l.get(LaneParam.MAX_ATTEMPTS);
                    events += posts * attempts;
                    waiting = Math.min(posts, rate * l.get(LaneParam.RETRY_BASE_SECONDS) * Math.pow(2, attempts));
                    field = at + ".maxAttempts";
                }
                case QUEUE_PULL -> {
                    events += d / l.get(LaneParam.FETCH_WAIT_SECONDS);
                    waiting = behind(posts, l.get(LaneParam.CONSUMER_CAPACITY_PER_SECOND) * d);
                    field = at + ".consumerCapacityPerSecond";
                }
                case PUSH_TO_SLOW_CONSUMER -> {
                    waiting = l.onFull() == OnFull.BLOCK
                            ? behind(posts, l.get(LaneParam.CONSUMER_CAPACITY_PER_SECOND) * d)
                            : Math.min(posts, l.get(LaneParam.BUFFER_SIZE));
                    field = at + (l.onFull() == OnFull.BLOCK ? ".onFull" : ".bufferSize");
                }
                case WEBSOCKET -> {
                    events += l.get(LaneParam.DROPS_PER_HOUR) * d / 3600
                            + l.get(LaneParam.CLIENT_MESSAGES_PER_MINUTE) * d / 60;
                    waiting = Math.min(posts, rate * l.get(LaneParam.RECONNECT_DELAY_SECONDS));
                    field = at + ".clientMessagesPerMinute";
                }
                case IDLE -> {
                    events += d / l.get(LaneParam.REISSUE_SECONDS);
                    field = at + ".reissueSeconds";
                }
            }
            t.add(events * LANE_EVENT_NANOS, LANE_BYTES + waiting * WAITING_POST_BYTES, field,
                    "lane " + at + " (" + l.type().id() + ": " + fmt(events) + " events, up to " + fmt(waiting)
                            + " posts waiting)",
                    "change " + field + ", or lower producers[0].postsPerHour or durationSeconds");
        }
    }

    private static double behind(double posts, double processed) {
        return Math.max(0, posts - processed) + 1;
    }

    /** Expected posts in {@code d} seconds, with room for a Poisson schedule's spread. */
    private static double postsMade(Producer p, double d) {
        double mean = p.postsPerHour() * d / 3600;
        return p.schedule() == Schedule.POISSON ? mean + 4 * Math.sqrt(mean) : mean + 1;
    }

    /** Consumers the engine follows one by one: all up to a million, else the sample plus small audiences. */
    static long simulated(Scenario s) {
        long c = s.consumers();
        if (c <= Limits.EXACT_CONSUMER_LIMIT) {
            return c;
        }
        long exact = 0;
        List<Long> small = new ArrayList<>();
        for (Producer p : s.producers()) {
            if (p.followers() <= Limits.MIN_SAMPLE) {
                small.add(p.followers());
            }
        }
        small.sort(Comparator.naturalOrder());
        for (long f : small) {
            if (exact + f > Limits.EXACT_CONSUMER_LIMIT) {
                break;
            }
            exact += f;
        }
        return exact + c / Math.max(1, c / Limits.MIN_SAMPLE) + 1;
    }

    /** The field to point at: the producer that posts most, or the poll interval when opens dominate. */
    private static String busiestField(Scenario s) {
        int busiest = 0;
        for (int p = 1; p < s.producers().size(); p++) {
            if (s.producers().get(p).postsPerHour() > s.producers().get(busiest).postsPerHour()) {
                busiest = p;
            }
        }
        return "producers[" + busiest + "].postsPerHour";
    }

    static String fmt(double v) {
        if (v >= 1e15) {
            return String.format(Locale.ROOT, "%.1e", v);
        }
        if (v >= 100 || v == Math.rint(v)) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        return String.format(Locale.ROOT, "%.3g", v);
    }
}
