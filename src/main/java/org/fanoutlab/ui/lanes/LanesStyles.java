package org.fanoutlab.ui.lanes;

import org.fanoutlab.ui.common.StyleClass;

/** Style-class names lanes.css defines. */
enum LanesStyles implements StyleClass {
    VIEW, HEADER, TITLE, DESCRIPTION, TRANSPORT, TIME, SPEED, CANVAS, LEGEND, LEGEND_ITEM, TABLE, NUMBER, CONTROLS,
    CONTROLS_TITLE, LANE_PANE, PARAM_NAME, PARAM_VALUE, PROBLEM;

    static final String STYLESHEET = "/org/fanoutlab/ui/lanes/lanes.css";

    @Override
    public String prefix() {
        return "lanes-";
    }
}
