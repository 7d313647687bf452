package org.fanoutlab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.fanoutlab.engine.base.Latency;
import org.junit.jupiter.api.Test;

/** One catalogue of metrics, and the costs the compare view and the sweep weigh them with. */
class MetricTest {
    /** Every figure different, so a name read from the wrong field cannot pass. */
    private static final Metrics M = new Metrics(600, 1, 2, 3.5, 4, 5, 6, 7.5, 8, 9, 10, 11,
            new Latency(12.5, 13.5, 14.5, 15.5, 16.5), 17, 18, 19, 20, true);

    @Test
    void everyFigureOfARunIsInTheCatalogueOnceUnderItsRecordName() {
        // the catalogue's order is the report's (simSeconds first, related figures side by side); its names are
        // the record's
        List<String> expected = new ArrayList<>();
        for (RecordComponent c : Metrics.class.getRecordComponents()) {
            if (c.getName().equals("deliveryLatencySeconds")) {
                for (RecordComponent l : Latency.class.getRecordComponents()) {
                    expected.add("deliveryLatencySeconds." + l.getName());
                }
            } else {
                expected.add(c.getName());
            }
        }

        assertThat(Metric.all()).extracting(Metric::id).containsExactlyInAnyOrderElementsOf(expected);
        for (Metric m : Metric.all()) {
            assertThat(m.description()).as(m.id()).endsWith(".");
            assertThat(Metric.byId(m.id())).isSameAs(m);
        }
    }

    @Test
    void eachMetricReadsItsOwnField() {
        assertThat(Metric.SIM_SECONDS.value(M)).isEqualTo(600.0);
        assertThat(Metric.FEED_OPENS.value(M)).isEqualTo(9L);
        assertThat(Metric.CACHE_READS.value(M)).isEqualTo(10L);
        assertThat(Metric.DELIVERIES.value(M)).isEqualTo(11L);
        assertThat(Metric.LATENCY_P95.value(M)).isEqualTo(14.5);
        assertThat(Metric.UNDELIVERED.value(M)).isEqualTo(20L);
        assertThat(Metric.SAMPLED.number(M)).isEqualTo(1.0);
    }

    @Test
    void filesGetPlainLocaleNeutralNumbersAndTablesGetGroupedOnes() {
        Metrics big = new Metrics(86_400, 24, 0, 0, 2880, 2856, 24, 119, 2880, 2880, 0, 24,
                new Latency(15, 15, 15, 15, 15), 0, 0, 0, 0, false);
        Metrics ratio = new Metrics(1, 1, 1, 1, 1, 1, 1, 1.19999999E8, 1, 1, 1, 1, Latency.NONE, 0, 0, 0, 0, false);

        assertThat(Metric.CHECKS.plain(big)).isEqualTo("2880");
        assertThat(Metric.CHECKS.human(big)).isEqualTo("2,880");
        assertThat(Metric.WASTED_PER_USEFUL.plain(ratio)).isEqualTo("119999999");
        assertThat(Metric.plain(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(Metric.plain(1.5e-7)).isEqualTo("0.00000015");
        assertThat(Metric.human(1234.5678)).isEqualTo("1,234.568");
    }

    @Test
    void theDefaultCostsWeighAReadQueryLikeTwoWritesAndACacheReadLikeOne() {
        CostModel c = CostModel.DEFAULT;

        assertThat(c.cost(M)).isEqualTo(2 * 1 + 8 * 2 + 10 * 1);
        assertThat(c.withPerReadQuery(5).cost(1, 1, 1)).isEqualTo(7);
        assertThat(c.withPerCacheRead(0).withPerCacheWrite(0).cost(100, 3, 100)).isEqualTo(6);
        assertThatThrownBy(() -> new CostModel(-1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pushPaysForEveryFeedOpenToo() {
        // The fair comparison: push consumers open their feed as often as pull consumers check, and each open reads
        // the cache; with cache reads free, push would look free to read.
        Scenario s = Scenarios.scenario(Model.PUSH, 3600, 1_000, 60, 1_000_000, 0, 800,
                Scenarios.uniform("p", 1_000, 1));
        Metrics push = Simulation.run(s).metrics();
        Metrics pull = Simulation.run(s.withModel(Model.PULL)).metrics();

        assertThat(push.feedOpens()).isEqualTo(60_000).isEqualTo(pull.feedOpens()).isEqualTo(pull.checks());
        assertThat(push.cacheReads()).isEqualTo(60_000);
        assertThat(push.checks()).isZero();
        assertThat(pull.cacheReads()).isZero();
        assertThat(CostModel.DEFAULT.cost(push)).isEqualTo(1_000 + 60_000);
        assertThat(CostModel.DEFAULT.cost(pull)).isEqualTo(2 * 60_000);
    }
}
