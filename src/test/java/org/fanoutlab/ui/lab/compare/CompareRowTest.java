package org.fanoutlab.ui.lab.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fanoutlab.engine.base.Latency;
import org.fanoutlab.engine.Metrics;
import org.junit.jupiter.api.Test;
import org.fanoutlab.engine.CostModel;
import org.fanoutlab.engine.Metric;
import org.fanoutlab.ui.lab.common.MetricFigure;

public class CompareRowTest {
    @Test
    void theLowestFigureIsMarkedCheapest() {
        CompareRow row = CompareRow.of(MetricFigure.of(Metric.CACHE_WRITES), List.of(50_000_000.0, 0.0, 300.0));
        assertThat(row.cheapest()).containsExactly(false, true, false);
    }

    @Test
    void aTieMarksEveryModelThatShareTheLowestFigure() {
        CompareRow row = CompareRow.of(MetricFigure.of(Metric.READ_QUERIES), List.of(0.0, 900.0, 0.0));
        assertThat(row.cheapest()).containsExactly(true, false, true);
    }

    @Test
    void aLeadWithinTheTieMarginIsNoLead() {
        // sampled figures wobble by a percent or two: 1,015 against 1,000 is a tie, 1,030 is not
        CompareRow row = CompareRow.of(MetricFigure.of(Metric.CHECKS), List.of(1_000.0, 1_015.0, 1_030.0));
        assertThat(row.cheapest()).containsExactly(true, true, false);
        assertThat(CompareRow.of(MetricFigure.of(Metric.CHECKS), List.of(1_000.0, 1_019.0, 1_010.0)).cheapest())
                .as("all three within 2 %%: about equal, nothing marked").containsOnly(false);
    }

    @Test
    void whenAllThreeAreEqualNothingIsMarked() {
        CompareRow row = CompareRow.of(MetricFigure.of(Metric.CHECKS), List.of(120.0, 120.0, 120.0));
        assertThat(row.cheapest()).containsExactly(false, false, false);
    }

    @Test
    void missingFiguresAreNeverCheapest() {
        CompareRow row = CompareRow.of(MetricFigure.of(Metric.WASTED_PER_USEFUL), List.of(Double.NaN, 119.0, 3.0));
        assertThat(row.cheapest()).containsExactly(false, false, true);
        assertThat(CompareRow.of(MetricFigure.of(Metric.WASTED_PER_USEFUL), List.of(Double.NaN, Double.NaN, Double.NaN))
                .cheapest()).containsOnly(false);
    }

    @Test
    void theTableHasOneRowPerCostInModelOrderAndTheTotalAtTheEnd() {
        Metrics push = metrics(50_000_000, 0, 0, 20_000, 25);
        Metrics pull = metrics(0, 1_000_000, 20_000, 0, 15);
        Metrics hybrid = metrics(1_000, 40_000, 20_000, 20_000, 15);
        List<CompareRow> rows = CompareRun.table(List.of(push, pull, hybrid), CostModel.DEFAULT);
        assertThat(rows).hasSize(CompareRun.ROW_COUNT);
        assertThat(rows.subList(0, CompareRun.METRICS.size())).extracting(r -> r.figure().id())
                .containsExactlyElementsOf(CompareRun.METRICS.stream().map(Metric::id).toList());
        CompareRow writes = row(rows, Metric.CACHE_WRITES);
        assertThat(writes.values()).containsExactly(50_000_000.0, 0.0, 1_000.0);
        assertThat(writes.cheapest()).containsExactly(false, true, false);
        assertThat(row(rows, Metric.READ_QUERIES).cheapest()).containsExactly(true, false, false);
        // push pays its readers in cache reads: pull reads no cache at all
        assertThat(row(rows, Metric.CACHE_READS).cheapest()).containsExactly(false, true, false);
        assertThat(row(rows, Metric.LATENCY_P50).cheapest()).containsExactly(false, true, true);

        // 1 per write, 2 per read query, 1 per cache read: 50,020,000 / 2,000,000 / 101,000
        CompareRow total = rows.get(rows.size() - 1);
        assertThat(total.figure().id()).isEqualTo("cost");
        assertThat(total.values()).containsExactly(50_020_000.0, 2_000_000.0, 101_000.0);
        assertThat(total.cheapest()).containsExactly(false, false, true);
    }

    @Test
    void theTotalFollowsTheWeights() {
        Metrics push = metrics(10_000, 0, 0, 10_000, 1);
        Metrics pull = metrics(0, 5_000, 10_000, 0, 1);
        Metrics hybrid = metrics(5_000, 2_000, 10_000, 10_000, 1);
        CompareRow byDefault = last(CompareRun.table(List.of(push, pull, hybrid), CostModel.DEFAULT));
        assertThat(byDefault.values()).containsExactly(20_000.0, 10_000.0, 19_000.0);
        assertThat(byDefault.cheapest()).containsExactly(false, true, false);
        // read queries ten times dearer: push, which never queries at read time, is cheapest
        CompareRow dearQueries = last(CompareRun.table(List.of(push, pull, hybrid), new CostModel(1, 20, 1)));
        assertThat(dearQueries.cheapest()).containsExactly(true, false, false);
    }

    private static CompareRow row(List<CompareRow> rows, Metric m) {
        return rows.get(CompareRun.METRICS.indexOf(m));
    }

    private static CompareRow last(List<CompareRow> rows) {
        return rows.get(rows.size() - 1);
    }

    private static Metrics metrics(long writes, long reads, long checks, long cacheReads, double p50) {
        return new Metrics(600, 1, writes, writes, checks, checks / 2, checks / 2, 1, reads, checks + cacheReads,
                cacheReads, 10, new Latency(p50, p50, p50, p50, p50), 0, 0, 0, 0, false);
    }
}
