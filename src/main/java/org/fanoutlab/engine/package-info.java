/**
 * The fan-out engine: a {@link org.fanoutlab.engine.Scenario} in, figures out ({@link org.fanoutlab.engine.Metrics},
 * described by the {@link org.fanoutlab.engine.Metric} catalogue), one simulated moment at a time
 * ({@link org.fanoutlab.engine.Simulation}, {@link org.fanoutlab.engine.LanesSimulation}). Toolkit-free: the CLI,
 * tests, benchmarks and the UI's worker threads all drive it. What each figure means, what a run may cost
 * ({@link org.fanoutlab.engine.RunBudget}) and how live changes act: docs/decisions/0002-engine-semantics.md.
 * Depends on {@code engine.lanes} (a scenario lists lanes) and {@code engine.base}; nothing depends back.
 */
package org.fanoutlab.engine;
