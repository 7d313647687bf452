package org.fanoutlab.engine;

import java.util.Arrays;
import org.fanoutlab.engine.base.ChunkedCopy;
import org.fanoutlab.engine.base.RowPool;
import org.fanoutlab.engine.base.RowRing;
import org.fanoutlab.engine.base.RowTable;

/**
 * Posts stored once and fetched by each follower at its next feed open (pull, and hybrid celebrities), kept
 * only until every follower has fetched them — within one round of opens — so memory follows what is in flight,
 * not the length of the run (ADR 0002, "Pulled posts").
 *
 * <p>Two ways to hand a post to its followers, whichever costs less:
 * <ul>
 *   <li><b>Broadcast</b> (a large share of the simulated consumers follow it): the post is kept in a window and
 *   every consumer's next open is visited in one sweep of the ring; each visit tests its own membership. Work:
 *   one round of opens, shared by every broadcast post made in it.</li>
 *   <li><b>Addressed</b> (a small audience): the post is put in each simulated follower's pending list at once and
 *   only those followers' next opens are visited. Work: one entry per follower — 100,000 one-follower producers
 *   cost 100,000 entries, not 100,000 sweeps.</li>
 * </ul>
 * Per-consumer state is indexed by ring position ({@link CheckGrid}), the order a sweep visits consumers in, so a
 * sweep reads it front to back.
 */
final class PulledPosts {
    // A broadcast post's fields: post k (global count) is the (k - broadcastStart)-th row of broadcast.
    private enum BroadcastLongs { SEQ, OPEN }
    private enum BroadcastDoubles { TIME }
    private enum BroadcastInts { PRODUCER }
    private enum BroadcastObjects { AUDIENCE }

    // An addressed post's fields (its handle is its row) and a pending entry's (a consumer's list links them).
    private enum AddressedLongs { SEQ }
    private enum AddressedDoubles { TIME }
    private enum AddressedInts { PRODUCER, REFS }
    private enum EntryLongs { WEIGHT }
    private enum EntryInts { NEXT, POST }

    private static final RowTable.Shape BROADCAST = RowTable.Shape.of(BroadcastLongs.class, BroadcastDoubles.class,
            BroadcastInts.class, BroadcastObjects.class);
    private static final RowTable.Shape ADDRESSED = RowTable.Shape.of(AddressedLongs.class, AddressedDoubles.class,
            AddressedInts.class, null);
    private static final RowTable.Shape ENTRY = RowTable.Shape.of(EntryLongs.class, null, EntryInts.class, null);

    // Broadcast window: the posts from broadcastStart on.
    private long broadcastStart;
    private final RowRing broadcast;
    /** Per ring position: the first broadcast post its consumer has not been visited for yet (made with the first). */
    private long[] nextBroadcast;
    private final int consumers;
    /** Per producer, where its followers start on the ring of consumers: shared, never written. */
    private final long[] followOffset;

    // Addressed posts: a table with reference counts (a free row's REFS links the free list), and per consumer a
    // pending list (newest first).
    private final RowPool addressed;
    private int[] pendingHead;
    private final RowPool entries;
    private long pendingEntries;

    PulledPosts(int consumers, long[] followOffset) {
        this.consumers = consumers;
        this.followOffset = followOffset;
        broadcast = new RowRing(16, BROADCAST);
        addressed = new RowPool(16, ADDRESSED, AddressedInts.REFS);
        entries = new RowPool(64, ENTRY, EntryInts.NEXT);
    }

    private PulledPosts(PulledPosts o) {
        this(o, true);
    }

    private PulledPosts(PulledPosts o, boolean perConsumer) {
        broadcastStart = o.broadcastStart;
        broadcast = o.broadcast.copy(); // the audiences are records: immutable, shared
        consumers = o.consumers;
        followOffset = o.followOffset;
        nextBroadcast = o.nextBroadcast == null || !perConsumer ? null : o.nextBroadcast.clone();
        addressed = o.addressed.copy();
        pendingHead = o.pendingHead == null || !perConsumer ? null : o.pendingHead.clone();
        entries = o.entries.copy();
        pendingEntries = o.pendingEntries;
    }

    PulledPosts copy() {
        return new PulledPosts(this);
    }

    /**
     * A kept copy (a playback snapshot): the posts in flight as a plain copy, the per-consumer arrays in chunks
     * shared where they equal {@code previous}'s.
     */
    record Kept(PulledPosts rest, ChunkedCopy nextBroadcast, ChunkedCopy pendingHead) {
        /** {@code reuse}: the pulled posts of a dropped run (or null), whose arrays are filled again if they fit. */
        PulledPosts restore(PulledPosts reuse) {
            PulledPosts p = rest.copy();
            p.nextBroadcast = ChunkedCopy.toLongs(nextBroadcast, reuse == null ? null : reuse.nextBroadcast);
            p.pendingHead = ChunkedCopy.toInts(pendingHead, reuse == null ? null : reuse.pendingHead);
            return p;
        }

        long bytesBeyond(Kept previous) {
            return rest.bytes()
                    + ChunkedCopy.bytesBeyond(nextBroadcast, previous == null ? null : previous.nextBroadcast)
                    + ChunkedCopy.bytesBeyond(pendingHead, previous == null ? null : previous.pendingHead);
        }
    }

    Kept keep(Kept previous) {
        return new Kept(new PulledPosts(this, false),
                ChunkedCopy.of(nextBroadcast, previous == null ? null : previous.nextBroadcast),
                ChunkedCopy.of(pendingHead, previous == null ? null : previous.pendingHead));
    }

