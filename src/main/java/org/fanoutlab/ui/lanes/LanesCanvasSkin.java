package org.fanoutlab.ui.lanes;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.SkinBase;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.fanoutlab.engine.lanes.LaneMetrics;
import org.fanoutlab.engine.lanes.LaneParam;
import org.fanoutlab.engine.lanes.LaneType;
import org.fanoutlab.ui.common.Messages;

/**
 * Draws a {@link LanesCanvas} on two canvases: the static layer (tracks, boxes, names) only when the size or
 * the colours change; the token layer each frame, tokens batched by style so each colour is set once, with no
 * allocation per token.
 */
final class LanesCanvasSkin extends SkinBase<LanesCanvas> {
    static final double TOKEN = 5.5;

    private final LanesViewModel vm;
    private final Canvas statics = new Canvas();
    private final Canvas moving = new Canvas();
    private final Font nameFont = Font.font(null, FontWeight.BOLD, 13);
    private final Font smallFont = Font.font(12);
    private final Color[] tokenColors = new Color[LaneToken.ALL.length];
    private final LaneShapes shapes = new LaneShapes(LaneShapes.Fit.CANVAS);
    private boolean staticDirty = true;
    private long colorsVersion = -1;

    LanesCanvasSkin(LanesCanvas control) {
        super(control);
        this.vm = control.viewModel();
        getChildren().addAll(statics, moving);
        // Unmanaged: a canvas's size is its min size, so managed layers would never let the control shrink again
        // (after presenter mode's full screen, the window would clip it).
        statics.setManaged(false);
        moving.setManaged(false);
        control.widthProperty().addListener((o, a, b) -> staticDirty = true);
        control.heightProperty().addListener((o, a, b) -> staticDirty = true);
        vm.focusProperty().addListener((o, a, b) -> staticDirty = true);
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        double cw = getSkinnable().snapSizeX(getSkinnable().getWidth());
        double ch = getSkinnable().snapSizeY(getSkinnable().getHeight());
        if (statics.getWidth() != cw || statics.getHeight() != ch) {
            statics.setWidth(cw);
            statics.setHeight(ch);
            moving.setWidth(cw);
            moving.setHeight(ch);
            staticDirty = true;
        }
    }

    private double rowY(int lane) {
        return getSkinnable().rowY(lane);
    }

    private double serverX() {
        return getSkinnable().serverX();
    }

    private double consumerX() {
        return getSkinnable().consumerX();
    }

    /** Redraws the token layer (and the static one if needed). */
    void render() {
        LanesCanvas c = getSkinnable();
        if (c.colorsVersion() != colorsVersion) {
            colorsVersion = c.colorsVersion();
            for (LaneToken s : LaneToken.ALL) {
                tokenColors[s.ordinal()] = c.tokenColor(s.role());
            }
            staticDirty = true;
        }
        if (staticDirty) {
            drawStatic();
            staticDirty = false;
        }
        drawMoving();
    }

