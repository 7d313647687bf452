package org.fanoutlab.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.fanoutlab.content.scenario.ScenarioReader;
import org.fanoutlab.engine.CostModel;
import org.fanoutlab.engine.Metrics;
import org.fanoutlab.engine.LanesSimulation;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.engine.Simulation;
import org.fanoutlab.engine.lanes.LaneMetrics;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every figure a lesson states about a preset is (a) really written in the lesson, and (b) what the engine
 * reports when it runs that preset. The engine is the source of truth: when a row fails in (b), fix the
 * lesson's text (and this row), not the tolerance.
 *
 * <p>Each row names the lesson file, a verbatim snippet of the lesson that states the figure
 * (whitespace-insensitive), where the figure comes from (a preset's metric at the end of the run or at a
 * checkpoint's moment, a delivery lane's counter, a difference or a rate of those), the figure and its
 * tolerance. The snippet must contain the figure as written in English: by default with grouping commas and
 * no trailing zeros ({@code 50,000,000}); a row may give another wording ({@code 50 million}), which must
 * itself read as the figure. So a row cannot drift from the text, nor the text from the engine.
 */
class LessonFiguresTest {

    private static final Path LESSONS = Path.of("lessons");
    private static final Path SCENARIOS = LESSONS.resolve("scenarios");

    /** Where a stated figure comes from. */
    sealed interface Source {
        double read(Runs runs) throws Exception;
    }

    /** A metric of the engine's catalogue, at the end of the preset's run or at {@code atSeconds}. */
    record Metric(String preset, String name, double atSeconds) implements Source {
        @Override
        public double read(Runs runs) throws Exception {
            org.fanoutlab.engine.Metric metric = org.fanoutlab.engine.Metric.byId(name);
            assertThat(metric).as("metric '%s' in the engine's catalogue", name).isNotNull();
            return metric.number(runs.fanout(preset, atSeconds));
        }

        @Override
        public String toString() {
            return preset + " " + name + (atSeconds > 0 ? " at " + format(atSeconds) + " s" : "");
        }
    }

    /** A counter of one delivery lane of a lanes preset, by the lane's name. */
    record Lane(String preset, String lane, String field) implements Source {
        @Override
        public double read(Runs runs) throws Exception {
            LaneMetrics m = runs.lanes(preset).stream().filter(l -> l.name().equals(lane)).findFirst()
                    .orElseThrow(() -> new AssertionError("preset " + preset + " has no lane '" + lane + "'"));
            return switch (field) {
                case "requests" -> m.requests();
                case "emptyAnswers" -> m.emptyAnswers();
                case "deliveries" -> m.deliveries();
                case "drops" -> m.drops();
                case "duplicates" -> m.duplicates();
                case "retries" -> m.retries();
                case "givenUp" -> m.givenUp();
                case "lagNow" -> m.lagNow();
                case "blockedSeconds" -> m.blockedSeconds();
                case "replays" -> m.replays();
                case "openConnectionsMax" -> m.openConnectionsMax();
                case "clientMessages" -> m.clientMessages();
                case "latency.mean" -> m.latency().mean();
                case "latency.max" -> m.latency().max();
                default -> throw new IllegalArgumentException("unknown lane field " + field);
            };
        }

        @Override
        public String toString() {
            return preset + " lane '" + lane + "' " + field;
        }
    }

    /** {@code a − b}, for a lesson that states by how much one setting beats another. */
    record Difference(Source a, Source b) implements Source {
        @Override
        public double read(Runs runs) throws Exception {
            return a.read(runs) - b.read(runs);
        }

        @Override
        public String toString() {
            return "(" + a + ") − (" + b + ")";
        }
    }

    /** {@code a ÷ b}, for a rate, a share or a break-even price. */
    record Quotient(Source a, Source b) implements Source {
        @Override
        public double read(Runs runs) throws Exception {
            return a.read(runs) / b.read(runs);
        }

        @Override
        public String toString() {
            return "(" + a + ") ÷ (" + b + ")";
        }
    }

