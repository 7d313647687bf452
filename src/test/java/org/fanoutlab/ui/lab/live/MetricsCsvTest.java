package org.fanoutlab.ui.lab.live;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.fanoutlab.ui.lab.Fixtures;

public class MetricsCsvTest {
    @Test
    void headerUsesTheDesignNamesAndTheRowHasOneCellEach() {
        String csv = MetricsCsv.format(Fixtures.metrics(120.5, 1_000));
        String[] lines = csv.split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("simSeconds,posts,cacheWrites,writeAmplification,checks,emptyChecks")
                .contains("deliveryLatencySeconds.p99").endsWith("undelivered,sampled");
        assertThat(lines[1].split(",", -1)).hasSize(lines[0].split(",").length);
        assertThat(lines[1]).startsWith("120.5,1,1000,1000,10,8,2,4,3,5,1,2,3,4,5,6,0,0,false");
    }
}
