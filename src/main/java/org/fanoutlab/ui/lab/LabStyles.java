package org.fanoutlab.ui.lab;

/** Style-class names of the lab; lab.css gives them their look (no inline styles anywhere in the lab). */
final class LabStyles {
    static final String STYLESHEET = "lab.css";

    static final String ROOT = "lab";
    static final String TOOLBAR = "lab-toolbar";
    static final String CONTROLS = "lab-controls";
    static final String SECTION_TITLE = "lab-section-title";
    static final String CONTROL = "lab-control";
    static final String CONTROL_TITLE = "lab-control-title";
    static final String CONTROL_FIELD = "lab-control-field";
    static final String FIELD_ERROR = "lab-field-error";
    static final String ERROR_TEXT = "lab-error-text";
    static final String HINT = "lab-hint";
    static final String PRODUCER = "lab-producer";
    static final String STAGE_AREA = "lab-stage-area";
    static final String METRICS = "lab-metrics";
    static final String METRIC_LABEL = "lab-metric-label";
    static final String METRIC_VALUE = "lab-metric-value";
    static final String CLOCK = "lab-clock";
    static final String SAMPLED = "lab-sampled";
    static final String CHARTS = "lab-charts";
    static final String CHART = "lab-chart";
    static final String PROBLEM_BAR = "lab-problem-bar";
    static final String PROBLEM_LINE = "lab-problem-line";
    static final String COMPARE = "lab-compare";
    static final String COMPARE_HEADER = "lab-compare-header";
    static final String COMPARE_CELL = "lab-compare-cell";
    static final String CHEAPEST = "lab-cheapest";
    static final String SWEEPS = "lab-sweeps";
    static final String SWEEP_PANEL = "lab-sweep-panel";
    static final String BEST = "lab-best";

    private LabStyles() {
    }
}
