package org.fanoutlab.ui.lab.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.fanoutlab.cli.MetricsFormat;
import org.fanoutlab.engine.Metric;
import org.fanoutlab.engine.Metrics;
import org.fanoutlab.engine.Model;
import org.fanoutlab.engine.Report;
import org.fanoutlab.engine.Simulation;
import org.fanoutlab.ui.lab.Fixtures;
import org.junit.jupiter.api.Test;

public class MetricsCsvTest {
    @Test
    void theHeaderIsTheEnginesCatalogueWithTheNewCosts() {
        String[] lines = MetricsCsv.format(Fixtures.metrics(120.5, 1_000)).split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0].split(",")).containsExactlyElementsOf(Metric.all().stream().map(Metric::id).toList())
                .contains("feedOpens", "cacheReads", "simSeconds");
        assertThat(lines[1].split(",", -1)).hasSize(lines[0].split(",").length);
        assertThat(lines[1]).startsWith("120.5,1,1000,1000,");
    }

    @Test
    void theLabWritesTheSameColumnsAndCellsAsTheCommandLine() {
        Metrics m = Simulation.run(Fixtures.twoProducers(Model.HYBRID).withDurationSeconds(900)).metrics();
        String[] lab = MetricsCsv.format(m).split("\n");
        String[] cli = MetricsFormat.csv(new Report(Fixtures.twoProducers(Model.HYBRID), m, 0.25)).split("\n");
        // the command line adds the engine's wall time at the end; everything before it is the same
        assertThat(cli[0]).isEqualTo(lab[0] + "," + Metric.ELAPSED_SECONDS);
        String[] cliCells = cli[1].split(",", -1);
        assertThat(lab[1]).isEqualTo(String.join(",", Arrays.copyOf(cliCells, cliCells.length - 1)));
    }
}
