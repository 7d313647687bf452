package org.fanoutlab.ui.stage;

import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * Draws the token layer every frame: each token a blit of its style's pre-rendered sprite, style by style
 * (about half the software pipeline's cost of rasterising an anti-aliased shape per token), and, with reduced
 * motion, the highlighted components. No effects, clips, save/restore or allocation per token.
 */
final class TokenPainter {
    private final Canvas tokenLayer;
    private final StageLayout layout;
    private StagePalette palette;
    private double outputScale = 1;

    TokenPainter(Canvas tokenLayer, StageLayout layout) {
        this.tokenLayer = tokenLayer;
        this.layout = layout;
    }

    /** @param scale the window's output scale: sprites are rendered with that many pixels per unit */
    void setPalette(StagePalette p, double scale) {
        palette = p;
        outputScale = scale;
        sprites = null;
    }

    private Image[] sprites;
    private Image[] spritesLeft;
    private double spriteRadius;
    private double[] spriteHalf;
    private StagePalette spritePalette;

    /**
     * One small pre-rendered image per token style (and direction, for triangles): blitting it costs far less in
     * the software pipeline than rasterising an anti-aliased shape per token per frame. Rendered at the window's
     * output scale, so a token on a 200 % screen is as sharp as the diagram around it.
     */
    private void makeSprites(double r) {
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.TRANSPARENT);
        params.setTransform(javafx.scene.transform.Transform.scale(outputScale, outputScale));
        sprites = new Image[TokenStyle.ALL.length];
        spritesLeft = new Image[TokenStyle.ALL.length];
        spriteHalf = new double[TokenStyle.ALL.length];
        for (TokenStyle s : TokenStyle.ALL) {
            // Tight: every blended pixel costs, 2,000 times a frame. Diamonds reach 1.2 r; rings add a stroke.
            double extent = r * s.scale() * (s.shape() == TokenStyle.Shape.DIAMOND ? 1.2 : 1.0);
            int size = (int) Math.ceil(2 * extent + Math.max(1.8, layout.fontSize() / 7)) + 2;
            double half = size / 2.0;
            spriteHalf[s.ordinal()] = half;
            Canvas c = new Canvas(size, size);
            GraphicsContext g = c.getGraphicsContext2D();
            for (int dir : new int[] {1, -1}) {
                g.clearRect(0, 0, size, size);
                g.beginPath();
                TokenShapes.shape(g, s.shape(), half, half, r * s.scale(), dir);
                TokenShapes.paint(g, s, palette, layout.fontSize());
                WritableImage img = c.snapshot(params, null);
                if (dir == 1) {
                    sprites[s.ordinal()] = img;
                } else {
                    spritesLeft[s.ordinal()] = img;
                }
            }
        }
        spriteRadius = r;
        spritePalette = palette;
    }

    /** Token size follows the text size: visible on a projector, and still fits a lesson block. */
    static double tokenRadius(StageLayout layout) {
        return Math.max(4, layout.fontSize() * 0.5);
    }

    /** Every frame: clears the token layer and draws highlights and tokens, style by style. */
    void drawTokens(StageViewModel vm) {
        GraphicsContext g = tokenLayer.getGraphicsContext2D();
        g.clearRect(0, 0, layout.width(), layout.height());
        double now = vm.choreography().animNow();
        double r = tokenRadius(layout);
        if (vm.isReducedMotion()) {
            drawHighlights(g, vm, r);
        }
        TokenPool pool = vm.choreography().tokens();
        int n = pool.size();
        if (n == 0) {
            return;
        }
        if (sprites == null || spriteRadius != r || spritePalette != palette) {
            makeSprites(r);
        }
        double spread = r * 1.6;
        for (TokenStyle s : TokenStyle.ALL) {
            int ord = s.ordinal();
            Image sprite = sprites[ord];
            Image spriteLeft = spritesLeft[ord];
            double half = spriteHalf[ord];
            for (int i = 0; i < n; i++) {
                if (pool.styleOrdinal(i) != ord) {
                    continue;
                }
                double p = pool.progress(i, now);
                if (p < 0 || p >= 1) {
                    continue;
                }
                int a = pool.from(i);
                int b = pool.to(i);
                if (!layout.present(a) || !layout.present(b)) {
                    continue;
                }
                double x0 = layout.portX(a, b);
                double y0 = layout.portY(a, b);
                double x1 = layout.portX(b, a);
                double y1 = layout.portY(b, a);
                double e = p * p * (3 - 2 * p); // ease in and out: departures and arrivals read as events
                double dx = x1 - x0;
                double dy = y1 - y0;
                double len = Math.sqrt(dx * dx + dy * dy) + 1e-9;
                double off = pool.lane(i) * spread * Math.sin(Math.PI * p);
                double x = x0 + dx * e - dy / len * off;
                double y = y0 + dy * e + dx / len * off;
                // Whole device pixels: the blit then copies instead of resampling.
                Image img = dx >= 0 ? sprite : spriteLeft;
                if (outputScale == 1) {
                    g.drawImage(img, Math.rint(x - half), Math.rint(y - half)); // the software pipeline's fast blit
                } else {
                    double size = 2 * half;
                    g.drawImage(img, Math.rint((x - half) * outputScale) / outputScale,
                            Math.rint((y - half) * outputScale) / outputScale, size, size);
                }
            }
        }
    }

    private void drawHighlights(GraphicsContext g, StageViewModel vm, double r) {
        g.setLineWidth(Math.max(3, layout.fontSize() / 4));
        for (int id = 0; id < Anchors.COUNT; id++) {
            double level = vm.choreography().highlight(id);
            if (level <= 0 || !layout.present(id)) {
                continue;
            }
            g.setGlobalAlpha(level);
            g.setStroke(palette.highlight());
            double arc = layout.fontSize() * 0.8;
            g.strokeRoundRect(layout.x(id) - 2, layout.y(id) - 2, layout.w(id) + 4, layout.h(id) + 4, arc, arc);
            // The kind of thing that arrived, in its own shape, at the box's right end.
            TokenStyle s = vm.choreography().highlightStyle(id);
            g.beginPath();
            // Top-right corner: clear of the box's text lines.
            TokenShapes.shape(g, s.shape(), layout.x(id) + layout.w(id) - r * 2, layout.y(id) + r * 2, r * 1.2 * s.scale(), 1);
            TokenShapes.paint(g, s, palette, layout.fontSize());
            g.setGlobalAlpha(1);
            g.setLineWidth(Math.max(3, layout.fontSize() / 4));
        }
    }
}
