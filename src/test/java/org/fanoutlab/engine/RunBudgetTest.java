package org.fanoutlab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fanoutlab.engine.Scenarios.scenario;
import static org.fanoutlab.engine.Scenarios.uniform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fanoutlab.engine.lanes.LaneParam;
import org.fanoutlab.engine.lanes.LaneSpec;
import org.fanoutlab.engine.lanes.LaneType;
import org.fanoutlab.engine.lanes.OnFull;
import org.junit.jupiter.api.Test;

/**
 * Every scenario of issue 11 that hung or ran out of memory: it now either runs with exact figures (the work
 * grows with what the run must tell, not with the population or the poll rate) or is refused before it starts,
 * naming the fields to change.
 */
class RunBudgetTest {
    private static final double DAYS_30 = 30 * 86_400;

    @Test
    void aPollIntervalBelowAMillisecondIsNotAScenario() {
        assertThatThrownBy(() -> scenario(Model.PULL, 3600, 1_000, 1e-300, 1_000_000, 0, 800, uniform("p", 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pollIntervalSeconds");
    }

    @Test
    void aMillionConsumersCheckingEvery10MsForAnHourRunsAndCountsEveryCheck() {
        // 3.6 × 10^11 checks: counted by number, visited only where a post is waiting.
        Scenario s = scenario(Model.PULL, 3600, 1_000_000, 0.01, 1_000_000, 0, 800, uniform("p", 1_000_000, 2));
        assertThat(RunBudget.check(s)).isEmpty();

        Metrics m = Simulation.run(s).metrics();

        assertThat(m.checks()).isEqualTo(360_000_000_000L);
        assertThat(m.usefulChecks()).isEqualTo(2_000_000);
        assertThat(m.emptyChecks()).isEqualTo(360_000_000_000L - 2_000_000);
        assertThat(m.deliveries()).isEqualTo(2_000_000);
        assertThat(m.deliveryLatencySeconds().max()).isLessThan(0.01);
    }

    @Test
    void aHundredMillionHybridConsumersCheckingEvery10MsRun() {
        Scenario s = scenario(Model.HYBRID, 3600, 100_000_000, 0.01, 1_000_000, 1_000_000, 800,
                uniform("celebrity", 50_000_000, 1), uniform("friend", 300, 4));
        assertThat(RunBudget.check(s)).isEmpty();

        Metrics m = Simulation.run(s).metrics();

        assertThat(m.checks()).isEqualTo(36_000_000_000_000L);
        assertThat(m.deliveries()).isEqualTo(50_000_000 + 4 * 300);
        assertThat(m.undelivered()).isZero();
        assertThat(m.usefulChecks()).isLessThanOrEqualTo(m.checks());
    }

    @Test
    void threeMillionSixHundredThousandPostsAnHourForThirtyDaysIsRefusedNamingItsFields() {
        for (Model model : new Model[] {Model.PUSH, Model.PULL}) {
            Scenario s = scenario(model, DAYS_30, 10, 30, 1_000_000, 0, 800, uniform("firehose", 1, 3_600_000));

            List<RunBudget.Problem> problems = RunBudget.check(s);

            assertThat(problems).as(model.id()).isNotEmpty();
            assertThat(problems.get(0).field()).isEqualTo("producers[0].postsPerHour");
            assertThat(problems.get(0).message()).contains("producers[0].postsPerHour").contains("durationSeconds");
        }
    }

    @Test
    void aBlockedSlowConsumerAtThatRateIsRefusedNamingTheLane() {
        LaneSpec slow = new LaneSpec("slow", LaneType.PUSH_TO_SLOW_CONSUMER,
                Map.of(LaneParam.CONSUMER_CAPACITY_PER_SECOND, 0.001), OnFull.BLOCK);
        Scenario s = scenario(Model.PULL, DAYS_30, 10, 30, 1_000_000, 0, 800, uniform("firehose", 1, 3_600_000))
                .withLanes(List.of(slow));

        List<String> fields = RunBudget.check(s).stream().map(RunBudget.Problem::field).toList();

        assertThat(fields).contains("lanes[0].onFull");
    }

    @Test
    void aHundredThousandOneFollowerProducersRunWithExactFigures() {
        // Linear in producers: each post is one heap step and one pending delivery, not a scan of every producer.
        List<Producer> producers = new ArrayList<>();
        for (int p = 0; p < Limits.MAX_PRODUCERS; p++) {
            producers.add(new Producer("p" + p, 1, 1, Schedule.UNIFORM));
        }
        for (Model model : Model.values()) {
            Scenario s = new Scenario("many", "", model, 3600, 5, 100_000, producers, 30, 1_000_000, 0, 800);
            assertThat(RunBudget.check(s)).as(model.id()).isEmpty();

            Metrics m = Simulation.run(s).metrics();

            assertThat(m.posts()).isEqualTo(100_000);
            assertThat(m.deliveries()).isEqualTo(100_000);
            assertThat(m.undelivered()).isZero();
        }
    }

    @Test
    void countsThatCouldOverflowAreRefused() {
        // 100,000,000 consumers, each following 1,000 producers of 100,000,000 followers, checking every
        // millisecond for 30 days: read queries would pass 9.2 × 10^18.
        List<Producer> producers = new ArrayList<>();
        for (int p = 0; p < 1_000; p++) {
            producers.add(new Producer("p" + p, 100_000_000, 0, Schedule.UNIFORM));
        }
        Scenario s = new Scenario("huge", "", Model.PULL, DAYS_30, 1, 100_000_000, producers, 0.001, 1_000_000_000,
                0, 800);

        assertThat(RunBudget.check(s)).extracting(RunBudget.Problem::field).contains("pollIntervalSeconds");
    }

    @Test
    void theLessonPresetsAreFarInsideTheBudget() throws Exception {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("lessons", "scenarios"))) {
            for (java.nio.file.Path f : files.filter(x -> x.toString().endsWith(".json")).toList()) {
                Scenario s = org.fanoutlab.content.scenario.ScenarioReader.read(f);
                RunBudget.Estimate e = RunBudget.estimate(s, 200);
                assertThat(e.workNanos()).as(f.toString()).isLessThan(RunBudget.WORK_BUDGET_NANOS / 2);
                assertThat(e.memoryBytes()).as(f.toString()).isLessThan(RunBudget.MEMORY_BUDGET_BYTES / 2);
            }
        }
    }
}
