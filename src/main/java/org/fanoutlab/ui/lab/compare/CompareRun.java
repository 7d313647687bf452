package org.fanoutlab.ui.lab.compare;

import java.util.ArrayList;
import java.util.List;
import org.fanoutlab.engine.Metrics;
import org.fanoutlab.engine.Model;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.engine.Simulation;
import org.fanoutlab.ui.lab.common.LabMetric;

/**
 * Push, pull and hybrid on the same workload and seed, advanced together so that their clocks always agree.
 * Not thread-safe: one thread drives it (the compare driver's worker).
 */
public final class CompareRun {
    static final List<Model> MODELS = List.of(Model.PUSH, Model.PULL, Model.HYBRID);
    /** The rows of the table: costs only (useful checks and the momentary queue are not costs to compare). */
    static final List<LabMetric> ROWS = List.of(LabMetric.CACHE_WRITES, LabMetric.WRITE_AMPLIFICATION,
            LabMetric.CHECKS, LabMetric.EMPTY_CHECKS, LabMetric.WASTED_PER_USEFUL, LabMetric.READ_QUERIES,
            LabMetric.LATENCY_P50, LabMetric.LATENCY_P95, LabMetric.LATENCY_P99, LabMetric.FANOUT_BACKLOG_MAX);

    private final List<Simulation> runs = new ArrayList<>();
    private final Scenario scenario;

    CompareRun(Scenario scenario) {
        this.scenario = scenario;
        for (Model m : MODELS) {
            runs.add(new Simulation(scenario.withModel(m)));
        }
    }

    Scenario scenario() {
        return scenario;
    }

    void advanceTo(double simSeconds) {
        for (Simulation s : runs) {
            s.advanceTo(simSeconds);
        }
    }

    double now() {
        return runs.get(0).now();
    }

    boolean isFinished() {
        return runs.get(0).isFinished();
    }

    List<Metrics> metrics() {
        return runs.stream().map(Simulation::metrics).toList();
    }

    List<CompareRow> table() {
        return table(metrics());
    }

    static List<CompareRow> table(List<Metrics> perModel) {
        List<CompareRow> rows = new ArrayList<>();
        for (LabMetric m : ROWS) {
            rows.add(CompareRow.of(m, perModel.stream().map(m::valueOf).toList()));
        }
        return rows;
    }
}
