package org.fanoutlab.ui.lanes;

/** Style-class names lanes.css defines. */
final class LanesStyles {
    static final String VIEW = "lanes-view";
    static final String HEADER = "lanes-header";
    static final String TITLE = "lanes-title";
    static final String DESCRIPTION = "lanes-description";
    static final String TRANSPORT = "lanes-transport";
    static final String TIME = "lanes-time";
    static final String SPEED = "lanes-speed";
    static final String CANVAS = "lanes-canvas";
    static final String LEGEND = "lanes-legend";
    static final String LEGEND_ITEM = "lanes-legend-item";
    static final String TABLE = "lanes-table";
    static final String NUMBER_CELL = "lanes-number";
    static final String CONTROLS = "lanes-controls";
    static final String CONTROLS_TITLE = "lanes-controls-title";
    static final String LANE_PANE = "lanes-lane-pane";
    static final String PARAM_NAME = "lanes-param-name";
    static final String PARAM_VALUE = "lanes-param-value";
    static final String PROBLEM = "lanes-problem";

    static final String STYLESHEET = "/org/fanoutlab/ui/lanes/lanes.css";

    private LanesStyles() {
    }
}
