package org.fanoutlab.ui.stage;

import java.util.Arrays;

/**
 * With reduced motion, which component acted, from when to when (animation seconds) and with what kind of
 * token: the stage draws a fading outline and the token's shape in the box's corner instead of a flight.
 */
final class Highlights {
    private final double[] start = new double[Anchors.COUNT];
    private final double[] end = new double[Anchors.COUNT];
    private final byte[] style = new byte[Anchors.COUNT];

    void light(int anchor, double from, TokenStyle s, double seconds) {
        start[anchor] = from;
        end[anchor] = from + seconds;
        style[anchor] = (byte) s.ordinal();
    }

    /** 0..1 at {@code now}: full when it starts, fading to 0.4, then 0. */
    double level(int anchor, double now) {
        if (now < start[anchor] || now >= end[anchor]) {
            return 0;
        }
        return 1 - (now - start[anchor]) / (end[anchor] - start[anchor]) * 0.6;
    }

    TokenStyle style(int anchor) {
        return TokenStyle.ALL[style[anchor]];
    }

    boolean anyAfter(double now) {
        for (int a = 0; a < Anchors.COUNT; a++) {
            if (end[a] > now) {
                return true;
            }
        }
        return false;
    }

    void clear() {
        Arrays.fill(start, 0);
        Arrays.fill(end, 0);
    }
}
