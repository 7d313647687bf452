package org.fanoutlab.ui.stage;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.geometry.Point2D;
import javafx.scene.control.Skin;
import org.fanoutlab.ui.common.CanvasColors;
import org.fanoutlab.ui.common.CanvasControl;
import org.fanoutlab.ui.common.Messages;
import org.fanoutlab.ui.common.TokenRole;

/**
 * The animated diagram as a control: what it shows comes from the {@link StageViewModel}, its colours from CSS
 * ({@code -stage-background}, {@code -stage-box-fill}, … in {@code stage.css}, the tokens' in
 * {@code tokens.css}), so the theme reaches the canvas like any other control. {@link StageCanvasSkin} draws it.
 */
public final class StageCanvas extends CanvasControl {
    public static final String STYLE = "stage-canvas";

    /** The diagram's colours: CSS name after "-stage-", and the light theme's value before CSS applies. */
    private static final String[][] COLORS = {
        {"background", "#FAFAF7"}, {"box-fill", "#FFFFFF"}, {"box-stroke", "#5F6368"}, {"text", "#1F1F1F"},
        {"muted-text", "#5F6368"}, {"edge", "#C9CCD1"}, {"highlight", "#E69F00"}, {"queue-track", "#E8E8E3"},
        {"crowd-fill", "#56B4E973"}};
    private static final CanvasColors.Css CSS = CanvasColors.css("-stage-", COLORS);

    private final StageViewModel vm;
    private StagePalette palette;

    public StageCanvas(StageViewModel vm) {
        super(CSS, Messages.get("stage.canvas.accessible"));
        this.vm = Objects.requireNonNull(vm, "vm");
        getStyleClass().add(STYLE);
        // let a screen reader read what just happened
        accessibleHelpProperty().bind(vm.lastActionProperty());
        setMinSize(0, 0);
        setPrefSize(960, 440);
    }

    @Override
    protected void colorsChanged() {
        super.colorsChanged();
        palette = null;
    }

    /** The colours as CSS has them now. */
    StagePalette palette() {
        if (palette == null) {
            palette = new StagePalette(color("background"), color("box-fill"), color("box-stroke"), color("text"),
                    color("muted-text"), color("edge"), color("highlight"), color("queue-track"), color("crowd-fill"),
                    Arrays.stream(TokenRole.values()).map(this::tokenColor).toList());
        }
        return palette;
    }

    /** Bumped whenever a colour changes: the skin redraws everything then. */
    long paletteVersion() {
        return colorsVersion();
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
}
