package org.fanoutlab.ui.stage;

import java.util.ArrayList;
import java.util.List;
import org.fanoutlab.engine.EventKind;
import org.fanoutlab.engine.base.Latency;
import org.fanoutlab.engine.Metrics;
import org.fanoutlab.engine.Model;
import org.fanoutlab.engine.Producer;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.engine.Schedule;
import org.fanoutlab.engine.WatchedConsumer;

/** A scripted, synchronous event source: events are released when asked for, in time order. */
final class FakeEventSource implements StageEventSource {
    record Ev(EventKind kind, double time, int producer, long post, int watched, long count) {
    }

    private final List<Ev> script = new ArrayList<>();
    private final StageScene scene;
    private int next;
    private double reached;
    private StageSnapshot snapshot;
    int resets;
    boolean closed;
    double lastAdvance = -1;

    FakeEventSource(StageScene scene) {
        this.scene = scene;
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

    FakeEventSource add(EventKind kind, double time, int producer, int watched, long count) {
        script.add(new Ev(kind, time, producer, -1, watched, count));
        return this;
    }

    @Override
    public StageScene scene() {
        return scene;
    }

    @Override
    public void advanceTo(double simSeconds) {
        lastAdvance = simSeconds;
        reached = Math.max(reached, simSeconds);
        publish();
    }

    @Override
    public void advanceToNextEvent() {
        int i = next;
        // Like the engine: simulate up to a bit past the next event (the runner's doubling search overshoots).
        if (i < script.size()) {
            reached = Math.max(reached, script.get(i).time() + 1e-3);
        } else {
            reached = scene.scenario().durationSeconds();
        }
        publish();
    }

    private List<Ev> ready = new ArrayList<>();

    private void publish() {
        while (next < script.size() && script.get(next).time() < reached) {
            ready.add(script.get(next++));
        }
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
        snapshot = new StageSnapshot(reached, m, new double[] {1, 0.5}, reached >= scene.scenario().durationSeconds(),
                scene);
    }

    @Override
    public int drainTo(EventBuffer target) {
        int n = ready.size();
        for (Ev e : ready) {
            target.accept(e.kind(), e.time(), e.producer(), e.post(), e.watched(), e.count());
        }
        ready.clear();
        return n;
    }

    @Override
    public StageSnapshot snapshot() {
        return snapshot;
    }

    @Override
    public void reset() {
        resets++;
        next = 0;
        reached = 0;
        ready.clear();
        snapshot = null;
    }

    @Override
    public void close() {
        closed = true;
    }
}
