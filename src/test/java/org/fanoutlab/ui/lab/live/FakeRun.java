package org.fanoutlab.ui.lab.live;

import java.util.ArrayList;
import java.util.List;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.ui.lab.controls.ParameterChange;

/** A {@link LiveRun} that records what the view-model asks of it and hands back the snapshot a test sets. */
public final class FakeRun implements LiveRun {
    final List<ParameterChange> changes = new ArrayList<>();
    final List<Scenario> restarts = new ArrayList<>();
    Snapshot latest;
    boolean closed;

    @Override
    public void change(ParameterChange change) {
        changes.add(change);
    }

    @Override
    public void restart(Scenario scenario) {
        restarts.add(scenario);
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
