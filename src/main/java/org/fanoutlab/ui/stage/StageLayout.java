package org.fanoutlab.ui.stage;

import java.util.Arrays;

/**
 * Where each component sits for a given size and scene. Toolkit-free and allocation-free after construction,
 * so it is recomputed on every resize and unit-tested for overlap and clipping.
 *
 * <p>Columns, left to right: producers; the fan-out service over the posts database; one feed cache per watched
 * consumer; the consumers' phones. The crowd of unwatched followers spans the last two columns at the bottom.
 * Pure pull has no fan-out or caches, so its database sits in the middle and the phones get the room.
 */
final class StageLayout {
    private final double[] x = new double[Anchors.COUNT];
    private final double[] y = new double[Anchors.COUNT];
    private final double[] w = new double[Anchors.COUNT];
    private final double[] h = new double[Anchors.COUNT];
    private final boolean[] present = new boolean[Anchors.COUNT];

    private double width;
    private double height;
    private double headerHeight;
    private double fontSize;
    private final double[] columnX = new double[4];
    private final double[] columnW = new double[4];
    private int columns;
    private double legendX;
    private double legendY;
    private double legendW;
    private double legendH;
    private int legendLines;
    private double legendLineHeight;
    private double queueX;
    private double queueY;
    private double queueW;
    private double queueH;

    /** Lays out {@code scene} in a {@code width} × {@code height} area. */
    void compute(double width, double height, StageScene scene) {
        this.width = Math.max(width, 1);
        this.height = Math.max(height, 1);
        Arrays.fill(present, false);
        int producers = Math.min(scene.producers().size(), Anchors.MAX_PRODUCERS);
        int watched = Math.min(scene.watched().size(), Anchors.MAX_WATCHED);
        boolean fanout = scene.hasFanout();

        // Text scales with the smaller of the two directions: readable in a 360 px lesson block and on a projector.
        fontSize = clamp(Math.min(this.height / 24, this.width / 70), 11, 20);
        double margin = Math.round(fontSize * 0.8);
        headerHeight = Math.round(fontSize * 3.4);
        double top = headerHeight;
        double bottom = this.height - margin;
        double left = margin;
        double right = this.width - margin;
        double gap = Math.max(margin * 1.6, (right - left) * 0.05);

        columns = fanout ? 4 : 3;
        // Relative column widths: caches are narrow, phones carry their counters.
        double[] weights = fanout ? new double[] {1.0, 1.15, 0.8, 1.1} : new double[] {1.0, 1.3, 1.2};
        double sum = 0;
        for (int i = 0; i < columns; i++) {
            sum += weights[i];
        }
        double usable = right - left - gap * (columns - 1);
        double cx = left;
        for (int i = 0; i < columns; i++) {
            columnX[i] = cx;
            columnW[i] = usable * weights[i] / sum;
            cx += columnW[i] + gap;
        }

        double rowGap = Math.max(3, fontSize * 0.35);
        double bodyH = bottom - top;

        // Producers: a vertical stack in the first column, above the legend of token shapes.
        int legendLines = legendLines(scene);
        double legendLine = fontSize * 1.35;
        double wantLegend = legendLines * legendLine + fontSize * 0.6;
        double pBoxH = Math.min(fontSize * 4.4, (bodyH - rowGap * (producers - 1)) / Math.max(producers, 1));
        double pTotal = producers * pBoxH + (producers - 1) * rowGap;
        boolean legend = bodyH - pTotal - rowGap * 2 >= wantLegend;
        double pArea = legend ? bodyH - wantLegend - rowGap * 2 : bodyH;
        double py = top + (pArea - pTotal) / 2;
        if (legend) {
            legendX = columnX[0];
            legendW = columnW[0];
            legendH = wantLegend;
            legendY = bottom - wantLegend;
            this.legendLines = legendLines;
            this.legendLineHeight = legendLine;
        } else {
            legendH = 0;
            this.legendLines = 0;
        }
        for (int p = 0; p < producers; p++) {
            set(Anchors.producer(p), columnX[0], py, columnW[0], pBoxH);
            py += pBoxH + rowGap;
        }

        // Rows: one per watched consumer plus the crowd.
        boolean crowd = scene.crowd() > 0;
        int rows = watched + (crowd ? 1 : 0);
        double rowH = Math.min(fontSize * 4.5, (bodyH - rowGap * (rows - 1)) / Math.max(rows, 1));
        // Rows are centred vertically when capped.
        double rowsTop = top + (bodyH - (rows * rowH + (rows - 1) * rowGap)) / 2;
        int cacheCol = fanout ? 2 : -1;
        int phoneCol = fanout ? 3 : 2;
        for (int i = 0; i < watched; i++) {
            double ry = rowsTop + i * (rowH + rowGap);
            if (fanout) {
                set(Anchors.cache(i), columnX[cacheCol], ry, columnW[cacheCol], rowH);
            }
            set(Anchors.phone(i), columnX[phoneCol], ry, columnW[phoneCol], rowH);
        }
        if (crowd) {
            double crowdY = rowsTop + watched * (rowH + rowGap);
            double crowdX = fanout ? columnX[cacheCol] : columnX[phoneCol];
            set(Anchors.CROWD, crowdX, crowdY, columnX[phoneCol] + columnW[phoneCol] - crowdX, rowH);
        }

        // Middle column: fan-out service (with its queue) above the posts database, or the database alone.
        double mx = columnX[1];
        double mw = columnW[1];
        if (fanout) {
            double fanH = Math.min(bodyH * 0.56, fontSize * 8);
            double dbH = Math.min(bodyH - fanH - rowGap * 3, fontSize * 5.2);
            double block = fanH + rowGap * 3 + dbH;
            double by = top + (bodyH - block) / 2;
            set(Anchors.FANOUT, mx, by, mw, fanH);
            set(Anchors.DATABASE, mx, by + fanH + rowGap * 3, mw, dbH);
            // The queue sits in the lower part of the fan-out box, under its two text lines.
            queueX = mx + fontSize * 0.6;
            queueW = mw - fontSize * 1.2;
            queueH = Math.max(6, Math.min(fanH - fontSize * 3.4 - fontSize * 1.6, fontSize * 1.6));
            queueY = by + fanH - queueH - fontSize * 1.6;
        } else {
            double dbH = Math.min(bodyH * 0.6, fontSize * 7);
            set(Anchors.DATABASE, mx, top + (bodyH - dbH) / 2, mw, dbH);
            queueW = 0;
            queueH = 0;
        }
    }

