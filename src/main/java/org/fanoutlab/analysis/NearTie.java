package org.fanoutlab.analysis;

/**
 * When two costs count as the same. The engine states its sampled figures within 1 % of the exact ones
 * (docs/decisions/0002-engine-semantics.md, "Scale"), so two sampled figures can differ by 2 % with neither
 * being the cheaper: a lead smaller than {@link #MARGIN} is no lead. The compare view marks such figures alike
 * and the threshold sweep calls such thresholds "about equal", never one of them "cheapest"
 * (docs/decisions/0006-lab-live-changes-and-sweeps.md).
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
