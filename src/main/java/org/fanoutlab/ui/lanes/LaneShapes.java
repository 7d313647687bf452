package org.fanoutlab.ui.lanes;

import javafx.scene.canvas.GraphicsContext;

/**
 * Draws the shape of a lane token, on the canvas and as the legend's glyph: one set of shapes, so the legend
 * always shows what flies. The polygons reuse this painter's point arrays, so drawing allocates nothing.
 */
final class LaneShapes {
    /** Where a shape is drawn: the glyph draws hollow outlines a pixel tighter and the bar shorter, to fit its box. */
    enum Fit {
        CANVAS(0, 4),
        GLYPH(1, 1);

        private final double hollowInset;
        private final double barOverhang;

        Fit(double hollowInset, double barOverhang) {
            this.hollowInset = hollowInset;
            this.barOverhang = barOverhang;
        }
    }

    private final Fit fit;
    private final double[] px = new double[4];
    private final double[] py = new double[4];

    LaneShapes(Fit fit) {
        this.fit = fit;
    }

    /** Draws {@code shape} of radius {@code r} centred on {@code (x, y)} in the context's fill and stroke. */
    void draw(GraphicsContext g, LaneToken.Shape shape, double x, double y, double r) {
        double hollow = fit.hollowInset;
        switch (shape) {
            case CIRCLE -> g.fillOval(x - r, y - r, 2 * r, 2 * r);
            case RING -> g.strokeOval(x - r + 1, y - r + 1, 2 * r - 2, 2 * r - 2);
            case SQUARE -> g.fillRect(x - r + 0.5, y - r + 0.5, 2 * r - 1, 2 * r - 1);
            case HOLLOW_SQUARE -> g.strokeRect(x - r + 1, y - r + 1, 2 * r - 2, 2 * r - 2);
            case TRIANGLE_LEFT -> triangle(g, x, y, r, true);
            case HOLLOW_TRIANGLE_LEFT -> triangle(g, x, y, r - hollow, false);
            case DIAMOND -> diamond(g, x, y, r + 1, true);
            case HOLLOW_DIAMOND -> diamond(g, x, y, r + 1 - hollow, false);
            case CROSS -> {
                g.strokeLine(x - r, y - r, x + r, y + r);
                g.strokeLine(x - r, y + r, x + r, y - r);
            }
            case BAR -> g.fillRect(x - 1.5, y - r - fit.barOverhang, 3, 2 * (r + fit.barOverhang));
        }
    }

    /** Pointing left, as a request travels towards the server. */
    private void triangle(GraphicsContext g, double x, double y, double r, boolean filled) {
        px[0] = x - r;
        py[0] = y;
        px[1] = x + r;
        py[1] = y - r;
        px[2] = x + r;
        py[2] = y + r;
        polygon(g, 3, filled);
    }

    private void diamond(GraphicsContext g, double x, double y, double r, boolean filled) {
        px[0] = x;
        py[0] = y - r;
        px[1] = x + r;
        py[1] = y;
        px[2] = x;
        py[2] = y + r;
        px[3] = x - r;
        py[3] = y;
        polygon(g, 4, filled);
    }

    private void polygon(GraphicsContext g, int points, boolean filled) {
        if (filled) {
            g.fillPolygon(px, py, points);
        } else {
            g.strokePolygon(px, py, points);
        }
    }
}