    /** Bytes a copy allocates. */
    long bytes() {
        long perConsumer = (nextBroadcast == null ? 0 : 8L) + (pendingHead == null ? 0 : 4);
        return perConsumer * consumers + 44L * broadcast.capacity() + 28L * addressed.capacity()
                + 16L * entries.capacity();
    }

    // ---------------------------------------------------------------- broadcast

    /** Stores a broadcast post; {@code open} is the number of the first feed open at or after it. */
    void addBroadcast(int p, long seq, double t, ConsumerSample.Audience audience, long open) {
        if (nextBroadcast == null) {
            nextBroadcast = new long[consumers];
        }
        int s = broadcast.addLast();
        broadcast.setDouble(s, BroadcastDoubles.TIME, t);
        broadcast.setLong(s, BroadcastLongs.SEQ, seq);
        broadcast.setLong(s, BroadcastLongs.OPEN, open);
        broadcast.setInt(s, BroadcastInts.PRODUCER, p);
        broadcast.setObject(s, BroadcastObjects.AUDIENCE, audience);
    }

    /** Forgets broadcast posts whose whole round of opens is numbered below {@code openDone}. */
    void forgetFetched(long openDone, int consumers) {
        while (!broadcast.isEmpty()
                && broadcast.getLong(broadcast.first(), BroadcastLongs.OPEN) + consumers <= openDone) {
            broadcast.setObject(broadcast.first(), BroadcastObjects.AUDIENCE, null);
            broadcast.removeFirst();
            broadcastStart++;
        }
    }

    long broadcastEnd() {
        return broadcastStart + broadcast.size();
    }

    /** The first broadcast post the consumer at ring position {@code p} has not been handed yet; marks all handed. */
    long takeBroadcastFrom(int p) {
        if (nextBroadcast == null) {
            return broadcastEnd();
        }
        long from = nextBroadcast[p];
        nextBroadcast[p] = broadcastEnd();
        return Math.max(from, broadcastStart);
    }

    double broadcastTime(long k) {
        return broadcast.getDouble(slot(k), BroadcastDoubles.TIME);
    }

    long broadcastOffset(long k) {
        return followOffset[broadcastProducer(k)];
    }

    long broadcastFollowers(long k) {
        return broadcastAudience(k).followers();
    }

    ConsumerSample.Audience broadcastAudience(long k) {
        return (ConsumerSample.Audience) broadcast.getObject(slot(k), BroadcastObjects.AUDIENCE);
    }

    int broadcastProducer(long k) {
        return broadcast.getInt(slot(k), BroadcastInts.PRODUCER);
    }

    long broadcastSeq(long k) {
        return broadcast.getLong(slot(k), BroadcastLongs.SEQ);
    }

    private int slot(long k) {
        return broadcast.rowAt((int) (k - broadcastStart));
    }

    // ---------------------------------------------------------------- addressed

    /** Stores an addressed post; returns its handle for {@link #addPending}. */
    int addAddressed(int p, long seq, double t) {
        int h = addressed.take();
        addressed.setDouble(h, AddressedDoubles.TIME, t);
        addressed.setLong(h, AddressedLongs.SEQ, seq);
        addressed.setInt(h, AddressedInts.PRODUCER, p);
        addressed.setInt(h, AddressedInts.REFS, 0);
        return h;
    }

    /**
     * Puts addressed post {@code post} in the pending list of the consumer at ring position {@code i}, with its
     * weight; returns true when the list was empty before (the consumer's next open must now be visited).
     */
    boolean addPending(int i, int post, long weight) {
        if (pendingHead == null) {
            pendingHead = new int[consumers];
            Arrays.fill(pendingHead, -1);
        }
        int e = entries.take();
        boolean wasEmpty = pendingHead[i] < 0;
        entries.setInt(e, EntryInts.NEXT, pendingHead[i]);
        entries.setInt(e, EntryInts.POST, post);
        entries.setLong(e, EntryLongs.WEIGHT, weight);
        pendingHead[i] = e;
        addressed.setInt(post, AddressedInts.REFS, addressed.getInt(post, AddressedInts.REFS) + 1);
        pendingEntries++;
        return wasEmpty;
    }

    /** Releases an addressed post that got no pending entry (none of its followers is simulated). */
    void releaseIfUnused(int post) {
        if (addressed.getInt(post, AddressedInts.REFS) == 0) {
            addressed.give(post);
        }
    }

    boolean hasPending(int i) {
        return pendingHead != null && pendingHead[i] >= 0;
    }

    /** Hands every pending post of the consumer at ring position {@code i} to {@code to} and empties the list. */
    void takePending(int i, PendingSink to) {
        if (pendingHead == null) {
            return;
        }
        int e = pendingHead[i];
        pendingHead[i] = -1;
        while (e >= 0) {
            int post = entries.getInt(e, EntryInts.POST);
            to.pending(addressed.getInt(post, AddressedInts.PRODUCER), addressed.getLong(post, AddressedLongs.SEQ),
                    addressed.getDouble(post, AddressedDoubles.TIME), entries.getLong(e, EntryLongs.WEIGHT));
            int next = entries.getInt(e, EntryInts.NEXT);
            entries.give(e);
            pendingEntries--;
            int refs = addressed.getInt(post, AddressedInts.REFS) - 1;
            addressed.setInt(post, AddressedInts.REFS, refs);
            if (refs == 0) {
                addressed.give(post);
            }
            e = next;
        }
    }

    /** Pending entries held now (memory in use). */
    long pendingEntries() {
        return pendingEntries;
    }

    /** Receives one pending post of a consumer being visited. */
    @FunctionalInterface
    interface PendingSink {
        void pending(int producer, long seq, double postTime, long weight);
    }
}
