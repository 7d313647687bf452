package org.fanoutlab.engine;

/** A finished run: the scenario as it ended (after any live changes), its metrics, and the engine's wall time. */
public record Report(Scenario scenario, Metrics metrics, double elapsedSeconds) {
}
