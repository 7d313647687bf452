package org.fanoutlab.ui.stage;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.fanoutlab.engine.Metrics;
import org.fanoutlab.engine.Model;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.playback.WatchedTally;
import org.fanoutlab.ui.common.Messages;

/**
 * The figures beside each component, painted over the diagram layer in place: each figure first erases its own
 * line, so the rest of the diagram is never redrawn, and a share of them per frame, so no frame carries all the
 * text. Figures come from the engine's frame (totals, and the per-component {@link WatchedTally}).
 */
final class CounterPainter {
    private final Canvas diagram;
    private final StageLayout layout;
    private final StageFonts fonts;
    private StagePalette palette;
    private Font font;
    private Font bold;
    private double fontSize;

    CounterPainter(Canvas diagram, StageLayout layout, StageFonts fonts) {
        this.diagram = diagram;
        this.layout = layout;
        this.fonts = fonts;
    }

    void setPalette(StagePalette p) {
        palette = p;
    }

    private int slot;
    private int part;
    private int parts;

    /** Whether the next figure is in this frame's share (see {@link #draw(StageViewModel, int, int)}). */
    private boolean turn() {
        return slot++ % parts == part;
    }

    /**
     * Repaints share {@code part} of {@code parts} of the figures. Spread over frames, text drawing never
     * lands on one frame: a full repaint every sixth frame made that frame late, and p95 frame time with it.
     */
    void draw(StageViewModel vm, int part, int parts) {
        this.part = part;
        this.parts = parts;
        this.slot = 0;
        fonts.update();
        font = fonts.font();
        bold = fonts.bold();
        fontSize = fonts.size();
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
                text(g, id, fontSize * 2.9, Messages.format("stage.counter.posts",
                        ComponentInfo.n(vm.tally().producerPosts(p))));
            }
        }
        if (turn() && layout.present(Anchors.FANOUT)) {
            text(g, Anchors.FANOUT, line2, Messages.format("stage.counter.writesDone",
                    ComponentInfo.n(m == null ? 0 : m.cacheWrites())));
            drawQueue(g, vm, m);
        }
        if (turn() && m != null) {
            text(g, Anchors.DATABASE, line2, Messages.format("stage.counter.posts", ComponentInfo.n(m.posts())));
            if (sc.model() != Model.PUSH && layout.h(Anchors.DATABASE) > fontSize * 4) {
                text(g, Anchors.DATABASE, line2 + fontSize * 1.3,
                        Messages.format("stage.counter.queries", big(m.readQueries())));
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
            summary = Messages.format("stage.summary.push", ComponentInfo.n(m.cacheWrites()),
                    ComponentInfo.n(m.fanoutBacklog()));
        } else {
            summary = Messages.format("stage.summary.checks", big(m.emptyChecks()), big(m.usefulChecks()));
        }
        g.fillText(summary, right, Math.round(fontSize * 0.8) * 0.6, layout.width() * 0.55);
        g.setTextAlign(TextAlignment.LEFT);
    }

    private void drawWatchedCounters(GraphicsContext g, StageViewModel vm, Scenario sc, int i, double line2) {
        g.setFont(font);
        WatchedTally.Consumer seen = vm.tally().consumer(i);
        {
            int c = Anchors.cache(i);
            if (layout.present(c)) {
                String s = sc.model() == Model.HYBRID
                        ? Messages.format("stage.counter.cacheWritesMerged", ComponentInfo.n(seen.cacheWrites()),
                                ComponentInfo.n(seen.merges()))
                        : Messages.format("stage.counter.cacheWrites", ComponentInfo.n(seen.cacheWrites()));
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
            double wait = seen.lastWait();
            String waited = wait < 0 ? "" : Messages.format("stage.counter.waited", TimeText.format(wait));
            String got = Messages.format("stage.counter.got", seen.cacheWrites());
            String line = sc.model() == Model.PUSH
                    ? got + (waited.isEmpty() ? "" : " · " + waited)
                    : Messages.format("stage.counter.checks", ComponentInfo.n(seen.checksSent()),
                            ComponentInfo.n(seen.emptyAnswers()), ComponentInfo.n(seen.usefulAnswers()));
            g.fillText(line, tx, layout.y(ph) + line2, tw);
            if (sc.model() != Model.PUSH && layout.h(ph) >= fontSize * 3.7) {
                double y3 = layout.y(ph) + line2 + fontSize * 1.3;
                g.setFill(palette.boxFill());
                g.fillRect(tx - 1, y3 - 1, tw + 2, fontSize * 1.3);
                double ww = waited.isEmpty() ? 0 : StageFonts.width(waited, font) + fontSize * 0.5;
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
        // The bar is the whole crowd; the post's followers are only part of it, so it fills that part at most.
        double bar = CrowdText.followerShare(scene, vm.tally().queueProducer()) * fill;
        double inset = fontSize * 0.25;
        g.setFill(palette.boxFill());
        g.fillRect(layout.x(cr) + inset, layout.y(cr) + inset, layout.w(cr) - 2 * inset, layout.h(cr) - 2 * inset);
        if (bar > 0) {
            g.setFill(palette.crowdFill());
            g.fillRect(layout.x(cr) + inset, layout.y(cr) + inset, (layout.w(cr) - 2 * inset) * Math.min(1, bar),
                    layout.h(cr) - 2 * inset);
        }
        g.setFill(palette.text());
        String heading = CrowdText.heading(scene);
        String crowd = CrowdText.detail(scene, m, vm.tally().queueProducer(), fill);
        String shorter = CrowdText.detail(scene, m, -1, 0); // without the fan-out's share
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
            // One line: the longest wording that fits, never squeezed (a squeezed line cannot be read).
            String line = heading + "  \u00b7  " + crowd;
            if (StageFonts.width(line, bold) > textW) {
                line = shorter.isEmpty() ? heading : heading + "  \u00b7  " + shorter;
            }
            if (StageFonts.width(line, bold) > textW) {
                line = heading;
            }
            g.fillText(line, textX, layout.y(cr) + fontSize * 0.2, textW);
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
        g.setFill(palette.producer(celeb));
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
        g.fillText(Messages.format("stage.counter.queue", ComponentInfo.n(backlog)), qx, qy + qh + fontSize * 0.15, qw);
    }

    /** Exact up to a hundred million; beyond, "3.02 billion": a projector audience reads it at once. */
    static String big(long v) {
        if (v < 100_000_000L) {
            return ComponentInfo.n(v);
        }
        if (v < 1_000_000_000L) {
            return Messages.format("stage.big.million", v / 1e6);
        }
        return Messages.format("stage.big.billion", v / 1e9);
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
