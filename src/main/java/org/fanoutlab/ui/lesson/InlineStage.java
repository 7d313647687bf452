package org.fanoutlab.ui.lesson;

import java.nio.file.Path;
import javafx.scene.Node;

/** A live animated stage shown inside a lesson's lab card; made only when needed, disposed with the lesson. */
interface InlineStage {

    Node view();

    void dispose();

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
