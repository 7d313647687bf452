package org.fanoutlab.ui.lesson;

import org.fanoutlab.ui.common.StyleClass;

/** A lesson's inline lab card: style-class names lesson.css defines. */
enum LabCardStyles implements StyleClass {
    CARD, TITLE, CAPTION, STAGE, BUTTONS,
    /** The folded list of a lab's checkpoints, and the list inside it. */
    CHECKPOINTS,
    CHECKPOINTS_LIST,
    /** The stage slot of a preset with delivery lanes: the lanes view needs room for its table. */
    STAGE_TALL;

    @Override
    public String prefix() {
        return "lab-";
    }
}
