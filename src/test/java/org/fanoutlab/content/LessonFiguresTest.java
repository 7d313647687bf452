package org.fanoutlab.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
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
import org.fanoutlab.content.scenario.ScenarioFileException;
import org.fanoutlab.content.scenario.ScenarioReader;
import org.fanoutlab.engine.Metric;
import org.fanoutlab.engine.Metrics;
import org.fanoutlab.engine.Simulation;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every figure a lesson states about a scenario is (a) really written in the lesson, and (b) what the engine
 * reports when it runs that scenario's preset. The engine is the source of truth: when a row fails in (b),
 * fix the lesson's text (and this row), not the tolerance.
 *
 * <p>Each row names the lesson file, the preset in {@code lessons/scenarios/}, the metric (names of the engine.Metric catalogue,
 * latency as {@code deliveryLatencySeconds.p50} etc.), a verbatim snippet of the lesson that states the figure
 * (whitespace-insensitive), the figure itself, and the tolerance. The snippet must contain the figure as
 * written in English (grouping commas, no trailing zeros), so the row cannot drift from the text. A row whose preset
 * is missing, or whose run throws, fails: nothing here is skipped.
 */
class LessonFiguresTest {

    private static final Path LESSONS = Path.of("lessons");
    private static final Path SCENARIOS = LESSONS.resolve("scenarios");

    record Figure(String lesson, String preset, String metric, String stated, double value, double tolerance) {
        @Override
        public String toString() {
            return lesson + ": " + preset + " " + metric + " = " + format(value);
        }
    }

