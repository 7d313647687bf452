package org.fanoutlab.ui.stage;

import java.util.List;
import java.util.Objects;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.paint.Color;
import org.fanoutlab.ui.common.CanvasColors;
import org.fanoutlab.ui.common.Messages;
import org.fanoutlab.ui.common.TokenRole;

/**
 * The animated diagram as a control: what it shows comes from the {@link StageViewModel}, its colours from CSS
 * ({@code -stage-background}, {@code -stage-box-fill}, … in {@code stage.css}, the tokens' in
 * {@code tokens.css}), so the theme reaches the canvas like any other control. {@link StageCanvasSkin} draws it.
 */
public final class StageCanvas extends Control {
    public static final String STYLE = "stage-canvas";

    /** The diagram's colours: CSS name after "-stage-", and the light theme's value before CSS applies. */
    private static final String[][] COLORS = {
        {"background", "#FAFAF7"}, {"box-fill", "#FFFFFF"}, {"box-stroke", "#5F6368"}, {"text", "#1F1F1F"},
        {"muted-text", "#5F6368"}, {"edge", "#C9CCD1"}, {"highlight", "#E69F00"}, {"queue-track", "#E8E8E3"},
        {"crowd-fill", "#56B4E973"}};
    private static final CanvasColors.Css<StageCanvas> CSS = CanvasColors.css("-stage-", COLORS, c -> c.colors);

    private final StageViewModel vm;
    private final CanvasColors colors = new CanvasColors(this, CSS);
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
        colors.onChange(this::paletteChanged);
        setMinSize(0, 0);
        setPrefSize(960, 440);
    }

    private Color color(String name) {
        return colors.get(name);
    }

    private void paletteChanged() {
        palette = null;
        paletteVersion++;
    }

    /** The colours as CSS has them now. */
    StagePalette palette() {
        if (palette == null) {
            palette = new StagePalette(color("background"), color("box-fill"), color("box-stroke"), color("text"),
                    color("muted-text"), color("edge"), colors.token(TokenRole.POST),
                    colors.token(TokenRole.CELEBRITY), colors.token(TokenRole.REQUEST), colors.token(TokenRole.EMPTY),
                    colors.token(TokenRole.DELIVERED), color("highlight"), color("queue-track"), color("crowd-fill"));
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
        return CSS.all();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return CSS.all();
    }
}
