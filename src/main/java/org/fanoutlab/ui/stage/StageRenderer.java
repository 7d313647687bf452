package org.fanoutlab.ui.stage;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.fanoutlab.engine.Model;
import org.fanoutlab.engine.Producer;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.engine.WatchedConsumer;
import org.fanoutlab.ui.common.Messages;

/**
 * Draws the diagram layer: boxes, edges, labels, legend and a checkpoint's focus outline, redrawn only on
 * resize, scene, focus or colour changes. The counters on the same layer are {@link CounterPainter}'s (the stage
 * has two canvas layers, not three: in the software pipeline every full-size layer is blended again on every
 * frame the tokens move); the tokens are {@link TokenPainter}'s.
 */
final class StageRenderer {
    private final Canvas diagram;
    private final StageLayout layout;
    private final CounterPainter counters;
    private final StageFonts fonts;
    private StagePalette palette;
    private StagePart focus;
    private Font font;
    private Font bold;
    private Font small;
    private double fontSize;

    StageRenderer(Canvas diagram, StageLayout layout) {
        this.diagram = diagram;
        this.layout = layout;
        this.fonts = new StageFonts(layout);
        this.counters = new CounterPainter(diagram, layout, fonts);
    }

    void setPalette(StagePalette p) {
        palette = p;
        counters.setPalette(p);
    }

    private void fonts() {
        fonts.update();
        font = fonts.font();
        bold = fonts.bold();
        small = fonts.small();
        fontSize = fonts.size();
    }

    /** Every figure at once (after the diagram is redrawn). */
    void drawCounters(StageViewModel vm) {
        counters.draw(vm, 0, 1);
    }

    /** Share {@code part} of {@code parts} of the figures (see {@link CounterPainter#draw}). */
    void drawCounters(StageViewModel vm, int part, int parts) {
        counters.draw(vm, part, parts);
    }

    /** Whether the focus to outline is not the one drawn (the diagram must be redrawn). */
    boolean focusChanged(StagePart now) {
        return now != focus;
    }

    // ------------------------------------------------------------------------------------------ the diagram

    void drawDiagram(StageScene scene, StagePart focusPart) {
        focus = focusPart;
        fonts();
        GraphicsContext g = diagram.getGraphicsContext2D();
        double w = layout.width();
        double h = layout.height();
        g.setFill(palette.background());
        g.fillRect(0, 0, w, h);
        Scenario sc = scene.scenario();
        Model model = sc.model();
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);

        // Title line: the model in a few words.
        double m = Math.round(fontSize * 0.8);
        g.setFill(palette.text());
        g.setFont(bold);
        g.fillText(Messages.get(switch (model) {
            case PUSH -> "stage.title.push";
            case PULL -> "stage.title.pull";
            case HYBRID -> "stage.title.hybrid";
        }), m, m * 0.6);

        // Column headers.
        g.setFont(small);
        g.setFill(palette.mutedText());
        double hy = layout.headerHeight() - fontSize * 1.35;
        String[] headers = layout.columns() == 4
                ? new String[] {Messages.get("stage.column.producers"), Messages.get("stage.column.fanoutAndDb"),
                    Messages.get("stage.column.caches"), Messages.get("stage.column.consumers")}
                : new String[] {Messages.get("stage.column.producers"), Messages.get("stage.column.database"),
                    Messages.get("stage.column.consumers")};
        for (int c = 0; c < layout.columns(); c++) {
            g.fillText(headers[c], layout.columnX(c), hy, layout.columnW(c));
        }

        drawEdges(g, scene);

        int producers = Math.min(sc.producers().size(), Anchors.MAX_PRODUCERS);
        for (int p = 0; p < producers; p++) {
            int id = Anchors.producer(p);
            Producer pr = sc.producers().get(p);
            boolean celeb = sc.isCelebrity(pr);
            box(g, id, palette.producer(celeb));
            double x = layout.x(id) + fontSize * 0.6;
            double y = layout.y(id) + fontSize * 0.3;
            double tw = layout.w(id) - fontSize * 1.2;
            // Shape swatch: the post token this producer sends.
            g.setFill(palette.producer(celeb));
            double r = fontSize * 0.4;
            g.fillOval(x, y + fontSize * 0.1, 2 * r, 2 * r);
            g.setFill(palette.text());
            g.setFont(bold);
            String label = pr.name() + (celeb ? " ★" : "");
            g.fillText(label, x + 2 * r + fontSize * 0.3, y, tw - 2 * r - fontSize * 0.3);
            g.setFont(font);
            if (layout.h(id) >= fontSize * 2.5) {
                g.fillText(Messages.format("stage.followers", pr.followers()), x, y + fontSize * 1.3, tw);
            }
        }

