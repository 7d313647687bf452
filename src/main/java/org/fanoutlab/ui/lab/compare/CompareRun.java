package org.fanoutlab.ui.lab.compare;

import java.util.ArrayList;
import java.util.List;
import org.fanoutlab.engine.CostModel;
import org.fanoutlab.engine.Metric;
import org.fanoutlab.engine.Metrics;
import org.fanoutlab.engine.Model;
import org.fanoutlab.engine.RunBudget;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.engine.Simulation;
import org.fanoutlab.ui.common.Messages;
import org.fanoutlab.ui.lab.common.LabText;
import org.fanoutlab.ui.lab.common.MetricFigure;

/**
 * Push, pull and hybrid on the same workload and seed, advanced together so that their clocks always agree.
 * Not thread-safe: one thread drives it (the compare driver's worker); only {@link #cancel()} may come from
 * another.
 */
public final class CompareRun {
    static final List<Model> MODELS = List.of(Model.PUSH, Model.PULL, Model.HYBRID);
    /**
     * The rows of the table, from the engine's catalogue: what each model pays (useful checks and the momentary
     * queue are not costs to compare). Push pays its readers in feed opens and cache reads, pull in checks and
     * read queries. A last row weighs writes, read queries and cache reads at the learner's weights.
     */
    static final List<Metric> METRICS = List.of(Metric.CACHE_WRITES, Metric.WRITE_AMPLIFICATION,
            Metric.FEED_OPENS, Metric.CACHE_READS, Metric.CHECKS, Metric.EMPTY_CHECKS, Metric.WASTED_PER_USEFUL,
            Metric.READ_QUERIES, Metric.LATENCY_P50, Metric.LATENCY_P95, Metric.LATENCY_P99,
            Metric.FANOUT_BACKLOG_MAX);
    /** The metrics' rows and the total cost's. */
    static final int ROW_COUNT = METRICS.size() + 1;

    private final List<Simulation> runs = new ArrayList<>();
    private final Scenario scenario;

    CompareRun(Scenario scenario) {
        this.scenario = scenario;
        for (Model m : MODELS) {
            runs.add(new Simulation(scenario.withModel(m)));
        }
    }

    /**
     * What the engine says against running {@code s} under each model, one line per problem ("Push:
     * pollIntervalSeconds: …", the words the command line prints); empty when all three fit its budget.
     */
    static List<String> refusals(Scenario s) {
        List<String> out = new ArrayList<>();
        for (Model m : MODELS) {
            for (RunBudget.Problem p : RunBudget.check(s.withModel(m))) {
                out.add(Messages.format("lab.compare.refused", LabText.model(m), p.field(), p.message()));
            }
        }
        return out;
    }

    Scenario scenario() {
        return scenario;
    }

    void advanceTo(double simSeconds) {
        for (Simulation s : runs) {
            s.advanceTo(simSeconds);
        }
    }

    /** Stops an advance in progress (from any thread): it throws CancellationException and the figures stay. */
    void cancel() {
        runs.forEach(Simulation::cancel);
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

    /** One row per metric of {@link #METRICS}, then the total cost under {@code weights}. */
    static List<CompareRow> table(List<Metrics> perModel, CostModel weights) {
        List<CompareRow> rows = new ArrayList<>();
        for (Metric m : METRICS) {
            MetricFigure f = MetricFigure.of(m);
            rows.add(CompareRow.of(f, perModel.stream().map(f::valueOf).toList()));
        }
        TotalCost cost = new TotalCost(weights);
        rows.add(CompareRow.of(cost, perModel.stream().map(cost::valueOf).toList()));
        return rows;
    }
}
