package org.fanoutlab.ui.stage;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.fanoutlab.engine.EventKind;
import org.fanoutlab.engine.base.Latency;
import org.fanoutlab.engine.Metrics;
import org.fanoutlab.engine.Model;
import org.fanoutlab.engine.Producer;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.engine.Schedule;
import org.fanoutlab.engine.Simulation;
import org.fanoutlab.engine.WatchedConsumer;
import org.fanoutlab.playback.EventBuffer;
import org.fanoutlab.playback.FanoutFrame;
import org.fanoutlab.playback.Playback;
import org.fanoutlab.playback.Replayable;
import org.fanoutlab.playback.SnapshotBudget;
import org.fanoutlab.playback.WatchedTally;

/**
 * A scripted run: events come out when the playback advances past them, in time order. Copies share the script
 * and a {@link Trace} of what the playback asked, so a test can see it whichever copy the playback is driving.
 */
final class FakeReplay implements Replayable<FakeReplay, Consumer<Simulation>, EventBuffer, FanoutFrame> {
    record Ev(EventKind kind, double time, int producer, long post, int watched, long count) {
    }

    /** What the playback asked of any copy. */
    static final class Trace {
        double lastAdvance = -1;
        int freshRuns;
    }

    private final List<Ev> script;
    private final StageScene scene;
    private final Trace trace;
    private final WatchedTally tally;
    private final List<Ev> ready;
    private int next;
    private double reached;

    FakeReplay(StageScene scene) {
        this(scene, new ArrayList<>(), new Trace(), new WatchedTally(scene.scenario()), new ArrayList<>(), 0, 0);
    }

    private FakeReplay(StageScene scene, List<Ev> script, Trace trace, WatchedTally tally, List<Ev> ready, int next,
            double reached) {
        this.scene = scene;
        this.script = script;
        this.trace = trace;
        this.tally = tally;
        this.ready = ready;
        this.next = next;
        this.reached = reached;
    }

    /** Poisson posting, so that the stage starts at time 0 (no lead-in). */
    static StageScene scene(Model model, int watched) {
        return scene(model, watched, Schedule.POISSON);
    }

    static StageScene scene(Model model, int watched, Schedule schedule) {
        Scenario sc = new Scenario("fake", "", model, 3600, 7, 50_000_000,
                List.of(new Producer("regular", 200, 2, schedule),
                        new Producer("celebrity", 50_000_000, 1, schedule)),
                30, 1_000_000, 1_000_000, 800);
        List<WatchedConsumer> w = new ArrayList<>();
        for (int i = 0; i < watched; i++) {
            w.add(new WatchedConsumer(i * 1000L, i % 2 == 0 ? List.of(0, 1) : List.of(1)));
        }
        return new StageScene(sc, w);
    }

    FakeReplay add(EventKind kind, double time, int producer, int watched, long count) {
        script.add(new Ev(kind, time, producer, -1, watched, count));
        return this;
    }

    Trace trace() {
        return trace;
    }

    /** A stage over this script, its engine on the calling thread. */
    Playback<FakeReplay, Consumer<Simulation>, EventBuffer, FanoutFrame> playback() {
        return new Playback<>(() -> this, EventBuffer::new, Runnable::run, new SnapshotBudget(1 << 20, 1));
    }

    @Override
    public double now() {
        return reached;
    }

    @Override
    public double durationSeconds() {
        return scene.scenario().durationSeconds();
    }

    @Override
    public void advanceTo(double simSeconds) {
        trace.lastAdvance = simSeconds;
        reached = Math.max(reached, Math.min(simSeconds, durationSeconds()));
        release();
    }

    @Override
    public void stepToNextEvent() {
        // Like the engine's doubling search: a little past the next event.
        reached = next < script.size() ? Math.max(reached, script.get(next).time() + 1e-3) : durationSeconds();
        release();
    }

    private void release() {
        while (next < script.size() && script.get(next).time() < reached) {
            ready.add(script.get(next++));
        }
    }

    @Override
    public void apply(Consumer<Simulation> change) {
        // the script has no live changes
    }

    @Override
    public FakeReplay copy() {
        return new FakeReplay(scene, script, trace, tally.copy(), new ArrayList<>(ready), next, reached);
    }

    @Override
    public FakeReplay fresh() {
        trace.freshRuns++;
        return new FakeReplay(scene, script, trace, new WatchedTally(scene.scenario()), new ArrayList<>(), 0, 0);
    }

    @Override
    public long estimatedBytes() {
        return 1_000;
    }

    @Override
    public void drainEvents(EventBuffer sink) {
        for (Ev e : ready) {
            tally.accept(e.kind(), e.time(), e.producer(), e.post(), e.watched(), e.count());
            if (sink != null) {
                sink.accept(e.kind(), e.time(), e.producer(), e.post(), e.watched(), e.count());
            }
        }
        ready.clear();
    }

    @Override
    public FanoutFrame figures() {
        long empties = 0;
        long useful = 0;
        for (int i = 0; i < next; i++) {
            if (script.get(i).kind() == EventKind.CHECK_EMPTY) {
                empties++;
            } else if (script.get(i).kind() == EventKind.CHECK_USEFUL) {
                useful++;
            }
        }
        Metrics m = new Metrics(reached, 0, 0, 0, empties + useful, empties, useful, 0, 0, 0, 0, 0, Latency.NONE,
                0, 0, 0, 0, false);
        return new FanoutFrame(reached, m, new double[] {1, 0.5}, reached >= durationSeconds(), scene.scenario(),
                scene.watched(), tally.copy());
    }
}
