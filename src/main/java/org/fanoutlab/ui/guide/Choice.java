package org.fanoutlab.ui.guide;

import org.fanoutlab.ui.common.Messages;

/** An answer to one of the guide's questions, as the form shows it; its words come from the guide's bundle. */
interface Choice {
    /** The bundle key of the answer's label; its explanation is under {@code <key>.explain}. */
    String key();

    default String label() {
        return Messages.get(key());
    }

    /** One short line under the radio button: what picking this means. */
    default String explanation() {
        return Messages.get(key() + ".explain");
    }
}
