package org.fanoutlab.ui.lab.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fanoutlab.engine.base.Latency;
import org.fanoutlab.engine.Metrics;
import org.junit.jupiter.api.Test;
import org.fanoutlab.ui.lab.common.LabMetric;

public class CompareRowTest {
    @Test
    void theLowestFigureIsMarkedCheapest() {
        CompareRow row = CompareRow.of(LabMetric.CACHE_WRITES, List.of(50_000_000.0, 0.0, 300.0));
        assertThat(row.cheapest()).containsExactly(false, true, false);
    }

    @Test
    void aTieMarksEveryModelThatShareTheLowestFigure() {
        CompareRow row = CompareRow.of(LabMetric.READ_QUERIES, List.of(0.0, 900.0, 0.0));
        assertThat(row.cheapest()).containsExactly(true, false, true);
    }

    @Test
    void whenAllThreeAreEqualNothingIsMarked() {
        CompareRow row = CompareRow.of(LabMetric.CHECKS, List.of(120.0, 120.0, 120.0));
        assertThat(row.cheapest()).containsExactly(false, false, false);
    }

    @Test
    void missingFiguresAreNeverCheapest() {
        CompareRow row = CompareRow.of(LabMetric.WASTED_PER_USEFUL, List.of(Double.NaN, 119.0, 3.0));
        assertThat(row.cheapest()).containsExactly(false, false, true);
        assertThat(CompareRow.of(LabMetric.WASTED_PER_USEFUL, List.of(Double.NaN, Double.NaN, Double.NaN))
                .cheapest()).containsOnly(false);
    }

    @Test
    void theTableHasOneRowPerCostInModelOrder() {
        Metrics push = metrics(50_000_000, 0, 25);
        Metrics pull = metrics(0, 1_000_000, 15);
        Metrics hybrid = metrics(1_000, 40_000, 15);
        List<CompareRow> rows = CompareRun.table(List.of(push, pull, hybrid));
        assertThat(rows).extracting(CompareRow::metric).containsExactlyElementsOf(CompareRun.ROWS);
        CompareRow writes = rows.get(CompareRun.ROWS.indexOf(LabMetric.CACHE_WRITES));
        assertThat(writes.values()).containsExactly(50_000_000.0, 0.0, 1_000.0);
        assertThat(writes.cheapest()).containsExactly(false, true, false);
        CompareRow reads = rows.get(CompareRun.ROWS.indexOf(LabMetric.READ_QUERIES));
        assertThat(reads.cheapest()).containsExactly(true, false, false);
        CompareRow p50 = rows.get(CompareRun.ROWS.indexOf(LabMetric.LATENCY_P50));
        assertThat(p50.cheapest()).containsExactly(false, true, true);
    }

    private static Metrics metrics(long writes, long reads, double p50) {
        return new Metrics(600, 1, writes, writes, 10, 5, 5, 1, reads, 0, 0, 10,
                new Latency(p50, p50, p50, p50, p50), 0, 0, 0, 0, false);
    }
}
