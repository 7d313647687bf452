package org.fanoutlab.ui.stage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.paint.Color;
import org.fanoutlab.ui.common.Messages;
import org.fanoutlab.ui.common.TokenColors;
import org.fanoutlab.ui.common.TokenRole;

/**
 * The animated diagram as a control: what it shows comes from the {@link StageViewModel}, its colours from CSS
 * ({@code -stage-background}, {@code -stage-box-fill}, … in {@code stage.css}, the tokens' in
 * {@code tokens.css}), so the theme reaches the canvas like any other control. {@link StageCanvasSkin} draws it.
 */
public final class StageCanvas extends Control {
    public static final String STYLE = "stage-canvas";

    private static final StyleablePropertyFactory<StageCanvas> CSS =
            new StyleablePropertyFactory<>(Control.getClassCssMetaData());
    /** The diagram's colours: CSS name after "-stage-", and the light theme's value before CSS applies. */
    private static final String[][] COLORS = {
        {"background", "#FAFAF7"}, {"box-fill", "#FFFFFF"}, {"box-stroke", "#5F6368"}, {"text", "#1F1F1F"},
        {"muted-text", "#5F6368"}, {"edge", "#C9CCD1"}, {"highlight", "#E69F00"}, {"queue-track", "#E8E8E3"},
        {"crowd-fill", "#56B4E973"}};
    private static final Map<String, CssMetaData<StageCanvas, Color>> COLOR_CSS = new LinkedHashMap<>();
    private static final List<CssMetaData<StageCanvas, Color>> TOKEN_CSS = TokenColors.metaData(c -> c.tokens);
    private static final List<CssMetaData<? extends Styleable, ?>> ALL_CSS;

    static {
        for (String[] c : COLORS) {
            String name = c[0];
            COLOR_CSS.put(name, CSS.createColorCssMetaData("-stage-" + name, s -> s.colors.get(name),
                    Color.web(c[1])));
        }
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(Control.getClassCssMetaData());
        all.addAll(COLOR_CSS.values());
        all.addAll(TOKEN_CSS);
        ALL_CSS = Collections.unmodifiableList(all);
    }

    private final StageViewModel vm;
    private final TokenColors tokens = new TokenColors(this, TOKEN_CSS);
    private final Map<String, StyleableObjectProperty<Color>> colors = new HashMap<>();
    private StagePalette palette;
    private long paletteVersion;

    public StageCanvas(StageViewModel vm) {
        this.vm = Objects.requireNonNull(vm, "vm");
        getStyleClass().add(STYLE);
        setFocusTraversable(true);
        // A screen reader cannot see the canvas: name it, and let it read what just happened.
        setAccessibleRole(AccessibleRole.TEXT);
        setAccessibleText(Messages.get("stage.canvas.accessible"));
        accessibleHelpProperty().bind(vm.lastActionProperty());
        for (String[] c : COLORS) {
            StyleableObjectProperty<Color> p = new SimpleStyleableObjectProperty<>(COLOR_CSS.get(c[0]), this, c[0],
                    Color.web(c[1]));
            p.addListener((o, a, b) -> paletteChanged());
            colors.put(c[0], p);
        }
        tokens.onChange(this::paletteChanged);
        setMinSize(0, 0);
        setPrefSize(960, 440);
    }

    private Color color(String name) {
        return colors.get(name).get();
    }

    private void paletteChanged() {
        palette = null;
        paletteVersion++;
    }

    /** The colours as CSS has them now. */
    StagePalette palette() {
        if (palette == null) {
            palette = new StagePalette(color("background"), color("box-fill"), color("box-stroke"), color("text"),
                    color("muted-text"), color("edge"), tokens.get(TokenRole.POST), tokens.get(TokenRole.CELEBRITY),
                    tokens.get(TokenRole.REQUEST), tokens.get(TokenRole.EMPTY), tokens.get(TokenRole.DELIVERED),
                    color("highlight"), color("queue-track"), color("crowd-fill"));
        }
        return palette;
    }

    /** Bumped whenever a colour changes: the skin redraws everything then. */
    long paletteVersion() {
        return paletteVersion;
    }

    StageViewModel viewModel() {
        return vm;
    }

    /** Draws what changed since the last frame (called once per frame, after the view-model's frame). */
    void render() {
        if (getSkin() instanceof StageCanvasSkin s) {
            s.render();
        }
    }

    /** Centre of a component in this control's coordinates (tests hover it). */
    Point2D centreOf(int anchor) {
        return getSkin() instanceof StageCanvasSkin s ? s.centreOf(anchor) : Point2D.ZERO;
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new StageCanvasSkin(this);
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return ALL_CSS;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return ALL_CSS;
    }
}
