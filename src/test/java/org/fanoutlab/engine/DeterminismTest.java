package org.fanoutlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Same scenario and seed give the same figures, however the run is stepped. */
class DeterminismTest {
    private static final Scenario MIXED = new Scenario("d", "", Model.HYBRID, 600, 42, 20_000,
            List.of(new Producer("star", 15_000, 30, Schedule.POISSON),
                    new Producer("mid", 3_000, 60, Schedule.POISSON),
                    new Producer("small", 200, 120, Schedule.UNIFORM)),
            15, 10_000, 20_000, 20);

    private static List<String> events(Simulation sim) {
        List<String> out = new ArrayList<>();
        sim.drainEvents((kind, t, producer, post, watched, count) ->
                out.add(kind + "@" + t + ":" + producer + ":" + post + ":" + watched + ":" + count));
        return out;
    }

    @Test
    void advancingOnceOrSecondBySecondGivesIdenticalMetricsSeriesAndEvents() {
        Simulation once = new Simulation(MIXED, 12, 1_000_000);
        once.advanceTo(600);
        Simulation stepped = new Simulation(MIXED, 12, 1_000_000);
        List<String> steppedEvents = new ArrayList<>();
        for (int t = 1; t <= 600; t++) {
            stepped.advanceTo(t);
            steppedEvents.addAll(events(stepped));
        }

        assertThat(stepped.metrics()).isEqualTo(once.metrics());
        assertThat(stepped.series()).isEqualTo(once.series());
        assertThat(steppedEvents).isEqualTo(events(once)).isNotEmpty();
    }

    @Test
    void frameSizedStepsMatchOneBigStep() {
        Simulation once = new Simulation(MIXED);
        once.advanceTo(600);
        Simulation frames = new Simulation(MIXED);
        for (double t = 0; t < 600; t += 1 / 60.0 * 7.3) {
            frames.advanceTo(t);
        }
        frames.advanceTo(600);

        assertThat(frames.metrics()).isEqualTo(once.metrics());
        assertThat(frames.series()).isEqualTo(once.series());
    }

    @Test
    void sameSeedSameReportDifferentSeedDifferentOne() {
        Metrics a = Simulation.run(MIXED).metrics();
        Metrics b = Simulation.run(MIXED).metrics();
        Metrics c = Simulation.run(MIXED.withSeed(43)).metrics();

        assertThat(b).isEqualTo(a);
        assertThat(c).isNotEqualTo(a);
    }

    @Test
    void seriesBucketsCoverTheRunAndAddUpToTheTotals() {
        Simulation sim = new Simulation(MIXED.withDurationSeconds(1800));
        Metrics m = sim.runToEnd().metrics();
        List<SeriesPoint> series = sim.series();

        assertThat(sim.bucketSeconds()).isEqualTo(3.0);
        assertThat(series).hasSize(600);
        assertThat(series.get(599).startSeconds()).isEqualTo(1797.0);
        assertThat(series.stream().mapToLong(SeriesPoint::cacheWrites).sum()).isEqualTo(m.cacheWrites());
        assertThat(series.stream().mapToLong(SeriesPoint::checks).sum()).isEqualTo(m.checks());
        assertThat(series.stream().mapToLong(SeriesPoint::deliveries).sum()).isEqualTo(m.deliveries());
        assertThat(series.stream().mapToLong(SeriesPoint::usefulChecks).sum()).isEqualTo(m.usefulChecks());
    }
}