    /** A number the lesson divides by (seconds in an hour, 100 for a percentage), not a figure of a run. */
    record Constant(double value) implements Source {
        @Override
        public double read(Runs runs) {
            return value;
        }

        @Override
        public String toString() {
            return format(value);
        }
    }

    /**
     * The total cost a lesson computes from a run's counters with the prices it states, by the engine's
     * {@link CostModel}: {@code perWrite × cacheWrites + perQuery × readQueries + perCacheRead × cacheReads}.
     */
    record Cost(String preset, double perWrite, double perQuery, double perCacheRead) implements Source {
        @Override
        public double read(Runs runs) throws Exception {
            return new CostModel(perWrite, perQuery, perCacheRead).cost(runs.fanout(preset, 0));
        }

        @Override
        public String toString() {
            return preset + " cost at " + format(perWrite) + " per write, " + format(perQuery) + " per query, "
                    + format(perCacheRead) + " per cache read";
        }
    }

    record Figure(String lesson, String stated, Source source, double value, double tolerance, String written) {
        Figure as(String wording) {
            return new Figure(lesson, stated, source, value, tolerance, wording);
        }

        String shown() {
            return written != null ? written : format(value);
        }

        @Override
        public String toString() {
            return lesson + ": " + source + " = " + shown();
        }
    }

    private static Figure fig(String lesson, String preset, String metric, String stated, double value,
            double tolerance) {
        return new Figure(lesson, stated, new Metric(preset, metric, 0), value, tolerance, null);
    }

    private static Figure figAt(String lesson, String preset, String metric, double atSeconds, String stated,
            double value, double tolerance) {
        return new Figure(lesson, stated, new Metric(preset, metric, atSeconds), value, tolerance, null);
    }

    private static Figure lane(String lesson, String preset, String lane, String field, String stated,
            double value, double tolerance) {
        return new Figure(lesson, stated, new Lane(preset, lane, field), value, tolerance, null);
    }

    private static Figure cost(String lesson, String preset, double perWrite, double perQuery, double perCacheRead,
            String stated, double value) {
        return new Figure(lesson, stated, new Cost(preset, perWrite, perQuery, perCacheRead), value, 0, null);
    }

    private static final String L01 = "01-who-moves-the-data.md";
    private static final String L02 = "02-push.md";
    private static final String L03 = "03-fan-out-problem.md";
    private static final String L04 = "04-pull.md";
    private static final String L05 = "05-polling-problem.md";
    private static final String L06 = "06-hybrid.md";
    private static final String L07 = "07-choosing-the-threshold.md";
    private static final String L08 = "08-what-a-timeline-stores.md";
    private static final String L09 = "09-beyond-short-polling.md";
    private static final String L10 = "10-queues-and-backpressure.md";
    private static final String L11 = "11-delivery-guarantees.md";
    private static final String L12 = "12-decision-framework.md";

    private static final String ROW_PUSH = "| `threshold-mix-push` | pure push | 1,322,300 | 0 | 200,000 |";
    private static final String ROW_HIGH = "| `hybrid-threshold-high` | threshold 100,000 | 122,300 | 200,000 | 200,000 |";
    private static final String ROW_DEMO = "| `hybrid-threshold-demo` | threshold 20,000 | 2,300 | 240,000 | 200,000 |";
    private static final String ROW_PULL = "| `threshold-mix-pull` | pure pull | 0 | 244,600 | 0 |";
    private static final String SAME_OPENS = "Every setting here has the same 200,000 `feedOpens`";

