package org.fanoutlab.ui.stage;

import org.fanoutlab.playback.Playback;
import org.fanoutlab.ui.common.RunCheckpoints;

/**
 * A stage's pause markers with a part of the diagram to point at: a lesson checkpoint pauses the stage at a
 * simulated moment, outlines a part ({@link StagePart}) and shows its card; Play goes on. Seeking past a
 * checkpoint does not fire it, playing across it again does (docs/decisions/0008).
 */
public final class StageCheckpoints extends RunCheckpoints<StagePart> {

    StageCheckpoints(Playback<?, ?, ?, ?> playback, Runnable onPause) {
        super(playback, onPause);
    }
}