        if (layout.present(Anchors.FANOUT)) {
            box(g, Anchors.FANOUT, palette.boxStroke());
            title(g, Anchors.FANOUT, Messages.get("stage.box.fanout"));
        }
        box(g, Anchors.DATABASE, palette.boxStroke());
        title(g, Anchors.DATABASE, Messages.get("stage.box.database"));

        List<WatchedConsumer> watched = scene.watched();
        int nw = Math.min(watched.size(), Anchors.MAX_WATCHED);
        for (int i = 0; i < nw; i++) {
            if (layout.present(Anchors.cache(i))) {
                box(g, Anchors.cache(i), palette.boxStroke());
                title(g, Anchors.cache(i), Messages.format("stage.box.cache", i + 1));
            }
            int ph = Anchors.phone(i);
            box(g, ph, palette.boxStroke());
            // A phone glyph, so the row reads as "a person's device" at a glance.
            double gh = Math.min(layout.h(ph) - fontSize * 0.5, fontSize * 2.2);
            double gw = gh * 0.55;
            double gx = layout.x(ph) + fontSize * 0.4;
            double gy = layout.y(ph) + (layout.h(ph) - gh) / 2;
            g.setStroke(palette.text());
            g.setLineWidth(1.5);
            g.strokeRoundRect(gx, gy, gw, gh, gw * 0.35, gw * 0.35);
            g.strokeLine(gx + gw * 0.35, gy + gh - gh * 0.12, gx + gw * 0.65, gy + gh - gh * 0.12);
            g.setFill(palette.text());
            g.setFont(bold);
            double tx = gx + gw + fontSize * 0.5;
            double tw = layout.x(ph) + layout.w(ph) - tx - fontSize * 0.3;
            String name = Messages.format("stage.box.phone", i + 1);
            g.fillText(name, tx, layout.y(ph) + fontSize * 0.2, tw);
            drawFollowees(g, watched.get(i), sc, tx + width(name, bold) + fontSize * 0.6,
                    layout.y(ph) + fontSize * 0.2, layout.x(ph) + layout.w(ph) - fontSize * 0.3);
        }

        if (layout.present(Anchors.CROWD)) {
            box(g, Anchors.CROWD, palette.boxStroke());
        }

