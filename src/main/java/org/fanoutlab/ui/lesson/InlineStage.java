package org.fanoutlab.ui.lesson;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import org.fanoutlab.content.Checkpoint;
import org.fanoutlab.ui.common.CheckpointGuide;

/** A live animated stage shown inside a lesson's lab card; made only when needed, disposed with the lesson. */
interface InlineStage {

    Node view();

    void dispose();

    /**
     * Lays the lab block's checkpoints over the run (it stops at each one; the card shows over the view); null for
     * a view that cannot stop, whose card lists the checkpoints instead.
     */
    default CheckpointGuide<?> guide(List<Checkpoint> checkpoints) {
        return null;
    }

    /** Where a checkpoint's card goes over the view: a corner away from the part it outlines. */
    default Pos corner(Checkpoint checkpoint) {
        return Pos.TOP_RIGHT;
    }

    /** Makes the stage for a preset file; may throw for an unreadable preset (the card shows the message). */
    @FunctionalInterface
    interface Factory {
        InlineStage create(Path presetFile) throws Exception;

        /** Whether the preset's view needs a taller slot than the stage (a lanes view with its table). */
        default boolean tall(Path presetFile) {
            return false;
        }
    }
}
