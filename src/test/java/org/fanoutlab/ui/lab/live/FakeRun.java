package org.fanoutlab.ui.lab.live;

import java.util.ArrayList;
import java.util.List;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.ui.lab.controls.ParameterChange;

/** A {@link LiveRun} that records what the view-model asks of it and hands back the snapshot a test sets. */
public final class FakeRun implements LiveRun {
    final List<ParameterChange> changes = new ArrayList<>();
    /** Runs built, started, and built but thrown away, in order. */
    final List<Scenario> prepared = new ArrayList<>();
    final List<Scenario> restarts = new ArrayList<>();
    final List<Scenario> discarded = new ArrayList<>();
    Snapshot latest;
    boolean closed;

    @Override
    public void change(ParameterChange change) {
        changes.add(change);
    }

    @Override
    public Prepared prepare(Scenario scenario) {
        prepared.add(scenario);
        return new Prepared() {
            @Override
            public void start() {
                restarts.add(scenario);
            }

            @Override
            public void discard() {
                discarded.add(scenario);
            }
        };
    }

    @Override
    public Snapshot latest() {
        return latest;
    }

    @Override
    public void close() {
        closed = true;
    }

    ParameterChange last() {
        return changes.get(changes.size() - 1);
    }
}
