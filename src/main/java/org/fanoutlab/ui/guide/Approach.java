package org.fanoutlab.ui.guide;

import org.fanoutlab.ui.common.Messages;

/** What the guide can recommend. */
enum Approach {
    PUSH("guide.approach.push"),
    PULL("guide.approach.pull"),
    HYBRID("guide.approach.hybrid"),
    QUEUE_BACKED_PULL("guide.approach.queue"),
    LONG_POLLING_OR_SSE("guide.approach.longPolling");

    private final String key;

    Approach(String key) {
        this.key = key;
    }

    /** The approach's name in the UI's language. */
    String title() {
        return Messages.get(key);
    }
}