    private static final List<Figure> FIGURES = List.of(
            // 01 who moves the data: checkpoints narrate the run at their moment
            figAt(L01, "regular-push", "cacheWrites", 901,
                    "Each of its 300 followers got a copy in their own feed cache", 300, 0),
            figAt(L01, "regular-pull", "emptyChecks", 600,
                    "× 1,000 consumers = 20,000 requests the server answered with 'nothing new'", 20_000, 0),
            figAt(L01, "regular-pull", "checks", 600,
                    "× 1,000 consumers = 20,000 requests the server answered with 'nothing new'", 20_000, 0),

            // 02 push
            fig(L02, "push-small-audience", "cacheWrites", "`cacheWrites` = 2,000", 2000, 0),
            fig(L02, "push-small-audience", "writeAmplification", "`writeAmplification` = 500", 500, 0),
            fig(L02, "push-small-audience", "deliveryLatencySeconds.max",
                    "`deliveryLatencySeconds.max` = 0.0005 s", 0.0005, 0.0001),

            // 03 the fan-out problem
            fig(L03, "celebrity-push", "cacheWrites", "the engine reports `cacheWrites` = 50,000,000", 50_000_000, 0),
            fig(L03, "celebrity-push", "deliveryLatencySeconds.p50",
                    "(`deliveryLatencySeconds.p50`) of about 25 s", 25, 0.5),
            fig(L03, "celebrity-push", "deliveryLatencySeconds.p99", "a `p99` of about 49.5 s", 49.5, 0.5),
            fig(L03, "celebrity-push", "deliveryLatencySeconds.p99",
                    "One such post alone gives a 99th-percentile wait of 49.5 s", 49.5, 0.5),
            fig(L03, "celebrity-push", "deliveryLatencySeconds.max", "and a `max` of 50 s", 50, 0.5),
            figAt(L03, "celebrity-push", "fanoutBacklogMax", 1801,
                    "The backlog gauge jumped to 50 million writes at once", 50_000_000, 0).as("50 million"),
            figAt(L03, "celebrity-push", "deliveries", 1825,
                    "so after 25 s the first 25 million followers have the post", 25_000_000, 10_000)
                    .as("25 million"),
            fig(L03, "fanout-queue-one-post", "deliveryLatencySeconds.max", "so its last follower waits 5 s", 5, 0.1),
            fig(L03, "fanout-queue-two-posts", "fanoutBacklogMax",
                    "the backlog peaks at `fanoutBacklogMax` = 100,000 writes", 100_000, 0),
            fig(L03, "fanout-queue-two-posts", "deliveryLatencySeconds.max",
                    "the last follower of the second post waits 10 s", 10, 0.1),
            figAt(L03, "celebrity-two-posts", "fanoutBacklogMax", 101,
                    "Backlog = 50,000,000 − 10 × 1,000,000 + 50,000,000 = 90,000,000 writes", 90_000_000, 0),
            fig(L03, "celebrity-two-posts", "fanoutBacklogMax",
                    "the backlog peaks at `fanoutBacklogMax` = 90,000,000 writes", 90_000_000, 0),
            fig(L03, "celebrity-two-posts", "deliveryLatencySeconds.p50",
                    "the median delivery waits about 45 s", 45, 0.5),
            fig(L03, "celebrity-two-posts", "deliveryLatencySeconds.p99",
                    "and the 99th percentile about 89 s", 89, 0.5),
            fig(L03, "celebrity-two-posts", "deliveryLatencySeconds.max",
                    "so the second post's writes run from 40 s to 90 s after it was made", 90, 0.01),

            // 04 pull
            fig(L04, "pull-latency-60s", "deliveryLatencySeconds.mean",
                    "a mean latency (`deliveryLatencySeconds.mean`) of about 30 s", 30, 1),
            fig(L04, "pull-latency-60s", "checks", "600,000 `checks` in the hour", 600_000, 0),
            fig(L04, "pull-latency-60s", "readQueries",
                    "600,000 `checks` in the hour (10,000 readers × 60 checks each), and as many `readQueries`",
                    600_000, 0),
            fig(L04, "pull-latency-60s", "wastedPerUseful", "`wastedPerUseful` = 59", 59, 0.01),

            // 05 the polling problem
            fig(L05, "pull-every-30s", "checks", "the reader makes 2,880 checks", 2880, 0),
            fig(L05, "pull-every-30s", "usefulChecks", "finds something in only 24 of them", 24, 0),
            fig(L05, "pull-every-30s", "wastedPerUseful", "The engine reports `wastedPerUseful` = 119", 119, 0.01),
            fig(L05, "pull-every-30s", "checks", "| `pull-every-30s` | 30 s | 2,880 checks | 119 |", 2880, 0),
            fig(L05, "pull-every-30s", "wastedPerUseful", "| `pull-every-30s` | 30 s | 2,880 checks | 119 |", 119,
                    0.01),
            fig(L05, "pull-every-5min", "checks", "| `pull-every-5min` | 5 min | 288 checks | 11 |", 288, 0),
            fig(L05, "pull-every-5min", "wastedPerUseful", "| `pull-every-5min` | 5 min | 288 checks | 11 |", 11,
                    0.01),
            fig(L05, "pull-every-15min", "checks", "| `pull-every-15min` | 15 min | 96 checks | 3 |", 96, 0),
            fig(L05, "pull-every-15min", "wastedPerUseful", "| `pull-every-15min` | 15 min | 96 checks | 3 |", 3,
                    0.01),
            fig(L05, "pull-crowd-every-30s", "checks", "The engine counts 1,200,000 `checks`", 1_200_000, 0),
            fig(L05, "pull-crowd-every-30s", "emptyChecks", "1,190,000 `emptyChecks`", 1_190_000, 0),
            fig(L05, "pull-crowd-every-30s", "usefulChecks", "of which only 10,000 (one per reader) carried the post",
                    10_000, 0),
            fig(L05, "celebrity-pull", "checks", "the engine counts 6,000,000,000 checks", 6_000_000_000L, 0),
            fig(L05, "celebrity-pull", "emptyChecks", "and 5,950,000,000 of them come back empty", 5_950_000_000L,
                    10_000_000),

            // 06 the hybrid
            fig(L06, "celebrity-hybrid", "readQueries",
                    "120 × 50,000,000 = 6,000,000,000 queries", 6_000_000_000L, 0),
            fig(L06, "celebrity-hybrid", "cacheWrites", "post causes `cacheWrites` = 0 instead of 50,000,000", 0, 0),
            fig(L06, "celebrity-push", "cacheWrites", "post causes `cacheWrites` = 0 instead of 50,000,000",
                    50_000_000, 0),
            fig(L06, "celebrity-hybrid", "deliveryLatencySeconds.mean",
                    "the engine's mean latency comes out at about 15 s", 15, 0.5),
            fig(L06, "celebrity-push", "deliveryLatencySeconds.p50",
                    "against about 25 s for the median follower under push", 25, 0.5),
            fig(L06, "celebrity-hybrid", "readQueries", "Now the read counter: `readQueries` = 6,000,000,000",
                    6_000_000_000L, 0),

            // 07 choosing the threshold: counters, then the costs the lesson computes from them at stated prices
            fig(L07, "hybrid-threshold-high", "cacheWrites",
                    "120,000 + 2,000 + 300 = 122,300 writes", 122_300, 0),
            fig(L07, "threshold-mix-push", "cacheWrites", ROW_PUSH, 1_322_300, 0),
            fig(L07, "threshold-mix-push", "readQueries", ROW_PUSH, 0, 0),
            fig(L07, "threshold-mix-push", "cacheReads", ROW_PUSH, 200_000, 0),
            fig(L07, "hybrid-threshold-high", "cacheWrites", ROW_HIGH, 122_300, 0),
            fig(L07, "hybrid-threshold-high", "readQueries", ROW_HIGH, 200_000, 0),
            fig(L07, "hybrid-threshold-high", "cacheReads", ROW_HIGH, 200_000, 0),
            fig(L07, "hybrid-threshold-demo", "cacheWrites", ROW_DEMO, 2_300, 0),
            fig(L07, "hybrid-threshold-demo", "readQueries", ROW_DEMO, 240_000, 0),
            fig(L07, "hybrid-threshold-demo", "cacheReads", ROW_DEMO, 200_000, 0),
            fig(L07, "threshold-mix-pull", "cacheWrites", ROW_PULL, 0, 0),
            fig(L07, "threshold-mix-pull", "readQueries", ROW_PULL, 244_600, 0),
            fig(L07, "threshold-mix-pull", "cacheReads", ROW_PULL, 0, 0),
            fig(L07, "threshold-mix-push", "feedOpens", SAME_OPENS, 200_000, 0),
            fig(L07, "hybrid-threshold-high", "feedOpens", SAME_OPENS, 200_000, 0),
            fig(L07, "hybrid-threshold-demo", "feedOpens", SAME_OPENS, 200_000, 0),
            fig(L07, "threshold-mix-pull", "feedOpens", SAME_OPENS, 200_000, 0),
            fig(L07, "hybrid-threshold-demo", "readQueries", "`2 × (100,000 + 20,000)` = 240,000 queries", 240_000,
                    0),
            fig(L07, "hybrid-threshold-demo", "cacheWrites", "`1 × 2,000 + 1 × 300` = 2,300 writes", 2_300, 0),
            fig(L07, "hybrid-threshold-demo", "cacheReads", "Every open also reads its own cache: 200,000 cache reads",
                    200_000, 0),
            cost(L07, "threshold-mix-push", 1, 2, 0, "| pure push | 1,322,300 |", 1_322_300),
            cost(L07, "hybrid-threshold-high", 1, 2, 0, "| threshold 100,000 | 522,300 |", 522_300),
            cost(L07, "hybrid-threshold-demo", 1, 2, 0, "| threshold 20,000 | 482,300 |", 482_300),
            cost(L07, "threshold-mix-pull", 1, 2, 0, "| pure pull | 489,200 |", 489_200),
            new Figure(L07, "the threshold of 20,000 comes out 6,900 below pure pull",
                    new Difference(new Cost("threshold-mix-pull", 1, 2, 0), new Cost("hybrid-threshold-demo", 1, 2, 0)),
                    6_900, 0, null),
            new Figure(L07, "the threshold of 20,000 comes out 6,900 below pure pull: 1.4%",
                    new Quotient(new Difference(new Cost("threshold-mix-pull", 1, 2, 0),
                            new Cost("hybrid-threshold-demo", 1, 2, 0)), new Cost("threshold-mix-pull", 1, 2, 0)),
                    0.014, 0.0005, "1.4%"),
            cost(L07, "hybrid-threshold-demo", 0, 0, 0.1, "200,000 cache reads at 0.1 add 20,000", 20_000),
            new Figure(L07, "costs more than 6,900 ÷ 200,000 ≈ 0.035 of a write",
                    new Quotient(new Difference(new Cost("threshold-mix-pull", 1, 2, 0),
                            new Cost("hybrid-threshold-demo", 1, 2, 0)),
                            new Metric("hybrid-threshold-demo", "cacheReads", 0)),
                    0.035, 0.0006, null),
            cost(L07, "threshold-mix-push", 1, 2, 1, "| pure push | 1,522,300 |", 1_522_300),
            cost(L07, "hybrid-threshold-high", 1, 2, 1, "| threshold 100,000 | 722,300 |", 722_300),
            cost(L07, "hybrid-threshold-demo", 1, 2, 1, "| threshold 20,000 | 682,300 |", 682_300),
            cost(L07, "threshold-mix-pull", 1, 2, 1, "| pure pull | 489,200 |", 489_200),
            new Figure(L07, "Pure pull is now cheapest by 193,100",
                    new Difference(new Cost("hybrid-threshold-demo", 1, 2, 1), new Cost("threshold-mix-pull", 1, 2, 1)),
                    193_100, 0, null),
            cost(L07, "hybrid-threshold-high", 1, 4, 0, "threshold 100,000 costs 122,300 + 4 × 200,000 = 922,300",
                    922_300),
            cost(L07, "hybrid-threshold-demo", 1, 4, 0, "20,000 costs 2,300 + 4 × 240,000 = 962,300", 962_300),
            fig(L07, "threshold-calm-push", "cacheWrites", "pure push makes 222,300 writes", 222_300, 0),
            fig(L07, "threshold-calm-push", "cacheReads", "pure push makes 222,300 writes and 200,000 cache reads",
                    200_000, 0),
            cost(L07, "threshold-calm-push", 1, 2, 1, "At the Lab's default prices that is 422,300", 422_300),
            cost(L07, "threshold-mix-pull", 1, 2, 1, "below the 489,200 of pure pull", 489_200),
            cost(L07, "hybrid-threshold-demo", 1, 2, 1, "and the 682,300 of the 20,000 threshold", 682_300),

            // 08 what a timeline really stores
            fig(L08, "push-small-cache", "cacheWrites", "The engine reports 12,000 `cacheWrites`", 12_000, 0),
            fig(L08, "push-small-cache", "evictions", "and 10,000 `evictions`", 10_000, 0),
            fig(L08, "pull-slow-reader", "evictions", "Here `evictions` = 0", 0, 0),
            fig(L08, "pull-slow-reader", "cacheWrites", "and `cacheWrites` = 0", 0, 0),
            fig(L08, "celebrity-two-posts", "deliveryLatencySeconds.max",
                    "reached its last follower 90 s after it was made", 90, 0.01),
            fig(L08, "celebrity-hybrid", "readQueries", "the hour took `readQueries` = 6,000,000,000", 6_000_000_000L,
                    0),
            new Figure(L08, "That is about 1.67 million reads a second on one key",
                    new Quotient(new Metric("celebrity-hybrid", "readQueries", 0), new Constant(3600)), 1_666_667, 5_000,
                    "1.67 million"),

            // 09 beyond short polling
            fig(L09, "pull-every-5s", "checks", "The engine reports 17,280 checks for the day", 17_280, 0),
            fig(L09, "pull-every-5s", "wastedPerUseful", "`wastedPerUseful` = 719", 719, 0.01),
            lane(L09, "lanes-rest-polling", "short poll every 30 s", "requests",
                    "Short polling every 30 s sends 2,880 requests in the day", 2_880, 0),
            lane(L09, "lanes-rest-polling", "short poll every 30 s", "requests",
                    "short polling sends 2,880 requests", 2_880, 0),
            lane(L09, "lanes-rest-polling", "short poll every 30 s", "emptyAnswers", "answers 2,856 of them empty",
                    2_856, 0),
            lane(L09, "lanes-rest-polling", "short poll every 30 s", "latency.mean", "with a mean wait of about 15.1 s", 15.1,
                    0.15),
            lane(L09, "lanes-rest-polling", "long poll, 30 s hold", "requests",
                    "Long polling with a 30 s hold also sends 2,880 requests", 2_880, 0),
            lane(L09, "lanes-rest-polling", "long poll, 30 s hold", "latency.mean", "in one round trip (0.1 s)", 0.1,
                    0.001),
            lane(L09, "lanes-rest-polling", "long poll, 5 min hold", "requests",
                    "Only the 5-minute hold cuts the requests, to 288", 288, 0),
            lane(L09, "lanes-websocket-chat", "WebSocket", "clientMessages", "240 sends in the hour", 240, 0),
            lane(L09, "lanes-websocket-chat", "WebSocket", "clientMessages", "sends 240 messages up the WebSocket",
                    240, 0),
            lane(L09, "lanes-websocket-chat", "WebSocket", "requests", "the WebSocket lane has made 3 requests", 3, 0),
            lane(L09, "lanes-websocket-chat", "WebSocket", "clientMessages", "carried 240 client messages up", 240, 0),
            lane(L09, "lanes-websocket-chat", "WebSocket", "deliveries", "while 123 room messages came down", 123, 0),
            lane(L09, "lanes-websocket-chat", "WebSocket", "replays", "one of them had been missed", 1, 0).as("one"),
            lane(L09, "lanes-websocket-chat", "SSE stream", "deliveries", "brings the same 123 messages down", 123, 0),
            lane(L09, "lanes-websocket-chat", "SSE stream", "requests", "over 4 requests", 4, 0),

            // 10 queues and backpressure
            lane(L10, "lanes-lag-or-loss", "pushed, 50-message buffer", "drops", "The engine counts 671 drops.", 671,
                    0),
            lane(L10, "lanes-lag-or-loss", "pulls from a retained log", "lagNow", "nothing lost, 721 messages waiting",
                    721, 0),
            lane(L10, "lanes-lag-or-loss", "pushed from a durable queue", "lagNow", "nothing lost, 721 messages waiting",
                    721, 0),
            lane(L10, "lanes-lag-or-loss", "pulls from a retained log", "drops",
                    "| pulls from a retained log | 0 | 721 messages | 0 s |", 0, 0),
            lane(L10, "lanes-lag-or-loss", "pulls from a retained log", "lagNow",
                    "| pulls from a retained log | 0 | 721 messages | 0 s |", 721, 0),
            lane(L10, "lanes-lag-or-loss", "pushed, 50-message buffer", "drops",
                    "| pushed, 50-message buffer | 671 | 50 messages | 0 s |", 671, 0),
            lane(L10, "lanes-lag-or-loss", "pushed, 50-message buffer", "lagNow",
                    "| pushed, 50-message buffer | 671 | 50 messages | 0 s |", 50, 0),
            lane(L10, "lanes-lag-or-loss", "pushed from a durable queue", "drops",
                    "| pushed from a durable queue | 0 | 721 messages | 0 s |", 0, 0),
            lane(L10, "lanes-lag-or-loss", "pushed from a durable queue", "lagNow",
                    "| pushed from a durable queue | 0 | 721 messages | 0 s |", 721, 0),
            lane(L10, "lanes-lag-or-loss", "pushed, sender blocks", "drops",
                    "| pushed, sender blocks | 0 | 721 messages | 3,352 s |", 0, 0),
            lane(L10, "lanes-lag-or-loss", "pushed, sender blocks", "lagNow",
                    "| pushed, sender blocks | 0 | 721 messages | 3,352 s |", 721, 0),
            lane(L10, "lanes-lag-or-loss", "pushed, sender blocks", "blockedSeconds",
                    "| pushed, sender blocks | 0 | 721 messages | 3,352 s |", 3_352, 0.5),
            lane(L10, "lanes-lag-or-loss", "pulls from a retained log", "lagNow",
                    "they end the hour identically: nothing lost, 721 messages behind", 721, 0),

            // 11 delivery guarantees and ordering
            lane(L11, "lanes-delivery-guarantees", "at most once", "requests",
                    "the send-once lane made 1,440 calls, one per event", 1_440, 0),
            lane(L11, "lanes-delivery-guarantees", "at most once", "deliveries", "1,282 events arrived", 1_282, 0),
            lane(L11, "lanes-delivery-guarantees", "at most once", "givenUp", "the sender gave up on 233", 233, 0),
            lane(L11, "lanes-delivery-guarantees", "at least once", "requests", "The retrying lane made 1,689 calls",
                    1_689, 0),
            lane(L11, "lanes-delivery-guarantees", "at least once", "retries", "(249 of them retries)", 249, 0),
            lane(L11, "lanes-delivery-guarantees", "at least once", "deliveries", "and 1,439 events arrived", 1_439,
                    0),
            lane(L11, "lanes-delivery-guarantees", "at least once", "lagNow",
                    "the last one was still being retried when the day ended", 1, 0).as("last one"),
            lane(L11, "lanes-delivery-guarantees", "at least once", "duplicates", "The receiver saw 70 duplicates", 70,
                    0),
            lane(L11, "lanes-kafka-consumers", "fast consumer, pulls", "deliveries",
                    "the fast group has processed all 3,600 messages", 3_600, 0),
            lane(L11, "lanes-kafka-consumers", "slow consumer, pulls", "lagNow",
                    "that pulls is 721 behind without losing any", 721, 0),
            lane(L11, "lanes-kafka-consumers", "slow consumer, pulls", "drops",
                    "that pulls is 721 behind without losing any", 0, 0).as("without losing any"),
            lane(L11, "lanes-rest-polling", "short poll every 30 s", "emptyAnswers", "2,856 of the short poller's answers",
                    2_856, 0),

            // 12 a decision framework
            fig(L12, "pull-dashboards-40s", "deliveryLatencySeconds.p95",
                    "The engine puts the 95th percentile at about 38 s", 38, 0.5),
            fig(L12, "pull-dashboards-40s", "deliveryLatencySeconds.max", "and the longest wait at 40 s", 40, 0.01),
            fig(L12, "pull-dashboards-40s", "deliveryLatencySeconds.p95",
                    "95% of them fall below 0.95 × 40 = 38 s", 38, 0.5));