    private void drawStatic() {
        GraphicsContext g = statics.getGraphicsContext2D();
        double w = statics.getWidth();
        double h = statics.getHeight();
        g.setFill(getSkinnable().color("background"));
        g.fillRect(0, 0, w, h);
        double sx = serverX();
        double cx = consumerX();
        // The producer, and the bus its posts run down to every lane's server end.
        g.setFill(getSkinnable().color("box"));
        g.setStroke(getSkinnable().color("muted"));
        g.setLineWidth(1.2);
        g.fillRoundRect(sx - 30, 8, LanesCanvas.PRODUCER_WIDTH, LanesCanvas.PRODUCER_HEIGHT, 8, 8);
        g.strokeRoundRect(sx - 30, 8, LanesCanvas.PRODUCER_WIDTH, LanesCanvas.PRODUCER_HEIGHT, 8, 8);
        g.setStroke(getSkinnable().color("track"));
        g.setLineWidth(2);
        g.strokeLine(sx - 18, 8 + LanesCanvas.PRODUCER_HEIGHT, sx - 18, rowY(vm.laneCount() - 1));
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < vm.laneCount(); i++) {
            LaneRow row = vm.rows().get(i);
            double y = rowY(i);
            g.setStroke(getSkinnable().color("track"));
            g.setLineWidth(2);
            g.strokeLine(sx - 18, y, sx, y);
            g.setLineWidth(3);
            g.strokeLine(sx + 8, y, cx - 10, y);
            // server end: a small rack; consumer end: a box
            g.setFill(getSkinnable().color("box"));
            g.setStroke(getSkinnable().color("muted"));
            g.setLineWidth(1.2);
            g.fillRect(sx - 2, y - 11, 12, 22);
            g.strokeRect(sx - 2, y - 11, 12, 22);
            g.fillRoundRect(cx - 10, y - 11, 30, 22, 6, 6);
            g.strokeRoundRect(cx - 10, y - 11, 30, 22, 6, 6);
            g.setFill(getSkinnable().color("text"));
            g.setFont(nameFont);
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(fit(g, row.nameProperty().get(), LanesCanvas.LABEL_WIDTH - 8), 10, y - 7);
            g.setFont(smallFont);
            g.setFill(getSkinnable().color("muted"));
            LaneType t = row.type();
            g.fillText(fit(g, t.title() + " · " + t.model(), LanesCanvas.LABEL_WIDTH - 8), 10, y + 9);
            g.setTextAlign(TextAlignment.LEFT);
        }
        drawFocus(g, w);
        // Column headings once, above the first lane, so that rows stay compact.
        if (vm.laneCount() > 0) {
            double y0 = rowY(0) - 22;
            g.setFont(smallFont);
            g.setFill(getSkinnable().color("muted"));
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(Messages.get("lanes.canvas.serverSide"), sx - 6, y0);
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(Messages.get("lanes.canvas.consumers"), cx + 20, y0);
        }
    }

    /** A checkpoint's lane: a thick outline round the whole row, drawn once (never animated). */
    private void drawFocus(GraphicsContext g, double w) {
        Integer lane = vm.focusProperty().get();
        if (lane == null || lane < 0 || lane >= vm.laneCount()) {
            return;
        }
        double half = getSkinnable().rowHeight() / 2 - 2;
        double y = rowY(lane);
        g.setStroke(getSkinnable().color("focus"));
        g.setLineWidth(3);
        g.strokeRoundRect(3, y - Math.min(half, 19), w - 6, 2 * Math.min(half, 19), 10, 10);
    }

    private void drawMoving() {
        GraphicsContext g = moving.getGraphicsContext2D();
        g.clearRect(0, 0, moving.getWidth(), moving.getHeight());
        double sx = serverX();
        double cx = consumerX();
        // producer box text and pulse
        double pulse = vm.producerPulse();
        if (pulse > 0) {
            g.setStroke(tokenColors[LaneToken.POST.ordinal()]);
            g.setLineWidth(1 + 2 * pulse);
            g.strokeRoundRect(sx - 32, 6, LanesCanvas.PRODUCER_WIDTH + 4, LanesCanvas.PRODUCER_HEIGHT + 4, 9, 9);
        }
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFont(nameFont);
        g.setFill(getSkinnable().color("text"));
        g.fillText(Messages.get("lanes.canvas.producer"), sx - 20, 8 + 13);
        g.setFont(smallFont);
        g.setFill(getSkinnable().color("muted"));
        g.fillText(fit(g, vm.producerTextProperty().get(), LanesCanvas.PRODUCER_WIDTH - 16), sx - 20, 8 + 29);

        for (int i = 0; i < vm.laneCount(); i++) {
            LaneRow row = vm.rows().get(i);
            LaneMetrics m = row.metricsProperty().get();
            double y = rowY(i);
            g.setFill(getSkinnable().color("muted"));
            g.setTextAlign(TextAlignment.LEFT);
            g.setFont(smallFont);
            g.fillText(fit(g, row.summaryProperty().get(), cx - sx + 20), sx - 2, y + 19);
            if (m != null) {
                drawLaneState(g, i, m, sx, cx, y);
            }
        }
        TokenField tokens = vm.tokens();
        double now = vm.wallSeconds();
        int n = tokens.size();
        // Batched by style: one colour change per style, then every token of that style.
        for (LaneToken s : LaneToken.ALL) {
            Color c = tokenColors[s.ordinal()];
            g.setFill(c);
            g.setStroke(c);
            g.setLineWidth(2);
            for (int k = 0; k < n; k++) {
                if (tokens.style(k) != s) {
                    continue;
                }
                drawToken(g, s, tokens.lane(k), tokens.progress(k, now), sx, cx);
            }
        }
    }

    /** Per-lane state that is not a token: a disconnected link, a filling buffer or growing log. */
    private void drawLaneState(GraphicsContext g, int lane, LaneMetrics m, double sx, double cx, double y) {
        LaneType t = m.type();
        if ((t == LaneType.SERVER_PUSH || t == LaneType.WEBSOCKET || t == LaneType.IDLE) && m.openConnections() == 0) {
            g.setFill(tokenColors[LaneToken.DISCONNECTED.ordinal()]);
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(Messages.get("lanes.canvas.disconnected"), (sx + cx) / 2, y - 12);
        }
        if (t == LaneType.PUSH_TO_SLOW_CONSUMER) {
            // The consumer's buffer as a bar above its box: fill = items waiting / buffer size.
            double size = 1;
            for (ParamControl c : vm.controls(lane)) {
                if (c.param() == LaneParam.BUFFER_SIZE) {
                    size = c.valueProperty().get();
                }
            }
            double fill = Math.min(1, Math.min(m.lagNow(), size) / size);
            g.setStroke(getSkinnable().color("muted"));
            g.setLineWidth(1);
            g.strokeRect(cx - 60, y - 6, 44, 12);
            g.setFill(fill >= 1 ? tokenColors[LaneToken.DROPPED.ordinal()] : tokenColors[LaneToken.BATCH.ordinal()]);
            g.fillRect(cx - 59, y - 5, 42 * fill, 10);
        } else if (t == LaneType.QUEUE_PULL && m.lagNow() > 0) {
            // The retained log at the server end: width grows with the log of the lag, so 10 and 10,000 both fit.
            double len = Math.min(140, 18 * Math.log10(1 + m.lagNow()) + 4);
            g.setFill(tokenColors[LaneToken.BATCH.ordinal()].deriveColor(0, 1, 1, 0.55));
            g.fillRect(sx + 12, y - 6, len, 12);
            g.setStroke(getSkinnable().color("muted"));
            g.setLineWidth(1);
            g.strokeRect(sx + 12, y - 6, len, 12);
        }
    }

    private void drawToken(GraphicsContext g, LaneToken s, int lane, double p, double sx, double cx) {
        double y = rowY(lane);
        double x;
        switch (s.motion()) {
            case FROM_PRODUCER -> {
                // down the bus from the producer, then along the stub into the lane's server end
                double busX = sx - 18;
                double top = 8 + LanesCanvas.PRODUCER_HEIGHT;
                double f = Math.min(1, p * 1.25);
                double down = (y - top);
                double along = 18;
                double d = f * (down + along);
                if (d <= down) {
                    x = busX;
                    y = top + d;
                } else {
                    x = busX + (d - down);
                }
            }
            case TO_CONSUMER -> {
                x = sx + 10 + (cx - sx - 22) * p;
                y += 5;
            }
            case TO_SERVER -> {
                x = cx - 12 - (cx - sx - 22) * p;
                y -= 5;
            }
            case HALF_WAY -> {
                x = sx + 10 + (cx - sx - 22) * 0.5 * Math.min(1, p * 1.6);
                y += 5;
            }
            // Drops and give-ups float up off the track (below it is the lane's counter line).
            case FALL_AT_CONSUMER -> {
                x = cx - 20;
                y -= 9 + 10 * p;
            }
            case FALL_AT_SERVER -> {
                x = sx + 4;
                y -= 9 + 10 * p;
            }
            case STAY_MIDDLE -> x = (sx + cx) / 2;
            case STAY_AT_SERVER -> {
                x = sx - 10;
                y -= 12;
            }
            default -> x = sx;
        }
        shapes.draw(g, s.shape(), x, y, TOKEN);
    }

    /** Cuts text to fit {@code width} with an ellipsis; measured with a crude average glyph width. */
    private static String fit(GraphicsContext g, String s, double width) {
        double per = g.getFont().getSize() * 0.5;
        int max = (int) Math.max(4, width / per);
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** Draws a small legend glyph of a token style (the legend reuses the canvas's shapes). */
    static void drawGlyph(GraphicsContext g, LaneToken s, Color c, double x, double y) {
        g.setFill(c);
        g.setStroke(c);
        g.setLineWidth(2);
        new LaneShapes(LaneShapes.Fit.GLYPH).draw(g, s.shape(), x, y, TOKEN);
    }
}
