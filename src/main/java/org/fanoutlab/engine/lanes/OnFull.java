package org.fanoutlab.engine.lanes;

import java.util.Locale;

/** What a push sender does when a slow consumer's buffer is full. */
public enum OnFull {
    /** The new item is thrown away (tail drop): the consumer silently misses it. */
    DROP,
    /** The sender waits until there is room (backpressure): nothing is lost, the producer pays in waiting. */
    BLOCK;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static OnFull fromId(String id) {
        for (OnFull o : values()) {
            if (o.id().equals(id)) {
                return o;
            }
        }
        throw new IllegalArgumentException("unknown onFull '" + id + "' (expected drop or block)");
    }
}
