package org.fanoutlab.ui.guide;

/** An answer to one of the guide's questions, as the form shows it. */
interface Choice {
    String label();

    /** One short line under the radio button: what picking this means. */
    String explanation();
}