    /** The token shapes this model shows: one legend line each. */
    static int legendLines(StageScene scene) {
        return switch (scene.model()) {
            case PUSH -> 2; // post, cache write (push readers only read their own cache)
            case PULL -> 4; // post, check, empty answer, useful answer
            case HYBRID -> 6; // all of them, plus the merge
        };
    }

    private void set(int id, double bx, double by, double bw, double bh) {
        x[id] = bx;
        y[id] = by;
        w[id] = Math.max(bw, 1);
        h[id] = Math.max(bh, 1);
        present[id] = true;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    boolean present(int id) {
        return id >= 0 && id < Anchors.COUNT && present[id];
    }

    double x(int id) {
        return x[id];
    }

    double y(int id) {
        return y[id];
    }

    double w(int id) {
        return w[id];
    }

    double h(int id) {
        return h[id];
    }

    double centerX(int id) {
        return x[id] + w[id] / 2;
    }

    double centerY(int id) {
        return y[id] + h[id] / 2;
    }

    /** Where a token leaving {@code from} towards {@code to} starts: the facing edge, vertically centred. */
    double portX(int from, int to) {
        if (centerX(to) > centerX(from) + 1) {
            return x[from] + w[from];
        }
        if (centerX(to) < centerX(from) - 1) {
            return x[from];
        }
        return centerX(from);
    }

    double portY(int from, int to) {
        if (Math.abs(centerX(to) - centerX(from)) <= 1) {
            // Same column (fan-out over database): leave through the top or bottom edge.
            return centerY(to) > centerY(from) ? y[from] + h[from] : y[from];
        }
        return centerY(from);
    }

    /** The component under a point, or {@link Anchors#NONE}. */
    int hit(double px, double py) {
        for (int id = 0; id < Anchors.COUNT; id++) {
            if (present[id] && px >= x[id] && px <= x[id] + w[id] && py >= y[id] && py <= y[id] + h[id]) {
                return id;
            }
        }
        return Anchors.NONE;
    }

    double width() {
        return width;
    }

    double height() {
        return height;
    }

    double headerHeight() {
        return headerHeight;
    }

    double fontSize() {
        return fontSize;
    }

    int columns() {
        return columns;
    }

    double columnX(int i) {
        return columnX[i];
    }

    double columnW(int i) {
        return columnW[i];
    }

    /** 0 when there is no room for the legend. */
    int legendLines() {
        return legendLines;
    }

    double legendX() {
        return legendX;
    }

    double legendY() {
        return legendY;
    }

    double legendW() {
        return legendW;
    }

    double legendH() {
        return legendH;
    }

    double legendLineHeight() {
        return legendLineHeight;
    }

    double queueX() {
        return queueX;
    }

    double queueY() {
        return queueY;
    }

    double queueW() {
        return queueW;
    }

    double queueH() {
        return queueH;
    }
}
