package org.fanoutlab.ui.lab.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fanoutlab.engine.Metrics;
import org.fanoutlab.engine.Model;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.engine.Simulation;
import org.junit.jupiter.api.Test;
import org.fanoutlab.engine.CostModel;
import org.fanoutlab.engine.Metric;
import org.fanoutlab.ui.lab.Fixtures;

/** Compare mode on the real engine: three models, one clock, the same figures as three separate runs. */
public class CompareRunTest {
    private final Scenario workload = Fixtures.twoProducers(Model.PULL).withDurationSeconds(1800);

    @Test
    void eachColumnIsWhatThatModelAloneReportsAtTheSameMoment() {
        CompareRun run = new CompareRun(workload);
        run.advanceTo(900);
        assertThat(run.now()).isEqualTo(900);
        List<Metrics> metrics = run.metrics();
        for (int i = 0; i < CompareRun.MODELS.size(); i++) {
            Simulation alone = new Simulation(workload.withModel(CompareRun.MODELS.get(i)));
            alone.advanceTo(900);
            assertThat(metrics.get(i)).isEqualTo(alone.metrics());
        }
    }

    @Test
    void pushIsCheapestOnReadsAndPullOnWrites() {
        CompareRun run = new CompareRun(workload);
        run.advanceTo(1800);
        assertThat(run.isFinished()).isTrue();
        List<CompareRow> rows = CompareRun.table(run.metrics(), CostModel.DEFAULT);
        CompareRow writes = rows.get(CompareRun.METRICS.indexOf(Metric.CACHE_WRITES));
        CompareRow reads = rows.get(CompareRun.METRICS.indexOf(Metric.READ_QUERIES));
        // pull copies nothing; push queries nothing at read time
        assertThat(writes.cheapest().get(CompareRun.MODELS.indexOf(Model.PULL))).isTrue();
        assertThat(writes.cheapest().get(CompareRun.MODELS.indexOf(Model.PUSH))).isFalse();
        assertThat(reads.cheapest().get(CompareRun.MODELS.indexOf(Model.PUSH))).isTrue();
        assertThat(reads.cheapest().get(CompareRun.MODELS.indexOf(Model.PULL))).isFalse();
    }

    @Test
    void cancelStopsAnAdvanceAndKeepsTheFiguresReached() {
        CompareRun run = new CompareRun(workload);
        run.advanceTo(600);
        List<Metrics> before = run.metrics();
        run.cancel();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> run.advanceTo(1200))
                .isInstanceOf(java.util.concurrent.CancellationException.class);
        assertThat(run.metrics()).isEqualTo(before);
    }
}
