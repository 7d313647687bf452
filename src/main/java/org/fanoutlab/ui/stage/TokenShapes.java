package org.fanoutlab.ui.stage;

import javafx.scene.canvas.GraphicsContext;

/** The outline of each token shape, shared by the sprites, the legend and the answer history. */
final class TokenShapes {
    private TokenShapes() {
    }

    /** Fills (or, for rings, strokes) the current path in the style's colour. */
    static void paint(GraphicsContext g, TokenStyle s, StagePalette palette, double fontSize) {
        if (s.shape() == TokenStyle.Shape.RING) {
            g.setStroke(palette.token(s));
            g.setLineWidth(Math.max(1.8, fontSize / 7));
            g.stroke();
        } else {
            g.setFill(palette.token(s));
            g.fill();
        }
    }

    /** Appends one token's outline to the current path; {@code dir} points triangles along the motion. */
    static void shape(GraphicsContext g, TokenStyle.Shape shape, double x, double y, double r, int dir) {
        switch (shape) {
            case CIRCLE, RING -> {
                g.moveTo(x + r, y);
                g.arc(x, y, r, r, 0, 360);
                g.closePath();
            }
            case SQUARE -> g.rect(x - r, y - r, 2 * r, 2 * r);
            case TRIANGLE -> {
                g.moveTo(x + dir * r, y);
                g.lineTo(x - dir * r, y - r);
                g.lineTo(x - dir * r, y + r);
                g.closePath();
            }
            case DIAMOND -> {
                g.moveTo(x, y - r * 1.2);
                g.lineTo(x + r * 1.2, y);
                g.lineTo(x, y + r * 1.2);
                g.lineTo(x - r * 1.2, y);
                g.closePath();
            }
        }
    }
}
