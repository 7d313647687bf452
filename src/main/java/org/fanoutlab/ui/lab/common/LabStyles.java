package org.fanoutlab.ui.lab.common;

/** Style-class names of the lab; lab.css gives them their look (no inline styles anywhere in the lab). */
public final class LabStyles {
    public static final String STYLESHEET = "lab.css";

    public static final String ROOT = "lab";
    public static final String TOOLBAR = "lab-toolbar";
    public static final String CONTROLS = "lab-controls";
    public static final String SECTION_TITLE = "lab-section-title";
    public static final String CONTROL = "lab-control";
    public static final String CONTROL_TITLE = "lab-control-title";
    public static final String CONTROL_FIELD = "lab-control-field";
    public static final String FIELD_ERROR = "lab-field-error";
    public static final String ERROR_TEXT = "lab-error-text";
    public static final String HINT = "lab-hint";
    public static final String PRODUCER = "lab-producer";
    public static final String STAGE_AREA = "lab-stage-area";
    public static final String METRICS = "lab-metrics";
    public static final String METRIC_LABEL = "lab-metric-label";
    public static final String METRIC_VALUE = "lab-metric-value";
    public static final String CLOCK = "lab-clock";
    public static final String SAMPLED = "lab-sampled";
    public static final String CHARTS = "lab-charts";
    public static final String CHART = "lab-chart";
    public static final String PROBLEM_BAR = "lab-problem-bar";
    public static final String PROBLEM_LINE = "lab-problem-line";
    public static final String COMPARE = "lab-compare";
    public static final String COMPARE_HEADER = "lab-compare-header";
    public static final String COMPARE_CELL = "lab-compare-cell";
    public static final String CHEAPEST = "lab-cheapest";
    public static final String SWEEPS = "lab-sweeps";
    public static final String SWEEP_PANEL = "lab-sweep-panel";
    public static final String BEST = "lab-best";
    public static final String BUSY = "lab-busy";
    public static final String WEIGHTS = "lab-weights";
    /** AtlantaFX's borderless scroll pane. */
    public static final String EDGE_TO_EDGE = "edge-to-edge";

    private LabStyles() {
    }
}
