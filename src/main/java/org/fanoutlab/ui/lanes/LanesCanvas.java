package org.fanoutlab.ui.lanes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.css.converter.ColorConverter;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.fanoutlab.engine.lanes.LaneMetrics;
import org.fanoutlab.engine.lanes.LaneParam;
import org.fanoutlab.engine.lanes.LaneType;

/**
 * The lanes picture: the producer at the top, one row per lane below it, each a track from the server end (left)
 * to the consumer (right). Two canvases: the static layer (tracks, boxes, names) is drawn only when the size or
 * theme changes; the token layer is redrawn each frame, tokens batched by style so each colour is set once, with
 * no allocation per token. Colours come from CSS ({@code -lanes-*} properties in lanes.css).
 */
final class LanesCanvas extends Region {
    static final double PRODUCER_HEIGHT = 40;
    static final double PRODUCER_WIDTH = 380;
    static final double TOP = 72;
    static final double MIN_ROW = 42;
    static final double MAX_ROW = 96;
    static final double LABEL_WIDTH = 235;
    static final double TOKEN = 5.5;

    private final LanesViewModel vm;
    private final Canvas statics = new Canvas();
    private final Canvas moving = new Canvas();
    private final Font nameFont = Font.font(null, FontWeight.BOLD, 13);
    private final Font smallFont = Font.font(12);
    private final Color[] tokenColors = new Color[TokenStyle.ALL.length];
    private boolean staticDirty = true;

    private final StyleableObjectProperty<Color> background = color("background", Color.web("#F6F8FA"));
    private final StyleableObjectProperty<Color> text = color("text", Color.web("#1F2328"));
    private final StyleableObjectProperty<Color> muted = color("muted", Color.web("#59636E"));
    private final StyleableObjectProperty<Color> track = color("track", Color.web("#D1D9E0"));
    private final StyleableObjectProperty<Color> box = color("box", Color.WHITE);

    LanesCanvas(LanesViewModel vm) {
        this.vm = vm;
        getStyleClass().add(LanesStyles.CANVAS);
        setFocusTraversable(true);
        setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
        setAccessibleText(org.fanoutlab.ui.common.Messages.get("lanes.canvas.accessible"));
        addEventHandler(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> requestFocus());
        getChildren().addAll(statics, moving);
        for (TokenStyle s : TokenStyle.ALL) {
            tokenColors[s.ordinal()] = Color.web(s.color());
        }
        widthProperty().addListener((o, a, b) -> staticDirty = true);
        heightProperty().addListener((o, a, b) -> staticDirty = true);
        for (StyleableObjectProperty<Color> p : List.of(background, text, muted, track, box)) {
            p.addListener((o, a, b) -> staticDirty = true);
        }
        setPrefHeight(TOP + vm.laneCount() * 56 + 10);
    }

    @Override
    protected double computeMinHeight(double width) {
        return TOP + vm.laneCount() * MIN_ROW + 10;
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (statics.getWidth() != w || statics.getHeight() != h) {
            statics.setWidth(w);
            statics.setHeight(h);
            moving.setWidth(w);
            moving.setHeight(h);
            staticDirty = true;
        }
    }

    double rowHeight() {
        int n = Math.max(1, vm.laneCount());
        return Math.max(MIN_ROW, Math.min(MAX_ROW, (getHeight() - TOP - 10) / n));
    }

    double rowY(int lane) {
        return TOP + lane * rowHeight() + 18;
    }

    double serverX() {
        return LABEL_WIDTH + 40;
    }

    double consumerX() {
        return Math.max(serverX() + 120, getWidth() - 60);
    }

