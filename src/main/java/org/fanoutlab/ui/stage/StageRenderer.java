package org.fanoutlab.ui.stage;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.fanoutlab.engine.Metrics;
import org.fanoutlab.engine.Model;
import org.fanoutlab.engine.Producer;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.engine.WatchedConsumer;
import org.fanoutlab.playback.WatchedTally;

/**
 * Draws the diagram layer: boxes, edges, labels and legend (redrawn only on resize, scene or palette change)
 * and the counters beside each component, repainted in place a share at a time. The stage has two canvas
 * layers, not three: in the software pipeline every full-size layer is blended again on every frame the tokens
 * move, so the counters live on this layer, each erasing only its own line. Tokens are {@link TokenPainter}'s.
 */
final class StageRenderer {
    private final Canvas diagram;
    private final StageLayout layout;
    private StagePalette palette = StagePalette.light();
    private Font font;
    private Font bold;
    private Font small;
    private double fontSize;

    StageRenderer(Canvas diagram, StageLayout layout) {
        this.diagram = diagram;
        this.layout = layout;
    }

    void setPalette(StagePalette p) {
        palette = p;
    }

    StagePalette palette() {
        return palette;
    }

    private void fonts() {
        if (font == null || fontSize != layout.fontSize()) {
            fontSize = layout.fontSize();
            font = Font.font("System", FontWeight.NORMAL, fontSize);
            bold = Font.font("System", FontWeight.BOLD, fontSize);
            small = Font.font("System", FontWeight.NORMAL, Math.max(10, fontSize * 0.85));
        }
    }

    // ------------------------------------------------------------------------------------------ the diagram

