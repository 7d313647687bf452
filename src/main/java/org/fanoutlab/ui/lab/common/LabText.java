package org.fanoutlab.ui.lab.common;

import org.fanoutlab.engine.Model;
import org.fanoutlab.ui.common.Messages;

/** Text the lab's views share: the models' display names. */
public final class LabText {
    private LabText() {
    }

    /** "Push", "Pull", "Hybrid" in the UI's language. */
    public static String model(Model m) {
        return Messages.get("lab.model." + m.id());
    }
}
