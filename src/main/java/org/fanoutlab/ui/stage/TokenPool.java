package org.fanoutlab.ui.stage;

import org.fanoutlab.ui.common.PackedSlots;

/**
 * Tokens in flight, in parallel primitive arrays: spawning, moving and retiring a token allocates nothing, so
 * the frame loop produces no garbage however many tokens fly. Times are animation seconds (they stop while
 * paused). Retired slots are filled from the end, so live tokens are always {@code 0 .. size()-1}.
 */
final class TokenPool extends PackedSlots {
    private final byte[] style;
    private final short[] from;
    private final short[] to;
    private final double[] start;
    private final double[] duration;
    private final float[] lane;

    TokenPool(int capacity) {
        super(capacity);
        style = new byte[capacity];
        from = new short[capacity];
        to = new short[capacity];
        start = new double[capacity];
        duration = new double[capacity];
        lane = new float[capacity];
    }

    /**
     * Adds a token flying {@code fromAnchor → toAnchor} from animation time {@code startTime} for
     * {@code seconds}; {@code laneOffset} (−1..1) spreads tokens on the same path so they do not stack.
     * Returns false when the pool is full: the counters stay exact, only the picture thins.
     */
    boolean spawn(TokenStyle s, int fromAnchor, int toAnchor, double startTime, double seconds, double laneOffset) {
        if (isFull()) {
            return false;
        }
        int i = claim();
        style[i] = (byte) s.ordinal();
        from[i] = (short) fromAnchor;
        to[i] = (short) toAnchor;
        start[i] = startTime;
        duration[i] = seconds;
        lane[i] = (float) laneOffset;
        return true;
    }

    /** Removes the tokens that have arrived by animation time {@code now}. */
    void retire(double now) {
        removeExpired(now);
    }

    @Override
    protected boolean expired(int i, double now) {
        return now >= start[i] + duration[i];
    }

    @Override
    protected void copy(int src, int dst) {
        style[dst] = style[src];
        from[dst] = from[src];
        to[dst] = to[src];
        start[dst] = start[src];
        duration[dst] = duration[src];
        lane[dst] = lane[src];
    }

    int styleOrdinal(int i) {
        return style[i];
    }

    TokenStyle style(int i) {
        return TokenStyle.ALL[style[i]];
    }

    int from(int i) {
        return from[i];
    }

    int to(int i) {
        return to[i];
    }

    double start(int i) {
        return start[i];
    }

    double lane(int i) {
        return lane[i];
    }

    /** 0..1 along the path at {@code now}; negative while the token is still waiting to leave. */
    double progress(int i, double now) {
        return (now - start[i]) / duration[i];
    }

    /** Tokens of this style, for tests and the reduced-motion check. */
    int count(TokenStyle s) {
        int n = 0;
        for (int i = 0; i < size(); i++) {
            if (style[i] == s.ordinal()) {
                n++;
            }
        }
        return n;
    }

    /** Whether a token of this style flies {@code fromAnchor → toAnchor}. */
    boolean has(TokenStyle s, int fromAnchor, int toAnchor) {
        for (int i = 0; i < size(); i++) {
            if (style[i] == s.ordinal() && from[i] == fromAnchor && to[i] == toAnchor) {
                return true;
            }
        }
        return false;
    }
}
