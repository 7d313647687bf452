package org.fanoutlab.engine;

/**
 * A copy of a run kept to go back to ({@link Simulation#keep}): never advanced itself, only restored into a new
 * run. Its per-consumer arrays share every chunk that equals the previous kept copy's, so a snapshot of a
 * million-consumer run taken a little after another costs a few hundred kilobytes instead of tens of megabytes
 * (docs/decisions/0013-shared-snapshot-chunks.md). A drained event ring is kept as its capacity alone.
 */
public final class KeptSimulation {
    private final Simulation rest;
    private final FeedCaches.Kept caches;
    private final PulledPosts.Kept pulled;
    private final EventRing events;
    private final int eventCapacity;
    private final long droppedEvents;

    KeptSimulation(Simulation rest, FeedCaches.Kept caches, PulledPosts.Kept pulled, EventRing events,
            int eventCapacity, long droppedEvents) {
        this.rest = rest;
        this.caches = caches;
        this.pulled = pulled;
        this.events = events;
        this.eventCapacity = eventCapacity;
        this.droppedEvents = droppedEvents;
    }

    /** The parts of a run whose arrays a restore may fill again. */
    record Parts(FeedCaches caches, PulledPosts pulled, EventRing events) {
    }

    /** A new run at the kept moment: advancing it gives exactly what advancing the original would have. */
    public Simulation restore() {
        return restore(null);
    }

    /**
     * Like {@link #restore()}, filling the per-consumer arrays and the event ring of {@code dropped} (a run of the
     * same scenario that nobody will use again, or null) instead of allocating new ones. A seek restores over the
     * run it leaves: for a million consumers that spares 20 MB of allocation, zeroing and collection per seek.
     */
    public Simulation restore(Simulation dropped) {
        Parts reuse = dropped == null ? new Parts(null, null, null) : dropped.parts();
        return new Simulation(rest, caches.restore(reuse.caches()), pulled.restore(reuse.pulled()),
                EventRing.restore(events, eventCapacity, droppedEvents, reuse.events()));
    }

    /** Simulated seconds at which the copy was kept. */
    public double now() {
        return rest.now();
    }

    /**
     * Bytes this copy holds that {@code previous} (the kept copy before it, or null) does not hold too: what
     * keeping it costs. An estimate in the manner of {@link Simulation#copySizeBytes()}.
     */
    public long bytesBeyond(KeptSimulation previous) {
        return rest.partsBytes() + (events == null ? 0 : events.bytes()) + caches.bytesBeyond(caches(previous))
                + pulled.bytesBeyond(pulled(previous));
    }

    static FeedCaches.Kept caches(KeptSimulation k) {
        return k == null ? null : k.caches;
    }

    static PulledPosts.Kept pulled(KeptSimulation k) {
        return k == null ? null : k.pulled;
    }
}
