package org.fanoutlab.ui.stage;

import org.fanoutlab.ui.common.StyleClass;

/** Style-class names used by the stage; {@code stage.css} styles them, themes may override them. */
public enum StageStyles implements StyleClass {
    VIEW, CANVAS_PANE, CONTROLS, BUTTON, PLAY_BUTTON, CLOCK, SPEED_SLIDER, SPEED_LABEL, INFO,
    /** Added to the info line while it shows an error. */
    ERROR,
    EVENT_LOG;

    /** On the scene's root when the learner asked for reduced motion (View menu); every stage follows it. */
    public static final String REDUCED_MOTION_ROOT = "reduced-motion";

    @Override
    public String prefix() {
        return "stage-";
    }
}
