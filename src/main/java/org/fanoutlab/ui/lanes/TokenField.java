package org.fanoutlab.ui.lanes;

import org.fanoutlab.ui.common.PackedSlots;

/**
 * The tokens in flight, on parallel primitive arrays (no object per token). Each token lives a fixed wall-clock
 * time whatever the simulation speed, so that motion stays readable at 10,000×; the lane's counters, not the
 * tokens, carry the exact totals. A lane that already shows {@link #PER_LANE} tokens takes no more until some
 * expire, so one busy lane cannot crowd out the others; within a lane each style has its own share
 * ({@link #PER_STYLE}), so a flood of posts at 10,000× still leaves room to see the answers.
 */
final class TokenField extends PackedSlots {
    static final double LIFE_SECONDS = 0.9;
    static final int PER_LANE = 48;
    static final int PER_STYLE = 12;

    private final int[] lane;
    private final byte[] style;
    private final double[] born;
    private int[] perLane;
    private final int[] perLaneStyle;

    TokenField(int capacity, int lanes) {
        super(capacity);
        lane = new int[capacity];
        style = new byte[capacity];
        born = new double[capacity];
        perLane = new int[Math.max(1, lanes)];
        perLaneStyle = new int[Math.max(1, lanes) * LaneToken.ALL.length];
    }

    /** @param laneIndex -1 is not allowed: posts are added once per lane */
    boolean add(int laneIndex, LaneToken s, double wallSeconds) {
        int ls = laneIndex * LaneToken.ALL.length + s.ordinal();
        if (isFull() || perLane[laneIndex] >= PER_LANE || perLaneStyle[ls] >= PER_STYLE) {
            return false;
        }
        int i = claim();
        lane[i] = laneIndex;
        style[i] = (byte) s.ordinal();
        born[i] = wallSeconds;
        perLane[laneIndex]++;
        perLaneStyle[ls]++;
        return true;
    }

    /** Removes tokens older than {@link #LIFE_SECONDS}; order is not kept (swap-remove). */
    void expire(double wallSeconds) {
        removeExpired(wallSeconds);
    }

    @Override
    protected boolean expired(int i, double wallSeconds) {
        return wallSeconds - born[i] >= LIFE_SECONDS;
    }

    @Override
    protected void removing(int i) {
        perLane[lane[i]]--;
        perLaneStyle[lane[i] * LaneToken.ALL.length + style[i]]--;
    }

    @Override
    protected void copy(int src, int dst) {
        lane[dst] = lane[src];
        style[dst] = style[src];
        born[dst] = born[src];
    }

    @Override
    public void clear() {
        super.clear();
        java.util.Arrays.fill(perLane, 0);
        java.util.Arrays.fill(perLaneStyle, 0);
    }

    int lane(int i) {
        return lane[i];
    }

    LaneToken style(int i) {
        return LaneToken.ALL[style[i]];
    }

    /** 0 at birth, 1 at the end of its life. */
    double progress(int i, double wallSeconds) {
        return Math.max(0, Math.min(1, (wallSeconds - born[i]) / LIFE_SECONDS));
    }

    int countIn(int laneIndex) {
        return perLane[laneIndex];
    }
}