    /** Redraws the token layer (and the static one if needed); called by the view's AnimationTimer. */
    void render() {
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
        g.setFill(background.get());
        g.fillRect(0, 0, w, h);
        double sx = serverX();
        double cx = consumerX();
        // The producer, and the bus its posts run down to every lane's server end.
        g.setFill(box.get());
        g.setStroke(muted.get());
        g.setLineWidth(1.2);
        g.fillRoundRect(sx - 30, 8, PRODUCER_WIDTH, PRODUCER_HEIGHT, 8, 8);
        g.strokeRoundRect(sx - 30, 8, PRODUCER_WIDTH, PRODUCER_HEIGHT, 8, 8);
        g.setStroke(track.get());
        g.setLineWidth(2);
        g.strokeLine(sx - 18, 8 + PRODUCER_HEIGHT, sx - 18, rowY(vm.laneCount() - 1));
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < vm.laneCount(); i++) {
            LaneRow row = vm.rows().get(i);
            double y = rowY(i);
            g.setStroke(track.get());
            g.setLineWidth(2);
            g.strokeLine(sx - 18, y, sx, y);
            g.setLineWidth(3);
            g.strokeLine(sx + 8, y, cx - 10, y);
            // server end: a small rack; consumer end: a box
            g.setFill(box.get());
            g.setStroke(muted.get());
            g.setLineWidth(1.2);
            g.fillRect(sx - 2, y - 11, 12, 22);
            g.strokeRect(sx - 2, y - 11, 12, 22);
            g.fillRoundRect(cx - 10, y - 11, 30, 22, 6, 6);
            g.strokeRoundRect(cx - 10, y - 11, 30, 22, 6, 6);
            g.setFill(text.get());
            g.setFont(nameFont);
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(fit(g, row.nameProperty().get(), LABEL_WIDTH - 8), 10, y - 7);
            g.setFont(smallFont);
            g.setFill(muted.get());
            LaneType t = row.type();
            g.fillText(fit(g, t.title() + " · " + t.model(), LABEL_WIDTH - 8), 10, y + 9);
            g.setTextAlign(TextAlignment.LEFT);
        }
        // Column headings once, above the first lane, so that rows stay compact.
        if (vm.laneCount() > 0) {
            double y0 = rowY(0) - 22;
            g.setFont(smallFont);
            g.setFill(muted.get());
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText("server side (API, broker log, provider, mail server)", sx - 6, y0);
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText("consumers", cx + 20, y0);
        }
    }

    private void drawMoving() {
        GraphicsContext g = moving.getGraphicsContext2D();
        g.clearRect(0, 0, moving.getWidth(), moving.getHeight());
        double sx = serverX();
        double cx = consumerX();
        // producer box text and pulse
        double pulse = vm.producerPulse();
        if (pulse > 0) {
            g.setStroke(tokenColors[TokenStyle.POST.ordinal()]);
            g.setLineWidth(1 + 2 * pulse);
            g.strokeRoundRect(sx - 32, 6, PRODUCER_WIDTH + 4, PRODUCER_HEIGHT + 4, 9, 9);
        }
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFont(nameFont);
        g.setFill(text.get());
        g.fillText("Producer", sx - 20, 8 + 13);
        g.setFont(smallFont);
        g.setFill(muted.get());
        g.fillText(fit(g, vm.producerTextProperty().get(), PRODUCER_WIDTH - 16), sx - 20, 8 + 29);
        g.fillText(vm.timeTextProperty().get(), sx - 30 + PRODUCER_WIDTH + 14, 8 + 13);

        for (int i = 0; i < vm.laneCount(); i++) {
            LaneRow row = vm.rows().get(i);
            LaneMetrics m = row.metricsProperty().get();
            double y = rowY(i);
            g.setFill(muted.get());
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
        for (TokenStyle s : TokenStyle.ALL) {
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
        if ((t == LaneType.SERVER_PUSH || t == LaneType.IDLE) && m.openConnections() == 0) {
            g.setFill(tokenColors[TokenStyle.DISCONNECTED.ordinal()]);
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText("✕ disconnected", (sx + cx) / 2, y - 12);
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
            g.setStroke(muted.get());
            g.setLineWidth(1);
            g.strokeRect(cx - 60, y - 6, 44, 12);
            g.setFill(fill >= 1 ? tokenColors[TokenStyle.DROPPED.ordinal()] : tokenColors[TokenStyle.BATCH.ordinal()]);
            g.fillRect(cx - 59, y - 5, 42 * fill, 10);
        } else if (t == LaneType.QUEUE_PULL && m.lagNow() > 0) {
            // The retained log at the server end: width grows with the log of the lag, so 10 and 10,000 both fit.
            double len = Math.min(140, 18 * Math.log10(1 + m.lagNow()) + 4);
            g.setFill(tokenColors[TokenStyle.BATCH.ordinal()].deriveColor(0, 1, 1, 0.55));
            g.fillRect(sx + 12, y - 6, len, 12);
            g.setStroke(muted.get());
            g.setLineWidth(1);
            g.strokeRect(sx + 12, y - 6, len, 12);
        }
    }

    private void drawToken(GraphicsContext g, TokenStyle s, int lane, double p, double sx, double cx) {
        double y = rowY(lane);
        double x;
        switch (s.motion()) {
            case FROM_PRODUCER -> {
                // down the bus from the producer, then along the stub into the lane's server end
                double busX = sx - 18;
                double top = 8 + PRODUCER_HEIGHT;
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
        double r = TOKEN;
        switch (s.shape()) {
            case CIRCLE -> g.fillOval(x - r, y - r, 2 * r, 2 * r);
            case RING -> g.strokeOval(x - r + 1, y - r + 1, 2 * r - 2, 2 * r - 2);
            case SQUARE -> g.fillRect(x - r + 0.5, y - r + 0.5, 2 * r - 1, 2 * r - 1);
            case HOLLOW_SQUARE -> g.strokeRect(x - r + 1, y - r + 1, 2 * r - 2, 2 * r - 2);
            case TRIANGLE_LEFT -> fillTriangle(g, x, y, r);
            case DIAMOND -> fillDiamond(g, x, y, r + 1, true);
            case HOLLOW_DIAMOND -> fillDiamond(g, x, y, r + 1, false);
            case CROSS -> {
                g.strokeLine(x - r, y - r, x + r, y + r);
                g.strokeLine(x - r, y + r, x + r, y - r);
            }
            case BAR -> g.fillRect(x - 1.5, y - r - 4, 3, 2 * r + 8);
        }
    }

    // Reused point arrays: polygons without allocating per token.
    private final double[] px = new double[4];
    private final double[] py = new double[4];

    private void fillTriangle(GraphicsContext g, double x, double y, double r) {
        px[0] = x - r;
        py[0] = y;
        px[1] = x + r;
        py[1] = y - r;
        px[2] = x + r;
        py[2] = y + r;
        g.fillPolygon(px, py, 3);
    }

    private void fillDiamond(GraphicsContext g, double x, double y, double r, boolean filled) {
        px[0] = x;
        py[0] = y - r;
        px[1] = x + r;
        py[1] = y;
        px[2] = x;
        py[2] = y + r;
        px[3] = x - r;
        py[3] = y;
        if (filled) {
            g.fillPolygon(px, py, 4);
        } else {
            g.strokePolygon(px, py, 4);
        }
    }

    /** Draws a small legend glyph of a token style (the legend reuses the canvas's shapes). */
    static void drawGlyph(GraphicsContext g, TokenStyle s, double x, double y) {
        Color c = Color.web(s.color());
        g.setFill(c);
        g.setStroke(c);
        g.setLineWidth(2);
        double r = TOKEN;
        switch (s.shape()) {
            case CIRCLE -> g.fillOval(x - r, y - r, 2 * r, 2 * r);
            case RING -> g.strokeOval(x - r + 1, y - r + 1, 2 * r - 2, 2 * r - 2);
            case SQUARE -> g.fillRect(x - r + 0.5, y - r + 0.5, 2 * r - 1, 2 * r - 1);
            case HOLLOW_SQUARE -> g.strokeRect(x - r + 1, y - r + 1, 2 * r - 2, 2 * r - 2);
            case TRIANGLE_LEFT -> g.fillPolygon(new double[] {x - r, x + r, x + r}, new double[] {y, y - r, y + r}, 3);
            case DIAMOND -> g.fillPolygon(new double[] {x, x + r + 1, x, x - r - 1},
                    new double[] {y - r - 1, y, y + r + 1, y}, 4);
            case HOLLOW_DIAMOND -> g.strokePolygon(new double[] {x, x + r, x, x - r},
                    new double[] {y - r, y, y + r, y}, 4);
            case CROSS -> {
                g.strokeLine(x - r, y - r, x + r, y + r);
                g.strokeLine(x - r, y + r, x + r, y - r);
            }
            case BAR -> g.fillRect(x - 1.5, y - r - 1, 3, 2 * r + 2);
        }
    }

    /** Cuts text to fit {@code width} with an ellipsis; measured with a crude average glyph width. */
    private static String fit(GraphicsContext g, String s, double width) {
        double per = g.getFont().getSize() * 0.5;
        int max = (int) Math.max(4, width / per);
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    // ---------------------------------------------------------------- CSS

    private static final List<CssMetaData<? extends Styleable, ?>> CSS;
    private static final List<CssMetaData<LanesCanvas, Color>> COLORS = new ArrayList<>();

    static {
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(Region.getClassCssMetaData());
        for (String n : List.of("background", "text", "muted", "track", "box")) {
            CssMetaData<LanesCanvas, Color> md = meta(n, c -> switch (n) {
                case "background" -> c.background;
                case "text" -> c.text;
                case "muted" -> c.muted;
                case "track" -> c.track;
                default -> c.box;
            });
            COLORS.add(md);
            all.add(md);
        }
        CSS = Collections.unmodifiableList(all);
    }

    private static CssMetaData<LanesCanvas, Color> meta(String name,
            Function<LanesCanvas, StyleableObjectProperty<Color>> prop) {
        return new CssMetaData<>("-lanes-" + name, ColorConverter.getInstance(), Color.GRAY) {
            @Override
            public boolean isSettable(LanesCanvas c) {
                return !prop.apply(c).isBound();
            }

            @Override
            public StyleableProperty<Color> getStyleableProperty(LanesCanvas c) {
                return prop.apply(c);
            }
        };
    }

    private StyleableObjectProperty<Color> color(String name, Color initial) {
        for (CssMetaData<LanesCanvas, Color> md : COLORS) {
            if (md.getProperty().equals("-lanes-" + name)) {
                return new SimpleStyleableObjectProperty<>(md, this, name, initial);
            }
        }
        throw new IllegalStateException("no CSS property -lanes-" + name);
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS;
    }
}
