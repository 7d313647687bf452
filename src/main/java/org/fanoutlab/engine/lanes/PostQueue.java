package org.fanoutlab.engine.lanes;

import org.fanoutlab.engine.base.RowRing;
import org.fanoutlab.engine.base.RowTable;

/** A growable FIFO of posts (time and sequence number) on primitive arrays: no object per post. */
final class PostQueue {
    private enum Longs { SEQ }
    private enum Doubles { TIME }

    private static final RowTable.Shape POST = RowTable.Shape.of(Longs.class, Doubles.class, null, null);

    private final RowRing posts;

    PostQueue() {
        posts = new RowRing(16, POST);
    }

    private PostQueue(PostQueue o) {
        posts = o.posts.copy();
    }

    /** An independent copy holding the same posts. */
    PostQueue copy() {
        return new PostQueue(this);
    }

    int size() {
        return posts.size();
    }

    boolean isEmpty() {
        return posts.isEmpty();
    }

    void add(double t, long s) {
        int row = posts.addLast();
        posts.setDouble(row, Doubles.TIME, t);
        posts.setLong(row, Longs.SEQ, s);
    }

    double headTime() {
        return timeAt(0);
    }

    long headSeq() {
        return posts.getLong(posts.first(), Longs.SEQ);
    }

    /** Time of the k-th waiting post (0 = head). */
    double timeAt(int k) {
        return posts.getDouble(posts.rowAt(k), Doubles.TIME);
    }

    void removeHead() {
        posts.removeFirst();
    }
}
