package org.fanoutlab.engine.lanes;

/** A growable FIFO of posts (time and sequence number) on primitive arrays: no object per post. */
final class PostQueue {
    private double[] time = new double[16];
    private long[] seq = new long[16];
    private int head;
    private int size;

    /** An independent copy holding the same posts. */
    PostQueue copy() {
        PostQueue c = new PostQueue();
        c.time = time.clone();
        c.seq = seq.clone();
        c.head = head;
        c.size = size;
        return c;
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    void add(double t, long s) {
        if (size == time.length) {
            grow();
        }
        int slot = (head + size) % time.length;
        time[slot] = t;
        seq[slot] = s;
        size++;
    }

    double headTime() {
        return time[head];
    }

    long headSeq() {
        return seq[head];
    }

    /** Time of the k-th waiting post (0 = head). */
    double timeAt(int k) {
        return time[(head + k) % time.length];
    }

    void removeHead() {
        head = (head + 1) % time.length;
        size--;
    }

    private void grow() {
        double[] t = new double[time.length * 2];
        long[] s = new long[time.length * 2];
        for (int i = 0; i < size; i++) {
            t[i] = time[(head + i) % time.length];
            s[i] = seq[(head + i) % time.length];
        }
        time = t;
        seq = s;
        head = 0;
    }
}
