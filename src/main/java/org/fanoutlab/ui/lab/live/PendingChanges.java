package org.fanoutlab.ui.lab.live;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fanoutlab.ui.lab.controls.ParameterChange;

/**
 * Live changes waiting for the engine thread, latest value per parameter. The FX thread offers a change for
 * every slider tick without ever waiting on the engine; the engine thread drains whatever is here on its next
 * step (every frame, at most ~50 ms apart), so a fast drag costs the engine one change per step, not hundreds.
 */
public final class PendingChanges {
    private final Map<String, ParameterChange> waiting = new LinkedHashMap<>();

    synchronized void offer(ParameterChange change) {
        // remove first so that the map's order is the order of the latest offers
        waiting.remove(change.key());
        waiting.put(change.key(), change);
    }

    synchronized List<ParameterChange> drain() {
        if (waiting.isEmpty()) {
            return List.of();
        }
        List<ParameterChange> out = new ArrayList<>(waiting.values());
        waiting.clear();
        return out;
    }

    synchronized void clear() {
        waiting.clear();
    }
}
