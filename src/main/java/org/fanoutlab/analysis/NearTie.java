package org.fanoutlab.analysis;

/**
 * When two costs count as the same. Sampled figures move by a percent or two from one seed to the next
 * (docs/decisions/0006-lab-live-changes-and-sweeps.md), so a lead smaller than {@link #MARGIN} is no lead: the
 * compare view marks such figures alike and the threshold sweep calls such thresholds "about equal", never one of
 * them "cheapest".
 */
public final class NearTie {
    /** Costs within this fraction of the lowest are about equal to it. */
    public static final double MARGIN = 0.02;

    private NearTie() {
    }

    /** Whether {@code v} is within {@link #MARGIN} of {@code lowest} (both ≥ 0, {@code v ≥ lowest}). */
    public static boolean within(double lowest, double v) {
        return v - lowest <= MARGIN * Math.abs(lowest) + 1e-9;
    }
}
