package org.fanoutlab.ui.lanes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.paint.Color;
import org.fanoutlab.ui.common.Messages;
import org.fanoutlab.ui.common.TokenColors;
import org.fanoutlab.ui.common.TokenRole;

/**
 * The lanes picture as a control: the producer at the top, one row per lane below it, each a track from the
 * server end (left) to the consumer (right). Colours are CSS properties ({@code -lanes-*} in lanes.css, the
 * tokens' {@code -token-*} in ui/common/tokens.css, shared with the stage); {@link LanesCanvasSkin} draws it.
 */
final class LanesCanvas extends Control {
    static final double PRODUCER_HEIGHT = 40;
    static final double PRODUCER_WIDTH = 380;
    static final double TOP = 72;
    static final double MIN_ROW = 42;
    static final double MAX_ROW = 96;
    static final double LABEL_WIDTH = 235;

    private static final StyleablePropertyFactory<LanesCanvas> CSS =
            new StyleablePropertyFactory<>(Control.getClassCssMetaData());
    private static final String[][] COLORS = {
        {"background", "#F6F8FA"}, {"text", "#1F2328"}, {"muted", "#59636E"}, {"track", "#D1D9E0"},
        {"box", "#FFFFFF"}, {"focus", "#E69F00"}};
    private static final Map<String, CssMetaData<LanesCanvas, Color>> COLOR_CSS = new LinkedHashMap<>();
    private static final List<CssMetaData<LanesCanvas, Color>> TOKEN_CSS = TokenColors.metaData(c -> c.tokens);
    private static final List<CssMetaData<? extends Styleable, ?>> ALL_CSS;

    static {
        for (String[] c : COLORS) {
            String name = c[0];
            COLOR_CSS.put(name, CSS.createColorCssMetaData("-lanes-" + name, s -> s.colors.get(name),
                    Color.web(c[1])));
        }
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(Control.getClassCssMetaData());
        all.addAll(COLOR_CSS.values());
        all.addAll(TOKEN_CSS);
        ALL_CSS = Collections.unmodifiableList(all);
    }

    private final LanesViewModel vm;
    private final TokenColors tokens = new TokenColors(this, TOKEN_CSS);
    private final Map<String, StyleableObjectProperty<Color>> colors = new HashMap<>();
    private long colorsVersion;

    LanesCanvas(LanesViewModel vm) {
        this.vm = vm;
        getStyleClass().add(LanesStyles.CANVAS.css());
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.TEXT);
        setAccessibleText(Messages.get("lanes.canvas.accessible"));
        addEventHandler(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> requestFocus());
        for (String[] c : COLORS) {
            StyleableObjectProperty<Color> p = new SimpleStyleableObjectProperty<>(COLOR_CSS.get(c[0]), this, c[0],
                    Color.web(c[1]));
            p.addListener((o, a, b) -> colorsVersion++);
            colors.put(c[0], p);
        }
        tokens.onChange(() -> colorsVersion++);
        setPrefHeight(TOP + vm.laneCount() * 56 + 10);
    }

    LanesViewModel viewModel() {
        return vm;
    }

    Color color(String name) {
        return colors.get(name).get();
    }

    Color tokenColor(TokenRole role) {
        return tokens.get(role);
    }

    /** Bumped whenever the theme changes a colour (the skin and the legend redraw). */
    long colorsVersion() {
        return colorsVersion;
    }

    /** Calls {@code r} when a token colour changes (the legend redraws its glyphs). */
    void onTokenColors(Runnable r) {
        tokens.onChange(r);
    }

    @Override
    protected double computeMinWidth(double height) {
        return LABEL_WIDTH + 200;
    }

    @Override
    protected double computePrefWidth(double height) {
        return LABEL_WIDTH + 600;
    }

    @Override
    protected double computeMinHeight(double width) {
        return TOP + vm.laneCount() * MIN_ROW + 10;
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

    /** Redraws what moved; called by the view's AnimationTimer. */
    void render() {
        if (getSkin() instanceof LanesCanvasSkin s) {
            s.render();
        }
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new LanesCanvasSkin(this);
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return ALL_CSS;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return ALL_CSS;
    }
}
