package org.fanoutlab.engine.lanes;

import org.fanoutlab.engine.base.RowRing;
import org.fanoutlab.engine.base.RowTable;

/**
 * Webhook calls waiting for their retry time: a binary min-heap on parallel primitive arrays. Ties go to the
 * call scheduled first (a sequence number breaks them), so runs are deterministic.
 */
final class RetryHeap {
    // A waiting call's fields: heap node i is the i-th element of calls.
    private enum Longs { ORDER, POST }
    private enum Doubles { AT, POST_TIME }
    private enum Ints { ATTEMPT, DELIVERED }

    private static final RowTable.Shape CALL = RowTable.Shape.of(Longs.class, Doubles.class, Ints.class, null);

    private final RowRing calls;
    /** Calls scheduled so far: the next one's tie-breaker. */
    private long counter;

    RetryHeap() {
        calls = new RowRing(16, CALL);
    }

    private RetryHeap(RetryHeap o) {
        calls = o.calls.copy();
        counter = o.counter;
    }

    /** An independent copy holding the same calls. */
    RetryHeap copy() {
        return new RetryHeap(this);
    }

    int size() {
        return calls.size();
    }

    double topTime() {
        return calls.isEmpty() ? Double.POSITIVE_INFINITY : calls.getDouble(calls.first(), Doubles.AT);
    }

    double topPostTime() {
        return calls.getDouble(calls.first(), Doubles.POST_TIME);
    }

    long topPost() {
        return calls.getLong(calls.first(), Longs.POST);
    }

    int topAttempt() {
        return calls.getInt(calls.first(), Ints.ATTEMPT);
    }

    boolean topDelivered() {
        return calls.getFlag(calls.first(), Ints.DELIVERED);
    }

    void add(double t, double postT, long postSeq, int attemptNo, boolean wasDelivered) {
        int row = calls.addLast();
        calls.setDouble(row, Doubles.AT, t);
        calls.setLong(row, Longs.ORDER, counter++);
        calls.setDouble(row, Doubles.POST_TIME, postT);
        calls.setLong(row, Longs.POST, postSeq);
        calls.setInt(row, Ints.ATTEMPT, attemptNo);
        calls.setFlag(row, Ints.DELIVERED, wasDelivered);
        int i = calls.size() - 1;
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
        int size = calls.size() - 1;
        calls.copyRow(calls.rowAt(size), calls.first());
        calls.removeLast();
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

    /** Whether node {@code a} comes out before node {@code b}. */
    private boolean less(int a, int b) {
        int ra = calls.rowAt(a);
        int rb = calls.rowAt(b);
        double ta = calls.getDouble(ra, Doubles.AT);
        double tb = calls.getDouble(rb, Doubles.AT);
        return ta < tb || (ta == tb && calls.getLong(ra, Longs.ORDER) < calls.getLong(rb, Longs.ORDER));
    }

    private void swap(int a, int b) {
        calls.swapRows(calls.rowAt(a), calls.rowAt(b));
    }
}
