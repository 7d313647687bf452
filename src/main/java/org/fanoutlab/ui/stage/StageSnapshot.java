package org.fanoutlab.ui.stage;

import org.fanoutlab.engine.Metrics;

/**
 * The engine's figures after one advance, handed from the simulation thread to the stage.
 *
 * @param fanoutProgress per producer, {@link org.fanoutlab.engine.Simulation#fanoutProgress(int)}; owned by
 *                       this snapshot, never changed after publication
 * @param scene          the scene at that moment (a new instance only when a live change altered it)
 */
public record StageSnapshot(double simSeconds, Metrics metrics, double[] fanoutProgress, boolean finished,
        StageScene scene) {
}