        drawLegend(g, model);
        drawFocus(g);
    }

    /** A checkpoint's part: a thick outline in the highlight colour round each of its boxes. */
    private void drawFocus(GraphicsContext g) {
        if (focus == null) {
            return;
        }
        g.setStroke(palette.highlight());
        g.setLineWidth(Math.max(3, fontSize / 4));
        double arc = fontSize * 0.8;
        for (int id = 0; id < Anchors.COUNT; id++) {
            if (layout.present(id) && focus.covers(id)) {
                g.strokeRoundRect(layout.x(id) - 3, layout.y(id) - 3, layout.w(id) + 6, layout.h(id) + 6, arc, arc);
            }
        }
        if (focus == StagePart.QUEUE && layout.queueW() > 0) {
            g.strokeRect(layout.queueX() - 3, layout.queueY() - 3, layout.queueW() + 6, layout.queueH() + 6);
        }
    }

    /**
     * Who this phone follows: a dot in each producer's colour and shape swatch, with the name (or, when
     * the row is narrow, its first letters), so that colour is never the only clue.
     */
    private void drawFollowees(GraphicsContext g, WatchedConsumer wc, Scenario sc, double x, double y, double right) {
        String full = follows(wc, sc, false);
        String text = width(full, small) + fontSize <= right - x ? full : follows(wc, sc, true);
        g.setFont(small);
        g.setFill(palette.mutedText());
        g.fillText(text, x, y + fontSize * 0.1, Math.max(1, right - x));
    }

    private static double width(String s, Font f) {
        return StageFonts.width(s, f);
    }

    private static String follows(WatchedConsumer wc, Scenario sc, boolean abbreviate) {
        StringBuilder b = new StringBuilder("← ");
        int k = 0;
        for (int p : wc.followees()) {
            if (p >= sc.producers().size()) {
                continue;
            }
            if (k++ > 0) {
                b.append(", ");
            }
            if (k > 3) {
                b.append('…');
                break;
            }
            String name = sc.producers().get(p).name();
            b.append(abbreviate && name.length() > 4 ? name.substring(0, 3) + "." : name);
        }
        return k == 0 ? "" : b.toString();
    }

    private void drawEdges(GraphicsContext g, StageScene scene) {
        g.setStroke(palette.edge());
        g.setLineWidth(Math.max(1, fontSize / 10));
        g.setLineCap(StrokeLineCap.ROUND);
        int producers = Math.min(scene.producers().size(), Anchors.MAX_PRODUCERS);
        for (int p = 0; p < producers; p++) {
            int dest = scene.isPulled(p) ? Anchors.DATABASE : Anchors.FANOUT;
            edge(g, Anchors.producer(p), dest);
        }
        int nw = Math.min(scene.watched().size(), Anchors.MAX_WATCHED);
        Model model = scene.model();
        for (int i = 0; i < nw; i++) {
            if (model == Model.PULL) {
                edge(g, Anchors.phone(i), Anchors.DATABASE);
            } else {
                edge(g, Anchors.FANOUT, Anchors.cache(i));
                edge(g, Anchors.phone(i), Anchors.cache(i));
                if (model == Model.HYBRID) {
                    edge(g, Anchors.cache(i), Anchors.DATABASE);
                }
            }
        }
    }

    private void edge(GraphicsContext g, int a, int b) {
        if (!layout.present(a) || !layout.present(b)) {
            return;
        }
        g.strokeLine(layout.portX(a, b), layout.portY(a, b), layout.portX(b, a), layout.portY(b, a));
    }

    private void box(GraphicsContext g, int id, Color stroke) {
        if (!layout.present(id)) {
            return;
        }
        double arc = fontSize * 0.8;
        g.setFill(palette.boxFill());
        g.fillRoundRect(layout.x(id), layout.y(id), layout.w(id), layout.h(id), arc, arc);
        g.setStroke(stroke);
        g.setLineWidth(Math.max(1.2, fontSize / 9));
        g.strokeRoundRect(layout.x(id), layout.y(id), layout.w(id), layout.h(id), arc, arc);
    }

    private void title(GraphicsContext g, int id, String text) {
        g.setFill(palette.text());
        g.setFont(bold);
        g.fillText(text, layout.x(id) + fontSize * 0.6, layout.y(id) + fontSize * 0.2, layout.w(id) - fontSize * 1.2);
    }

    private void drawLegend(GraphicsContext g, Model model) {
        int lines = layout.legendLines();
        if (lines == 0) {
            return;
        }
        TokenStyle[] styles = switch (model) {
            case PUSH -> new TokenStyle[] {TokenStyle.POST_REGULAR, TokenStyle.WRITE_REGULAR};
            case PULL -> new TokenStyle[] {TokenStyle.POST_REGULAR, TokenStyle.CHECK, TokenStyle.ANSWER_EMPTY,
                TokenStyle.ANSWER_USEFUL};
            case HYBRID -> new TokenStyle[] {TokenStyle.POST_REGULAR, TokenStyle.WRITE_REGULAR, TokenStyle.CHECK,
                TokenStyle.ANSWER_EMPTY, TokenStyle.ANSWER_USEFUL, TokenStyle.MERGE};
        };
        double x = layout.legendX();
        double y = layout.legendY() + fontSize * 0.3;
        double lh = layout.legendLineHeight();
        double r = TokenPainter.tokenRadius(layout);
        g.setFont(small);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < styles.length && i < lines; i++) {
            double cy = y + i * lh + lh / 2;
            TokenStyle s = styles[i];
            double rr = r * s.scale();
            g.beginPath();
            TokenShapes.shape(g, s.shape(), x + r * 1.3, cy, rr, 1);
            TokenShapes.paint(g, s, palette, fontSize);
            double tx = x + r * 3.2;
            // Posts and writes come in each producer kind's colour: show both swatches.
            TokenStyle twin = s == TokenStyle.POST_REGULAR ? TokenStyle.POST_CELEBRITY
                    : s == TokenStyle.WRITE_REGULAR ? TokenStyle.WRITE_CELEBRITY : null;
            if (twin != null) {
                g.beginPath();
                TokenShapes.shape(g, twin.shape(), x + r * 4.0, cy, rr, 1);
                TokenShapes.paint(g, twin, palette, fontSize);
                tx = x + r * 5.9;
            }
            g.setFill(palette.mutedText());
            g.fillText(legendText(s), tx, cy, layout.legendX() + layout.legendW() - tx);
        }
        g.setTextBaseline(VPos.TOP);
    }

    private static String legendText(TokenStyle s) {
        return Messages.get(switch (s) {
            case POST_REGULAR, POST_CELEBRITY -> "stage.legend.post";
            case WRITE_REGULAR, WRITE_CELEBRITY -> "stage.legend.write";
            case CHECK -> "stage.legend.check";
            case ANSWER_EMPTY -> "stage.legend.empty";
            case ANSWER_USEFUL -> "stage.legend.useful";
            case MERGE -> "stage.legend.merge";
        });
    }

}
