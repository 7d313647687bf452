package org.fanoutlab.ui.common;

/** What a presenter's remote clicker asks of the stage on the projector. */
public enum PresenterAction {
    /** Page Down: step to the next event. */
    STEP,
    /** Page Up: play or pause. */
    PLAY_PAUSE,
    /** B or "." (the clicker's blank-screen key): pause. */
    PAUSE
}
