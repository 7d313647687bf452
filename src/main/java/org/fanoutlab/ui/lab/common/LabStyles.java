package org.fanoutlab.ui.lab.common;

import org.fanoutlab.ui.common.StyleClass;

/** Style-class names of the lab; lab.css gives them their look (no inline styles anywhere in the lab). */
public enum LabStyles implements StyleClass {
    ROOT, TOOLBAR, CONTROLS, SECTION_TITLE, CONTROL, CONTROL_TITLE, CONTROL_FIELD, FIELD_ERROR, ERROR_TEXT, HINT,
    PRODUCER, STAGE_AREA, METRICS, METRIC_LABEL, METRIC_VALUE, CLOCK, SAMPLED, CHARTS, CHART, PROBLEM_BAR,
    PROBLEM_LINE, COMPARE, COMPARE_HEADER, COMPARE_CELL, CHEAPEST, SWEEPS, SWEEP_PANEL, BEST, BUSY, WEIGHTS,
    CONTROLS_CONTENT;

    public static final String STYLESHEET = "lab.css";
    /** AtlantaFX's borderless scroll pane. */
    public static final String EDGE_TO_EDGE = "edge-to-edge";

    @Override
    public String prefix() {
        return "lab-";
    }
}