    @TestFactory
    Stream<DynamicTest> everyStatedFigureIsWrittenInItsLesson() {
        return FIGURES.stream().map(f -> DynamicTest.dynamicTest(f.toString(), () -> {
            String lesson = squash(Files.readString(LESSONS.resolve(f.lesson()), StandardCharsets.UTF_8));
            String stated = squash(f.stated());
            assertThat(lesson).as("text of %s", f.lesson()).contains(stated);
            assertThat(stated).as("the snippet must state the figure itself").contains(f.shown());
            if (f.written() != null && Character.isDigit(f.written().charAt(0))) {
                assertThat(readWritten(f.written())).as("'%s' must read as %s", f.written(), format(f.value()))
                        .isCloseTo(f.value(), within(Math.max(f.tolerance(), Math.abs(f.value()) * 0.005)));
            }
        }));
    }

    @Test
    void theDefaultPricesLesson07NamesAreTheEngines() throws Exception {
        String lesson = squash(Files.readString(LESSONS.resolve(L07), StandardCharsets.UTF_8));

        assertThat(lesson).contains("The Lab's default prices are 1 for a cache write, 2 for a read query and 1 for a "
                + "cache read");
        assertThat(CostModel.DEFAULT).isEqualTo(new CostModel(1, 2, 1));
    }

