package org.fanoutlab.engine;

import org.fanoutlab.engine.base.LowerCaseId;
import org.fanoutlab.engine.base.LowerCaseIds;

/** Who moves the data: the fan-out service on write, the consumer on read, or each where it is cheapest. */
public enum Model implements LowerCaseId {
    /** Fan-out on write: every post is written into each follower's feed cache. */
    PUSH,
    /** Fan-out on read: posts are stored once; each check queries the followees. */
    PULL,
    /** Push for producers below the celebrity threshold, pull-and-merge at read for those at or above it. */
    HYBRID;

    /** @throws IllegalArgumentException naming the accepted values when {@code id} is none of them */
    public static Model fromId(String id) {
        return LowerCaseIds.fromId(Model.class, id, "model");
    }
}