    private static final List<Figure> FIGURES = List.of(
            // 02 push
            new Figure("02-push.md", "push-small-audience", "cacheWrites",
                    "`cacheWrites` = 2,000", 2000, 0),
            new Figure("02-push.md", "push-small-audience", "writeAmplification",
                    "`writeAmplification` = 500", 500, 0),
            new Figure("02-push.md", "push-small-audience", "deliveryLatencySeconds.max",
                    "`deliveryLatencySeconds.max` = 0.0005 s", 0.0005, 0.0001),

            // 03 the fan-out problem
            new Figure("03-fan-out-problem.md", "celebrity-push", "cacheWrites",
                    "the engine reports `cacheWrites` = 50,000,000", 50_000_000, 0),
            new Figure("03-fan-out-problem.md", "celebrity-push", "deliveryLatencySeconds.p50",
                    "(`deliveryLatencySeconds.p50`) of about 25 s", 25, 0.5),
            new Figure("03-fan-out-problem.md", "celebrity-push", "deliveryLatencySeconds.p99",
                    "a `p99` of about 49.5 s", 49.5, 0.5),
            new Figure("03-fan-out-problem.md", "celebrity-push", "deliveryLatencySeconds.max",
                    "and a `max` of 50 s", 50, 0.5),
            new Figure("03-fan-out-problem.md", "celebrity-push", "fanoutBacklogMax",
                    "Watch the backlog gauge jump to 50,000,000 writes", 50_000_000, 0),
            new Figure("03-fan-out-problem.md", "fanout-queue-one-post", "deliveryLatencySeconds.max",
                    "so its last follower waits 5 s", 5, 0.1),
            new Figure("03-fan-out-problem.md", "fanout-queue-two-posts", "fanoutBacklogMax",
                    "the backlog peaks at `fanoutBacklogMax` = 100,000 writes", 100_000, 0),
            new Figure("03-fan-out-problem.md", "fanout-queue-two-posts", "deliveryLatencySeconds.max",
                    "the last follower of the second post waits 10 s", 10, 0.1),

            // 04 pull
            new Figure("04-pull.md", "pull-latency-60s", "deliveryLatencySeconds.mean",
                    "a mean latency (`deliveryLatencySeconds.mean`) of about 30 s", 30, 1),
            new Figure("04-pull.md", "pull-latency-60s", "checks",
                    "600,000 `checks` in the hour", 600_000, 0),
            new Figure("04-pull.md", "pull-latency-60s", "readQueries",
                    "600,000 `checks` in the hour (10,000 readers × 60 checks each), and as many `readQueries`",
                    600_000, 0),
            new Figure("04-pull.md", "pull-latency-60s", "wastedPerUseful",
                    "`wastedPerUseful` = 59", 59, 0.01),

            // 05 the polling problem
            new Figure("05-polling-problem.md", "pull-every-30s", "checks",
                    "the reader makes 2,880 checks", 2880, 0),
            new Figure("05-polling-problem.md", "pull-every-30s", "usefulChecks",
                    "finds something in only 24 of them", 24, 0),
            new Figure("05-polling-problem.md", "pull-every-30s", "wastedPerUseful",
                    "The engine reports `wastedPerUseful` = 119", 119, 0.01),
            new Figure("05-polling-problem.md", "pull-every-30s", "checks",
                    "| `pull-every-30s` | 30 s | 2,880 checks | 119 |", 2880, 0),
            new Figure("05-polling-problem.md", "pull-every-30s", "wastedPerUseful",
                    "| `pull-every-30s` | 30 s | 2,880 checks | 119 |", 119, 0.01),
            new Figure("05-polling-problem.md", "pull-every-5min", "checks",
                    "| `pull-every-5min` | 5 min | 288 checks | 11 |", 288, 0),
            new Figure("05-polling-problem.md", "pull-every-5min", "wastedPerUseful",
                    "| `pull-every-5min` | 5 min | 288 checks | 11 |", 11, 0.01),
            new Figure("05-polling-problem.md", "pull-every-15min", "checks",
                    "| `pull-every-15min` | 15 min | 96 checks | 3 |", 96, 0),
            new Figure("05-polling-problem.md", "pull-every-15min", "wastedPerUseful",
                    "| `pull-every-15min` | 15 min | 96 checks | 3 |", 3, 0.01),
            new Figure("05-polling-problem.md", "pull-crowd-every-30s", "checks",
                    "The engine counts 1,200,000 `checks`", 1_200_000, 0),
            new Figure("05-polling-problem.md", "pull-crowd-every-30s", "emptyChecks",
                    "1,190,000 `emptyChecks`", 1_190_000, 0),
            new Figure("05-polling-problem.md", "pull-crowd-every-30s", "usefulChecks",
                    "of which only 10,000 (one per reader) carried the post", 10_000, 0),
            new Figure("05-polling-problem.md", "celebrity-pull", "checks",
                    "the engine counts 6,000,000,000 checks", 6_000_000_000L, 0),
            new Figure("05-polling-problem.md", "celebrity-pull", "emptyChecks",
                    "and 5,950,000,000 of them come back empty", 5_950_000_000L, 10_000_000),

            // 06 the hybrid
            new Figure("06-hybrid.md", "celebrity-hybrid", "cacheWrites",
                    "post causes `cacheWrites` = 0 instead of 50,000,000", 0, 0),
            new Figure("06-hybrid.md", "celebrity-push", "cacheWrites",
                    "post causes `cacheWrites` = 0 instead of 50,000,000", 50_000_000, 0),
            new Figure("06-hybrid.md", "celebrity-hybrid", "deliveryLatencySeconds.mean",
                    "The engine's mean latency comes out at about 15 s", 15, 0.5),
            new Figure("06-hybrid.md", "celebrity-push", "deliveryLatencySeconds.p50",
                    "against about 25 s for the median follower under push", 25, 0.5),
            new Figure("06-hybrid.md", "celebrity-hybrid", "readQueries",
                    "`readQueries` = 6,000,000,000", 6_000_000_000L, 0),
            new Figure("06-hybrid.md", "threshold-mix-push", "cacheWrites",
                    "| `threshold-mix-push` | pure push | 1,322,300 writes | 0 |", 1_322_300, 0),
            new Figure("06-hybrid.md", "threshold-mix-push", "readQueries",
                    "| `threshold-mix-push` | pure push | 1,322,300 writes | 0 |", 0, 0),
            new Figure("06-hybrid.md", "hybrid-threshold-high", "cacheWrites",
                    "| `hybrid-threshold-high` | hybrid, threshold 100,000 | 122,300 writes | 200,000 queries |",
                    122_300, 0),
            new Figure("06-hybrid.md", "hybrid-threshold-high", "readQueries",
                    "| `hybrid-threshold-high` | hybrid, threshold 100,000 | 122,300 writes | 200,000 queries |",
                    200_000, 0),
            new Figure("06-hybrid.md", "hybrid-threshold-demo", "cacheWrites",
                    "| `hybrid-threshold-demo` | hybrid, threshold 20,000 | 2,300 writes | 240,000 queries |",
                    2_300, 0),
            new Figure("06-hybrid.md", "hybrid-threshold-demo", "readQueries",
                    "| `hybrid-threshold-demo` | hybrid, threshold 20,000 | 2,300 writes | 240,000 queries |",
                    240_000, 0),
            new Figure("06-hybrid.md", "threshold-mix-pull", "cacheWrites",
                    "| `threshold-mix-pull` | pure pull | 0 | 244,600 queries |", 0, 0),
            new Figure("06-hybrid.md", "threshold-mix-pull", "readQueries",
                    "| `threshold-mix-pull` | pure pull | 0 | 244,600 queries |", 244_600, 0),

            // 07 beyond short polling
            new Figure("07-beyond-short-polling.md", "pull-every-5s", "checks",
                    "The engine reports 17,280 checks for the day", 17_280, 0),
            new Figure("07-beyond-short-polling.md", "pull-every-5s", "wastedPerUseful",
                    "`wastedPerUseful` = 719", 719, 0.01),

            // 08 queues and backpressure
            new Figure("08-queues-and-backpressure.md", "push-small-cache", "cacheWrites",
                    "The engine reports 12,000 `cacheWrites`", 12_000, 0),
            new Figure("08-queues-and-backpressure.md", "push-small-cache", "evictions",
                    "and 10,000 `evictions`", 10_000, 0),
            new Figure("08-queues-and-backpressure.md", "pull-slow-reader", "evictions",
                    "Here `evictions` = 0", 0, 0),
            new Figure("08-queues-and-backpressure.md", "pull-slow-reader", "cacheWrites",
                    "and `cacheWrites` = 0", 0, 0),

            // 09 a decision framework
            new Figure("09-decision-framework.md", "pull-latency-60s", "deliveryLatencySeconds.p95",
                    "95% of them fall below 0.95 × 60 = 57 s", 57, 0.6));

