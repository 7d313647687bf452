package org.fanoutlab.playback;

import java.util.List;
import java.util.Objects;
import org.fanoutlab.engine.EventSink;
import org.fanoutlab.engine.KeptSimulation;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.engine.SeriesPoint;
import org.fanoutlab.engine.Simulation;
import org.fanoutlab.engine.WatchedConsumer;

/** The fan-out engine as a {@link Replayable}: the simulation, and the stage's counters fed by its events. */
public final class FanoutReplay extends SteppedReplay<FanoutReplay, Simulation, EventBuffer, FanoutFrame> {
    /** Watched consumers drawn one by one on the stage. */
    public static final int DEFAULT_WATCHED = 5;
    /** Events kept between two drains (the playback drains every stride of a jump, and every frame). */
    public static final int EVENT_CAPACITY = 1 << 16;

    private final WatchedTally tally;
    private final int watchedCount;
    private Scenario sceneScenario;
    private List<WatchedConsumer> watched;

    public FanoutReplay(Scenario scenario) {
        this(scenario, DEFAULT_WATCHED);
    }

    public FanoutReplay(Scenario scenario, int watchedConsumers) {
        this(new Simulation(Objects.requireNonNull(scenario, "scenario"), watchedConsumers, EVENT_CAPACITY),
                new WatchedTally(scenario), watchedConsumers);
    }

    private FanoutReplay(Simulation sim, WatchedTally tally, int watchedCount) {
        super(sim);
        this.tally = tally;
        this.watchedCount = watchedCount;
    }

    /** Doubling search: overshoots the next event by at most its own distance, in O(log) advances. */
    @Override
    public void stepToNextEvent() {
        double start = sim.now();
        double span = 1e-3;
        while (!sim.isFinished()) {
            sim.advanceTo(start + span);
            if (sim.drainEvents(stepEvents) > 0) {
                break;
            }
            span *= 2;
        }
    }

    @Override
    void changed() {
        tally.setScenario(sim.scenario());
    }

    @Override
    public FanoutReplay copy() {
        FanoutReplay c = new FanoutReplay(sim.copy(), tally.copy(), watchedCount);
        c.watched = watched;
        c.sceneScenario = sceneScenario;
        return c;
    }

    /** Kept with the engine's per-consumer arrays in chunks shared with the previous snapshot's where equal. */
    @Override
    public KeptRun<FanoutReplay> keep(KeptRun<FanoutReplay> previous) {
        return new Kept(sim.keep(previous instanceof Kept k ? k.sim : null), tally.copy(), watchedCount, watched,
                sceneScenario);
    }

    private record Kept(KeptSimulation sim, WatchedTally tally, int watchedCount, List<WatchedConsumer> watched,
            Scenario sceneScenario) implements KeptRun<FanoutReplay> {
        @Override
        public FanoutReplay restore() {
            return restoreOver(null);
        }

        /** The engine's arrays of the run a seek leaves are filled again rather than allocated anew. */
        @Override
        public FanoutReplay restoreOver(FanoutReplay dropped) {
            FanoutReplay r = new FanoutReplay(sim.restore(dropped == null ? null : dropped.sim), tally.copy(),
                    watchedCount);
            r.watched = watched;
            r.sceneScenario = sceneScenario;
            return r;
        }

        /** Like {@link FanoutReplay#estimatedBytes()}: the engine's estimate plus a quarter. */
        @Override
        public long bytesBeyond(KeptRun<FanoutReplay> previous) {
            return sim.bytesBeyond(previous instanceof Kept k ? k.sim : null) / 4 * 5 + WATCHED_TALLY_BYTES;
        }
    }

    @Override
    public FanoutReplay fresh() {
        return new FanoutReplay(sim.scenario(), watchedCount);
    }

    /**
     * The engine's own estimate plus a quarter: measured on twitter-mix (a million consumers), 27 copies held
     * 608 MB of heap where {@code copySizeBytes} said 496 MB (docs/bench-stage.md, "Seek").
     */
    @Override
    public long estimatedBytes() {
        return sim.copySizeBytes() / 4 * 5 + WATCHED_TALLY_BYTES;
    }

    /** A tally's arrays: counters, answers and times for at most eight producers and eight phones. */
    private static final long WATCHED_TALLY_BYTES = 1_200;

    @Override
    public void drainEvents(EventBuffer sink) {
        EventSink out = sink == null ? tally : (k, t, p, post, w, n) -> {
            tally.accept(k, t, p, post, w, n);
            sink.accept(k, t, p, post, w, n);
        };
        while (!stepEvents.isEmpty()) {
            stepEvents.pop(out);
        }
        sim.drainEvents(out);
    }

    /** Events a step found, not yet handed on. */
    private final EventBuffer stepEvents = new EventBuffer();

    @Override
    public FanoutFrame figures() {
        Scenario sc = sim.scenario();
        if (watched == null || sc != sceneScenario) {
            watched = sim.watched();
            sceneScenario = sc;
        }
        int producers = sc.producers().size();
        double[] progress = new double[producers];
        for (int p = 0; p < producers; p++) {
            progress[p] = sim.fanoutProgress(p);
        }
        return new FanoutFrame(sim.now(), sim.metrics(), progress, sim.isFinished(), sc, watched, tally.copy());
    }

    /** The time series so far (the Lab's charts); asked for on the worker through {@link Playback#query}. */
    public List<SeriesPoint> series() {
        return sim.series();
    }
}
