package org.fanoutlab.ui.stage;

/**
 * Ids of the components drawn on the stage. Tokens fly between ids, not coordinates, so that a resize moves
 * them with the diagram; the layout maps ids to boxes.
 */
final class Anchors {
    static final int MAX_PRODUCERS = org.fanoutlab.playback.WatchedTally.MAX_PRODUCERS;
    static final int MAX_WATCHED = org.fanoutlab.playback.WatchedTally.MAX_WATCHED;

    static final int PRODUCER0 = 0;
    static final int FANOUT = MAX_PRODUCERS;
    static final int DATABASE = FANOUT + 1;
    static final int CROWD = DATABASE + 1;
    static final int CACHE0 = CROWD + 1;
    static final int PHONE0 = CACHE0 + MAX_WATCHED;
    static final int COUNT = PHONE0 + MAX_WATCHED;
    static final int NONE = -1;

    private Anchors() {
    }

    /** Producers past the drawable few share the last box (the diagram stays legible). */
    static int producer(int index) {
        return PRODUCER0 + Math.min(Math.max(index, 0), MAX_PRODUCERS - 1);
    }

    static int cache(int watched) {
        return CACHE0 + Math.min(watched, MAX_WATCHED - 1);
    }

    static int phone(int watched) {
        return PHONE0 + Math.min(watched, MAX_WATCHED - 1);
    }

    static boolean isProducer(int id) {
        return id >= PRODUCER0 && id < PRODUCER0 + MAX_PRODUCERS;
    }

    static boolean isCache(int id) {
        return id >= CACHE0 && id < CACHE0 + MAX_WATCHED;
    }

    static boolean isPhone(int id) {
        return id >= PHONE0 && id < PHONE0 + MAX_WATCHED;
    }
}
