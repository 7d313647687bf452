package org.fanoutlab.ui.stage;

import java.util.List;
import org.fanoutlab.content.Checkpoint;
import org.fanoutlab.playback.Playback;
import org.fanoutlab.ui.common.CheckpointGuide;

/** A lab block's checkpoints laid over a stage's run. */
final class StageGuide {
    private StageGuide() {
    }

    /**
     * The run stops at each checkpoint, outlines its part and names it in the guide's
     * {@link CheckpointGuide#showingProperty()}. A stage that would open after the first checkpoint (the lead-in
     * skips a quiet stretch) opens a little before it instead, so that Play crosses every checkpoint.
     */
    static CheckpointGuide<StagePart> over(StageViewModel stage, List<Checkpoint> list) {
        CheckpointGuide<StagePart> g = new CheckpointGuide<>(stage.checkpoints(), list, StagePart::orNull,
                stage.playingProperty(), stage::play);
        Playback<?, ?, ?, ?> playback = stage.playback();
        double first = g.earliest();
        if (first < playback.start()) {
            boolean untouched = !stage.isPlaying() && playback.position() == playback.start();
            double poll = stage.getScene().scenario().pollIntervalSeconds();
            double start = poll > 0 ? Math.max(0, Math.floor((first - 2 * poll) / poll) * poll) : 0;
            playback.setStart(start);
            if (untouched) {
                stage.seek(start);
            }
        }
        return g;
    }
}
