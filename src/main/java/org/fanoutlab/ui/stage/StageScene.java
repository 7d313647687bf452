package org.fanoutlab.ui.stage;

import java.util.List;
import java.util.Objects;
import org.fanoutlab.engine.Model;
import org.fanoutlab.engine.Producer;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.engine.WatchedConsumer;

/**
 * What the stage draws: the scenario as it stands (after live changes) and the consumers watched on it.
 * Everything else on the diagram follows from these two.
 */
public record StageScene(Scenario scenario, List<WatchedConsumer> watched) {
    public StageScene {
        Objects.requireNonNull(scenario, "scenario");
        watched = List.copyOf(watched);
    }

    public Model model() {
        return scenario.model();
    }

    public List<Producer> producers() {
        return scenario.producers();
    }

    /** Whether this producer's posts are stored only and fetched at read time (pull, or hybrid celebrity). */
    public boolean isPulled(int producer) {
        Model m = scenario.model();
        return m == Model.PULL || (m == Model.HYBRID && scenario.isCelebrity(scenario.producers().get(producer)));
    }

    /** The consumers that are not drawn one by one. */
    public long crowd() {
        return Math.max(0, scenario.consumers() - watched.size());
    }

    /** Whether the diagram has a fan-out service and feed caches (everything but pure pull). */
    public boolean hasFanout() {
        return scenario.model() != Model.PULL;
    }
}
