package org.fanoutlab.ui.stage;

import java.util.Arrays;
import java.util.Locale;

/** Frame intervals from an animation timer, and the two figures the {@code --fps-probe} reports. */
final class FrameStats {
    private long[] intervals = new long[2048];
    private int size;
    private long last = -1;

    /** Records a frame at {@code nanos} (the animation timer's timestamp). */
    void frame(long nanos) {
        if (last >= 0) {
            if (size == intervals.length) {
                intervals = Arrays.copyOf(intervals, size * 2);
            }
            intervals[size++] = nanos - last;
        }
        last = nanos;
    }

    int intervals() {
        return size;
    }

    /** Frames per second from the median interval: one long GC pause does not move it. */
    double medianFps() {
        return size == 0 ? 0 : 1e9 / percentile(0.5);
    }

    double p95FrameMs() {
        return size == 0 ? 0 : percentile(0.95) / 1e6;
    }

    private double percentile(double q) {
        long[] sorted = Arrays.copyOf(intervals, size);
        Arrays.sort(sorted);
        int i = (int) Math.ceil(q * size) - 1;
        return sorted[Math.max(0, Math.min(size - 1, i))];
    }

    /** The probe's one line: {@code fps=<median> p95FrameMs=<value>}. */
    String line() {
        return String.format(Locale.ROOT, "fps=%.1f p95FrameMs=%.1f", medianFps(), p95FrameMs());
    }
}
