package org.fanoutlab.ui.lab.common;

import org.fanoutlab.engine.Metrics;

/** One row of figures the lab shows: a name for reports, a label and a tooltip for people, and a format. */
public interface Figure {
    /** The report name (JSON, CSV, the command line's table). */
    String id();

    String label();

    /** What the figure means in a real system, then its report name. */
    String tooltip();

    double valueOf(Metrics m);

    String format(double value);
}