    @TestFactory
    Stream<DynamicTest> everyStatedFigureMatchesTheEngine() {
        Runs runs = new Runs();
        return FIGURES.stream().map(f -> DynamicTest.dynamicTest(f.toString(), () -> {
            double actual = f.source().read(runs);
            assertThat(actual).as("%s (lesson %s says %s)", f.source(), f.lesson(), f.shown())
                    .isCloseTo(f.value(), within(f.tolerance()));
        }));
    }

    /** Each preset runs once per moment for the whole factory; a missing preset or an engine error fails. */
    static final class Runs {
        private final Map<String, Metrics> fanout = new HashMap<>();
        private final Map<String, List<LaneMetrics>> lanes = new HashMap<>();

        Metrics fanout(String preset, double atSeconds) throws Exception {
            String key = preset + "@" + atSeconds;
            Metrics cached = fanout.get(key);
            if (cached == null) {
                Scenario s = ScenarioReader.read(SCENARIOS.resolve(preset + ".json"));
                if (atSeconds > 0) {
                    assertThat(atSeconds).as("moment inside %s", preset).isLessThanOrEqualTo(s.durationSeconds());
                    s = s.withDurationSeconds(atSeconds);
                }
                cached = Simulation.run(s).metrics();
                fanout.put(key, cached);
            }
            return cached;
        }

        List<LaneMetrics> lanes(String preset) throws Exception {
            List<LaneMetrics> cached = lanes.get(preset);
            if (cached == null) {
                cached = LanesSimulation.run(ScenarioReader.read(SCENARIOS.resolve(preset + ".json")));
                lanes.put(preset, cached);
            }
            return cached;
        }
    }

    /** "25 million" → 25,000,000; "1.67 million" → 1,670,000; "50,000" → 50,000; "1.4%" → 0.014. */
    private static double readWritten(String written) {
        if (written.endsWith("%")) {
            return readWritten(written.substring(0, written.length() - 1)) / 100;
        }
        String[] parts = written.trim().split("\\s+");
        double number = Double.parseDouble(parts[0].replace(",", ""));
        if (parts.length > 1) {
            number *= switch (parts[1]) {
                case "thousand" -> 1e3;
                case "million" -> 1e6;
                case "billion" -> 1e9;
                default -> throw new IllegalArgumentException("cannot read '" + written + "' as a number");
            };
        }
        return number;
    }

    /** The figure as an English text writes it: grouping commas, no trailing zeros. */
    private static String format(double v) {
        DecimalFormat f = new DecimalFormat("#,##0.######", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        return f.format(v);
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", " ");
    }
}
