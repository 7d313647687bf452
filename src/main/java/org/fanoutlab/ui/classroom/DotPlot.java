package org.fanoutlab.ui.classroom;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The room's guesses as a dot plot: the axis, one dot per guess stacked in its column, and after the reveal the
 * right figure with the band of guesses counted right. A few wild guesses (a phone that typed 99999999) would squeeze
 * everyone else into one column, so with enough guesses the axis stops at three interquartile ranges beyond the
 * quartiles and the guesses past it are counted at the edge instead.
 *
 * @param min, max      the axis
 * @param ticks         round values to label, within the axis
 * @param dots          the guesses on the axis, by value
 * @param belowAxis     guesses left off below {@code min}
 * @param aboveAxis     guesses left off above {@code max}
 * @param marker        the right figure once revealed (numeric: the answer, predict: the engine's), else null
 * @param bandLow, bandHigh guesses within these are right (the tolerance); null without a marker
 * @param columns       how many column widths the axis spans: column k is centred on {@code min + k·(max−min)/columns},
 *                      so round figures (the ticks, a right answer of 2,000) sit on a column's centre, not its edge;
 *                      there are {@code columns + 1} columns, the end ones half past the axis's ends
 * @param tallest       the highest stack, in dots
 */
public record DotPlot(double min, double max, List<Double> ticks, List<Dot> dots, int belowAxis, int aboveAxis,
        Double marker, Double bandLow, Double bandHigh, int columns, int tallest) {

    /** Columns of a plot: a dot's width at the panel's usual size, fine enough to tell 10 from 11 on 0–100. */
    public static final int COLUMNS = 40;
    /** Fewer guesses than this are all shown, whatever their spread. */
    static final int ROBUST_FROM = 8;
    private static final double FENCE = 3;

    /**
     * One guess.
     *
     * @param level   0 at the axis, 1 on top of it…
     * @param correct after the reveal; null before, or when the guess is not marked
     */
    public record Dot(double value, int column, int level, Boolean correct) {
    }

    /** A guess and its verdict (null before the reveal). */
    public record Guess(double value, Boolean correct) {
    }

    public DotPlot {
        ticks = List.copyOf(ticks);
        dots = List.copyOf(dots);
    }

    /** Where {@code value} lies on the axis, from 0 (min) to 1 (max). */
    public double position(double value) {
        return (value - min) / (max - min);
    }

    /** The centre of a column on the axis, from 0 to 1. */
    public double columnCentre(int column) {
        return (double) column / columns;
    }

    /**
     * @param allowed how far from the marker a guess is still right; ignored without a marker
     */
    public static DotPlot of(List<Guess> guesses, Double marker, double allowed, int columns) {
        List<Guess> sorted = new ArrayList<>(guesses);
        sorted.sort(Comparator.comparingDouble(Guess::value));
        Double bandLow = marker == null ? null : marker - allowed;
        Double bandHigh = marker == null ? null : marker + allowed;

        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        double lowFence = Double.NEGATIVE_INFINITY;
        double highFence = Double.POSITIVE_INFINITY;
        if (sorted.size() >= ROBUST_FROM) {
            double q1 = quantile(sorted, 0.25);
            double q3 = quantile(sorted, 0.75);
            double iqr = q3 - q1;
            if (iqr > 0) {
                lowFence = q1 - FENCE * iqr;
                highFence = q3 + FENCE * iqr;
            }
        }
        for (Guess g : sorted) {
            if (g.value() >= lowFence && g.value() <= highFence) {
                lo = Math.min(lo, g.value());
                hi = Math.max(hi, g.value());
            }
        }
        if (marker != null) {
            lo = Math.min(lo, bandLow);
            hi = Math.max(hi, bandHigh);
        }
        if (lo == Double.POSITIVE_INFINITY) {
            lo = 0;
            hi = 1;
        }
        if (hi - lo <= 0) {
            double pad = Math.max(1, Math.abs(lo) * 0.1);
            lo -= pad;
            hi += pad;
        }
        double step = niceStep((hi - lo) / 4);
        double min = Math.floor(lo / step) * step;
        double max = Math.ceil(hi / step) * step;
        if (max <= min) {
            max = min + step;
        }
        List<Double> ticks = new ArrayList<>();
        for (int i = 0; min + i * step <= max + step * 1e-9; i++) {
            // Multiples of the step, rounded, so 0.1 + 0.2 labels as 0.3.
            ticks.add(roundTo(min + i * step, step));
        }

        int[] heights = new int[columns + 1];
        List<Dot> dots = new ArrayList<>();
        int below = 0;
        int above = 0;
        double width = (max - min) / columns;
        for (Guess g : sorted) {
            if (g.value() < min) {
                below++;
                continue;
            }
            if (g.value() > max) {
                above++;
                continue;
            }
            int column = (int) Math.round((g.value() - min) / width);
            dots.add(new Dot(g.value(), column, heights[column]++, g.correct()));
        }
        int tallest = 0;
        for (int h : heights) {
            tallest = Math.max(tallest, h);
        }
        return new DotPlot(min, max, ticks, dots, below, above, marker, bandLow, bandHigh, columns, tallest);
    }

    /** 1, 2, 2.5 or 5 times a power of ten, at least {@code raw}. */
    static double niceStep(double raw) {
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * power >= raw * (1 - 1e-9)) {
                return m * power;
            }
        }
        return 10 * power;
    }

    private static double roundTo(double value, double step) {
        double digits = Math.max(0, -Math.floor(Math.log10(step)) + 2);
        double scale = Math.pow(10, digits);
        return Math.round(value * scale) / scale;
    }

    /** The value at fraction {@code q} of the sorted guesses, interpolated between neighbours. */
    private static double quantile(List<Guess> sorted, double q) {
        double at = q * (sorted.size() - 1);
        int i = (int) Math.floor(at);
        int j = Math.min(sorted.size() - 1, i + 1);
        return sorted.get(i).value() + (at - i) * (sorted.get(j).value() - sorted.get(i).value());
    }
}