    private static final Map<String, Metrics> RUNS = new HashMap<>();

    @TestFactory
    Stream<DynamicTest> everyStatedFigureIsWrittenInItsLesson() {
        return FIGURES.stream().map(f -> DynamicTest.dynamicTest(f.toString(), () -> {
            String lesson = squash(Files.readString(LESSONS.resolve(f.lesson()), StandardCharsets.UTF_8));
            String stated = squash(f.stated());
            assertThat(lesson).as("text of %s", f.lesson()).contains(stated);
            assertThat(stated).as("the snippet must state the figure itself").contains(format(f.value()));
            assertThat(SCENARIOS.resolve(f.preset() + ".json")).as("preset %s", f.preset()).isRegularFile();
            assertThat(Metric.byId(f.metric())).as("metric %s is in the catalogue", f.metric()).isNotNull();
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyStatedFigureMatchesTheEngine() {
        return FIGURES.stream().map(f -> DynamicTest.dynamicTest(f.toString(), () -> {
            double actual = metric(run(f.preset()), f.metric());
            assertThat(actual).as("%s of preset %s (lesson %s says %s)", f.metric(), f.preset(), f.lesson(),
                    format(f.value())).isCloseTo(f.value(), within(f.tolerance()));
        }));
    }

    private static Metrics run(String preset) throws IOException, ScenarioFileException {
        Metrics cached = RUNS.get(preset);
        if (cached != null) {
            return cached;
        }
        Metrics metrics = Simulation.run(ScenarioReader.read(SCENARIOS.resolve(preset + ".json"))).metrics();
        RUNS.put(preset, metrics);
        return metrics;
    }

    private static double metric(Metrics m, String name) {
        Metric metric = Metric.byId(name);
        if (metric == null) {
            throw new IllegalArgumentException("unknown metric " + name);
        }
        return metric.number(m);
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
