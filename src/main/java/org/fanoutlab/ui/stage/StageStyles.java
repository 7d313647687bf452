package org.fanoutlab.ui.stage;

/** Style-class names used by the stage; {@code stage.css} styles them, themes may override them. */
public final class StageStyles {
    public static final String VIEW = "stage-view";
    public static final String CANVAS_PANE = "stage-canvas-pane";
    public static final String CONTROLS = "stage-controls";
    public static final String BUTTON = "stage-button";
    public static final String PLAY_BUTTON = "stage-play-button";
    public static final String CLOCK = "stage-clock";
    public static final String SPEED_SLIDER = "stage-speed-slider";
    public static final String SPEED_LABEL = "stage-speed-label";
    public static final String INFO = "stage-info";
    /** Added to the info line while it shows an error. */
    public static final String ERROR = "stage-error";

    public static final String EVENT_LOG = "stage-event-log";
    /** On the scene's root when the learner asked for reduced motion (View menu); every stage follows it. */
    public static final String REDUCED_MOTION_ROOT = "reduced-motion";

    private StageStyles() {
    }
}
