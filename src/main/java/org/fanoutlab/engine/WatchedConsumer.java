package org.fanoutlab.engine;

import java.util.List;

/** A consumer drawn on the stage: its id, and the producers (by index) it follows. */
public record WatchedConsumer(long consumerId, List<Integer> followees) {
    public WatchedConsumer {
        followees = List.copyOf(followees);
    }
}