    void drawDiagram(StageScene scene) {
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
        g.fillText(switch (model) {
            case PUSH -> "PUSH · fan-out on write";
            case PULL -> "PULL · fan-out on read";
            case HYBRID -> "HYBRID · push regular, pull celebrities";
        }, m, m * 0.6);

        // Column headers.
        g.setFont(small);
        g.setFill(palette.mutedText());
        double hy = layout.headerHeight() - fontSize * 1.35;
        String[] headers = layout.columns() == 4
                ? new String[] {"Producers", "Fan-out + posts DB", "Feed caches", "Consumers"}
                : new String[] {"Producers", "Posts database", "Consumers"};
        for (int c = 0; c < layout.columns(); c++) {
            g.fillText(headers[c], layout.columnX(c), hy, layout.columnW(c));
        }

        drawEdges(g, scene);

        int producers = Math.min(sc.producers().size(), Anchors.MAX_PRODUCERS);
        for (int p = 0; p < producers; p++) {
            int id = Anchors.producer(p);
            Producer pr = sc.producers().get(p);
            boolean celeb = sc.isCelebrity(pr);
            box(g, id, celeb ? palette.celebrity() : palette.regular());
            double x = layout.x(id) + fontSize * 0.6;
            double y = layout.y(id) + fontSize * 0.3;
            double tw = layout.w(id) - fontSize * 1.2;
            // Shape swatch: the post token this producer sends.
            g.setFill(celeb ? palette.celebrity() : palette.regular());
            double r = fontSize * 0.4;
            g.fillOval(x, y + fontSize * 0.1, 2 * r, 2 * r);
            g.setFill(palette.text());
            g.setFont(bold);
            String label = pr.name() + (celeb ? " ★" : "");
            g.fillText(label, x + 2 * r + fontSize * 0.3, y, tw - 2 * r - fontSize * 0.3);
            g.setFont(font);
            if (layout.h(id) >= fontSize * 2.5) {
                g.fillText(ComponentInfo.n(pr.followers()) + (pr.followers() == 1 ? " follower" : " followers"),
                        x, y + fontSize * 1.3, tw);
            }
        }

        if (layout.present(Anchors.FANOUT)) {
            box(g, Anchors.FANOUT, palette.boxStroke());
            title(g, Anchors.FANOUT, "Fan-out service");
        }
        box(g, Anchors.DATABASE, palette.boxStroke());
        title(g, Anchors.DATABASE, "Posts database");

        List<WatchedConsumer> watched = scene.watched();
        int nw = Math.min(watched.size(), Anchors.MAX_WATCHED);
        for (int i = 0; i < nw; i++) {
            if (layout.present(Anchors.cache(i))) {
                box(g, Anchors.cache(i), palette.boxStroke());
                title(g, Anchors.cache(i), "cache " + (i + 1));
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
            String name = "phone " + (i + 1);
            g.fillText(name, tx, layout.y(ph) + fontSize * 0.2, tw);
            drawFollowees(g, watched.get(i), sc, tx + width(name, bold) + fontSize * 0.6,
                    layout.y(ph) + fontSize * 0.2, layout.x(ph) + layout.w(ph) - fontSize * 0.3);
        }

        if (layout.present(Anchors.CROWD)) {
            box(g, Anchors.CROWD, palette.boxStroke());
        }

        drawLegend(g, model);
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
        Text t = new Text(s);
        t.setFont(f);
        return t.getLayoutBounds().getWidth();
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
        return switch (s) {
            case POST_REGULAR, POST_CELEBRITY -> "post";
            case WRITE_REGULAR, WRITE_CELEBRITY -> "cache write";
            case CHECK -> "check (request)";
            case ANSWER_EMPTY -> "empty answer";
            case ANSWER_USEFUL -> "new posts";
            case MERGE -> "merged at read";
        };
    }

    // --------------------------------------------------------------------------------------------- counters

    /** Every figure at once (after the diagram is redrawn). */
    void drawCounters(StageViewModel vm) {
        drawCounters(vm, 0, 1);
    }

    private int slot;
    private int part;
    private int parts;

    /** Whether the next figure is in this frame's share (see {@link #drawCounters(StageViewModel, int, int)}). */
    private boolean turn() {
        return slot++ % parts == part;
    }

    /**
     * Repaints share {@code part} of {@code parts} of the figures. Spread over frames, text drawing never
     * lands on one frame: a full repaint every sixth frame made that frame late, and p95 frame time with it.
     */
    void drawCounters(StageViewModel vm, int part, int parts) {
        this.part = part;
        this.parts = parts;
        this.slot = 0;
        fonts();
        // Painted over the diagram: each figure first erases its own line, so the rest is never redrawn.
        GraphicsContext g = diagram.getGraphicsContext2D();
        StageScene scene = vm.getScene();
        Scenario sc = scene.scenario();
        Metrics m = vm.getMetrics();
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        double line2 = fontSize * 1.45;

        // Summary, top right: the figure each model is about.
        if (turn()) {
            drawSummary(g, sc, m);
        }
        g.setFont(font);
        int producers = Math.min(sc.producers().size(), Anchors.MAX_PRODUCERS);
        for (int p = 0; p < producers; p++) {
            int id = Anchors.producer(p);
            // Below the follower line's descenders: the counter's wipe must not clip its commas into dots.
            if (turn() && layout.h(id) > fontSize * 4.05) {
                text(g, id, fontSize * 2.9, "posts " + ComponentInfo.n(vm.tally().producerPosts(p)));
            }
        }
        if (turn() && layout.present(Anchors.FANOUT)) {
            text(g, Anchors.FANOUT, line2, "writes done " + (m == null ? "0" : ComponentInfo.n(m.cacheWrites())));
            drawQueue(g, vm, m);
        }
        if (turn() && m != null) {
            text(g, Anchors.DATABASE, line2, "posts " + ComponentInfo.n(m.posts()));
            if (sc.model() != Model.PUSH && layout.h(Anchors.DATABASE) > fontSize * 4) {
                text(g, Anchors.DATABASE, line2 + fontSize * 1.3, "queries " + big(m.readQueries()));
            }
        }

        int nw = Math.min(scene.watched().size(), Anchors.MAX_WATCHED);
        for (int i = 0; i < nw; i++) {
            if (turn()) {
                drawWatchedCounters(g, vm, sc, i, line2);
            }
        }
        if (turn()) {
            drawCrowd(g, vm, scene, m, line2);
        }
    }

    private void drawSummary(GraphicsContext g, Scenario sc, Metrics m) {
        g.setTextAlign(TextAlignment.RIGHT);
        g.setFont(bold);
        g.setFill(palette.text());
        double right = layout.width() - Math.round(fontSize * 0.8);
        g.setFill(palette.background());
        g.fillRect(layout.width() * 0.45, 0, layout.width() * 0.55, fontSize * 1.9);
        g.setFill(palette.text());
        String summary;
        if (m == null) {
            summary = "";
        } else if (sc.model() == Model.PUSH) {
            summary = "writes " + ComponentInfo.n(m.cacheWrites()) + "   queue " + ComponentInfo.n(m.fanoutBacklog());
        } else {
            summary = "checks: empty " + big(m.emptyChecks()) + "  ·  useful " + big(m.usefulChecks());
        }
        g.fillText(summary, right, Math.round(fontSize * 0.8) * 0.6, layout.width() * 0.55);
        g.setTextAlign(TextAlignment.LEFT);
    }

    private void drawWatchedCounters(GraphicsContext g, StageViewModel vm, Scenario sc, int i, double line2) {
        g.setFont(font);
        {
            int c = Anchors.cache(i);
            if (layout.present(c)) {
                String s = "writes " + vm.tally().cacheWrites(i);
                if (sc.model() == Model.HYBRID) {
                    s += " · merged " + vm.tally().merges(i);
                }
                text(g, c, line2, s);
            }
            int ph = Anchors.phone(i);
            double gh = Math.min(layout.h(ph) - fontSize * 0.5, fontSize * 2.2);
            double tx = layout.x(ph) + fontSize * 0.9 + gh * 0.55;
            double tw = layout.x(ph) + layout.w(ph) - tx - fontSize * 0.3;
            g.setFill(palette.boxFill());
            g.fillRect(tx - 1, layout.y(ph) + line2 - 1, tw + 2, fontSize * 1.3);
            g.setFill(palette.text());
            // Push reads are local to the cache, so only pull and hybrid answers are sorted into empty and new.
            double wait = vm.tally().lastWait(i);
            String waited = wait < 0 ? "" : "waited " + TimeText.format(wait);
            String line = sc.model() == Model.PUSH
                    ? "got " + vm.tally().cacheWrites(i) + " post" + (vm.tally().cacheWrites(i) == 1 ? "" : "s")
                    + (waited.isEmpty() ? "" : " · " + waited)
                    : "checks " + vm.tally().checksSent(i) + " · empty " + vm.tally().emptyAnswers(i) + " · new " + vm.tally().usefulAnswers(i);
            g.fillText(line, tx, layout.y(ph) + line2, tw);
            if (sc.model() != Model.PUSH && layout.h(ph) >= fontSize * 3.7) {
                double y3 = layout.y(ph) + line2 + fontSize * 1.3;
                g.setFill(palette.boxFill());
                g.fillRect(tx - 1, y3 - 1, tw + 2, fontSize * 1.3);
                double ww = waited.isEmpty() ? 0 : width(waited, font) + fontSize * 0.5;
                drawHistory(g, vm, i, tx, y3 + fontSize * 0.6, tw - ww);
                g.setFill(palette.text());
                g.setTextAlign(TextAlignment.RIGHT);
                g.fillText(waited, tx + tw, y3, tw);
                g.setTextAlign(TextAlignment.LEFT);
            }
        }
    }

    /** The crowd: its fill is how far the latest pushed post's fan-out has reached. */
    private void drawCrowd(GraphicsContext g, StageViewModel vm, StageScene scene, Metrics m, double line2) {
        Scenario sc = scene.scenario();
        int cr = Anchors.CROWD;
        if (!layout.present(cr)) {
            return;
        }
        double fill = scene.hasFanout() ? vm.crowdFill() : 0;
        double inset = fontSize * 0.25;
        g.setFill(palette.boxFill());
        g.fillRect(layout.x(cr) + inset, layout.y(cr) + inset, layout.w(cr) - 2 * inset, layout.h(cr) - 2 * inset);
        if (fill > 0) {
            g.setFill(palette.crowdFill());
            g.fillRect(layout.x(cr) + inset, layout.y(cr) + inset, (layout.w(cr) - 2 * inset) * Math.min(1, fill),
                    layout.h(cr) - 2 * inset);
        }
        g.setFill(palette.text());
        String heading = "+ " + ComponentInfo.n(scene.crowd()) + " more "
                + (sc.model() == Model.PUSH ? "followers" : "consumers");
        String crowd;
        if (m == null) {
            crowd = "";
        } else if (sc.model() == Model.PUSH) {
            crowd = "fan-out reached " + Math.round(fill * 100) + "% of them";
        } else if (scene.hasFanout() && vm.tally().queueProducer() >= 0) {
            crowd = "fan-out reached " + Math.round(fill * 100) + "%   ·   checks " + big(m.checks())
                    + " · empty " + big(m.emptyChecks());
        } else {
            crowd = "checks " + big(m.checks()) + "  ·  empty " + big(m.emptyChecks());
        }
        double textX = layout.x(cr) + fontSize * 0.6;
        double textW = layout.w(cr) - fontSize * 1.2;
        // Counters are redrawn every frame inside the box only: text below its bottom edge would never be
        // wiped and would pile up, so a box too short for two lines gets one.
        boolean twoLines = layout.h(cr) - inset >= line2 + fontSize * 1.15;
        g.setFont(bold);
        if (twoLines || crowd.isEmpty()) {
            g.fillText(heading, textX, layout.y(cr) + fontSize * 0.2, textW);
            g.setFont(font);
            if (!crowd.isEmpty()) {
                g.fillText(crowd, textX, layout.y(cr) + line2, textW);
            }
        } else {
            g.fillText(heading + "  \u00b7  " + crowd, textX, layout.y(cr) + fontSize * 0.2, textW);
            g.setFont(font);
        }
    }

    /** The phone's latest answers, newest on the right: hollow rings pile up where checks find nothing. */
    private void drawHistory(GraphicsContext g, StageViewModel vm, int w, double x, double cy, double width) {
        double step = fontSize * 0.8;
        double r = fontSize * 0.28;
        int fit = (int) Math.max(0, Math.floor(width / step));
        int n = Math.min(fit, vm.tally().answers(w));
        for (byte kind = WatchedTally.ANSWER_EMPTY; kind <= WatchedTally.ANSWER_MERGED; kind++) {
            TokenStyle s = kind == WatchedTally.ANSWER_EMPTY ? TokenStyle.ANSWER_EMPTY
                    : kind == WatchedTally.ANSWER_NEW ? TokenStyle.ANSWER_USEFUL : TokenStyle.MERGE;
            boolean any = false;
            for (int k = 0; k < n; k++) {
                if (vm.tally().answer(w, k) != kind) {
                    continue;
                }
                if (!any) {
                    g.beginPath();
                    any = true;
                }
                TokenShapes.shape(g, s.shape(), x + (n - 1 - k) * step + r, cy, r * (kind == WatchedTally.ANSWER_MERGED ? 1.1 : 1), 1);
            }
            if (any) {
                TokenShapes.paint(g, s, palette, fontSize);
            }
        }
    }

    private void drawQueue(GraphicsContext g, StageViewModel vm, Metrics m) {
        double qx = layout.queueX();
        double qy = layout.queueY();
        double qw = layout.queueW();
        double qh = layout.queueH();
        if (qw <= 0 || qh <= 0) {
            return;
        }
        long backlog = m == null ? 0 : m.fanoutBacklog();
        long max = m == null ? 0 : Math.max(m.fanoutBacklogMax(), 1);
        g.setFill(palette.queueTrack());
        g.fillRect(qx, qy, qw, qh);
        // Slots, like a queue of letters: as many filled as the backlog's share of its peak.
        int slots = 12;
        double sw = qw / slots;
        int filled = backlog == 0 ? 0 : (int) Math.max(1, Math.ceil(slots * (double) backlog / max));
        int qp = vm.tally().queueProducer();
        boolean celeb = qp >= 0 && qp < vm.getScene().producers().size()
                && vm.getScene().scenario().isCelebrity(vm.getScene().producers().get(qp));
        g.setFill(celeb ? palette.celebrity() : palette.regular());
        for (int k = 0; k < filled; k++) {
            g.fillRect(qx + k * sw + 1, qy + 1, sw - 2, qh - 2);
        }
        g.setStroke(palette.boxStroke());
        g.setLineWidth(1);
        g.strokeRect(qx, qy, qw, qh);
        g.setFill(palette.boxFill());
        g.fillRect(qx - 1, qy + qh + 1, qw + 2, fontSize * 1.3);
        g.setFill(palette.text());
        g.setFont(font);
        g.fillText("queue " + ComponentInfo.n(backlog), qx, qy + qh + fontSize * 0.15, qw);
    }

    /** Exact up to a hundred million; beyond, "3.02 billion": a projector audience reads it at once. */
    static String big(long v) {
        if (v < 100_000_000L) {
            return ComponentInfo.n(v);
        }
        if (v < 1_000_000_000L) {
            return String.format(java.util.Locale.ROOT, "%.1f million", v / 1e6);
        }
        return String.format(java.util.Locale.ROOT, "%.2f billion", v / 1e9);
    }

    private void text(GraphicsContext g, int id, double dy, String s) {
        if (!layout.present(id)) {
            return;
        }
        double x = layout.x(id) + fontSize * 0.6;
        double y = layout.y(id) + dy;
        double w = layout.w(id) - fontSize * 1.2;
        g.setFill(palette.boxFill());
        g.fillRect(x - 1, y - 1, w + 2, fontSize * 1.3);
        g.setFill(palette.text());
        g.fillText(s, x, y, w);
    }
}
