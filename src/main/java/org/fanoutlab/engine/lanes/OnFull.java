package org.fanoutlab.engine.lanes;

import org.fanoutlab.engine.base.LowerCaseId;
import org.fanoutlab.engine.base.LowerCaseIds;

/** What a push sender does when a slow consumer's buffer is full. */
public enum OnFull implements LowerCaseId {
    /** The new item is thrown away (tail drop): the consumer silently misses it. */
    DROP,
    /** The sender waits until there is room (backpressure): nothing is lost, the producer pays in waiting. */
    BLOCK;

    public static OnFull fromId(String id) {
        return LowerCaseIds.fromId(OnFull.class, id, "onFull");
    }
}
