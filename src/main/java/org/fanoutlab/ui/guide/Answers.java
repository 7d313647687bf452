package org.fanoutlab.ui.guide;

import java.util.Objects;

/** A complete set of answers to the guide's four questions. */
record Answers(Freshness freshness, FanOut fanOut, Pace pace, ChangeRate changeRate) {
    Answers {
        Objects.requireNonNull(freshness, "freshness");
        Objects.requireNonNull(fanOut, "fanOut");
        Objects.requireNonNull(pace, "pace");
        Objects.requireNonNull(changeRate, "changeRate");
    }
}
