package org.fanoutlab.ui.stage;

import java.util.Locale;

/**
 * A named part of the diagram that a lesson checkpoint can point at ({@code focus: queue}); the stage outlines
 * it while the checkpoint's card is up.
 */
public enum StagePart {
    PRODUCERS, FANOUT, QUEUE, CACHES, DATABASE, CONSUMERS;

    /** The name a lesson uses ({@code producers}, {@code fanout}, …). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The part for a lesson's name; IllegalArgumentException listing the names for any other. */
    public static StagePart of(String id) {
        for (StagePart p : values()) {
            if (p.id().equals(id)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown stage part '" + id
                + "': use producers, fanout, queue, caches, database or consumers");
    }

    /** The part for a lesson's name, or null for a name that is none (a lane's name, say). */
    public static StagePart orNull(String id) {
        for (StagePart p : values()) {
            if (p.id().equals(id)) {
                return p;
            }
        }
        return null;
    }

    /** Whether component {@code anchor} belongs to this part. */
    boolean covers(int anchor) {
        return switch (this) {
            case PRODUCERS -> Anchors.isProducer(anchor);
            case FANOUT, QUEUE -> anchor == Anchors.FANOUT;
            case CACHES -> Anchors.isCache(anchor);
            case DATABASE -> anchor == Anchors.DATABASE;
            case CONSUMERS -> Anchors.isPhone(anchor) || anchor == Anchors.CROWD;
        };
    }
}
