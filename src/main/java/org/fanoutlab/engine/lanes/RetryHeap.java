package org.fanoutlab.engine.lanes;

/**
 * Webhook calls waiting for their retry time: a binary min-heap on parallel primitive arrays. Ties go to the
 * call scheduled first (a sequence number breaks them), so runs are deterministic.
 */
final class RetryHeap {
    private double[] at = new double[16];
    private long[] order = new long[16];
    private double[] postTime = new double[16];
    private long[] post = new long[16];
    private int[] attempt = new int[16];
    private boolean[] delivered = new boolean[16];
    private int size;
    private long counter;

    /** An independent copy holding the same calls. */
    RetryHeap copy() {
        RetryHeap c = new RetryHeap();
        c.at = at.clone();
        c.order = order.clone();
        c.postTime = postTime.clone();
        c.post = post.clone();
        c.attempt = attempt.clone();
        c.delivered = delivered.clone();
        c.size = size;
        c.counter = counter;
        return c;
    }

    int size() {
        return size;
    }

    double topTime() {
        return size == 0 ? Double.POSITIVE_INFINITY : at[0];
    }

    double topPostTime() {
        return postTime[0];
    }

    long topPost() {
        return post[0];
    }

    int topAttempt() {
        return attempt[0];
    }

    boolean topDelivered() {
        return delivered[0];
    }

    void add(double t, double postT, long postSeq, int attemptNo, boolean wasDelivered) {
        if (size == at.length) {
            int n = size * 2;
            at = java.util.Arrays.copyOf(at, n);
            order = java.util.Arrays.copyOf(order, n);
            postTime = java.util.Arrays.copyOf(postTime, n);
            post = java.util.Arrays.copyOf(post, n);
            attempt = java.util.Arrays.copyOf(attempt, n);
            delivered = java.util.Arrays.copyOf(delivered, n);
        }
        int i = size++;
        set(i, t, counter++, postT, postSeq, attemptNo, wasDelivered);
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (!less(i, parent)) {
                break;
            }
            swap(i, parent);
            i = parent;
        }
    }

    void removeTop() {
        size--;
        if (size == 0) {
            return;
        }
        set(0, at[size], order[size], postTime[size], post[size], attempt[size], delivered[size]);
        int i = 0;
        while (true) {
            int l = 2 * i + 1;
            int r = l + 1;
            int m = i;
            if (l < size && less(l, m)) {
                m = l;
            }
            if (r < size && less(r, m)) {
                m = r;
            }
            if (m == i) {
                return;
            }
            swap(i, m);
            i = m;
        }
    }

    private boolean less(int a, int b) {
        return at[a] < at[b] || (at[a] == at[b] && order[a] < order[b]);
    }

    private void set(int i, double t, long o, double pt, long p, int a, boolean d) {
        at[i] = t;
        order[i] = o;
        postTime[i] = pt;
        post[i] = p;
        attempt[i] = a;
        delivered[i] = d;
    }

    private void swap(int a, int b) {
        double t = at[a];
        long o = order[a];
        double pt = postTime[a];
        long p = post[a];
        int at2 = attempt[a];
        boolean d = delivered[a];
        set(a, at[b], order[b], postTime[b], post[b], attempt[b], delivered[b]);
        set(b, t, o, pt, p, at2, d);
    }
}
