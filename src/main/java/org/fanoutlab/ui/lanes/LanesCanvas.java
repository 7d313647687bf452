package org.fanoutlab.ui.lanes;

import java.util.List;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.scene.control.Skin;
import org.fanoutlab.ui.common.CanvasColors;
import org.fanoutlab.ui.common.CanvasControl;
import org.fanoutlab.ui.common.Messages;

/**
 * The lanes picture as a control: the producer at the top, one row per lane below it, each a track from the
 * server end (left) to the consumer (right). Colours are CSS properties ({@code -lanes-*} in lanes.css, the
 * tokens' {@code -token-*} in ui/common/tokens.css, shared with the stage); {@link LanesCanvasSkin} draws it.
 */
final class LanesCanvas extends CanvasControl {
    static final double PRODUCER_HEIGHT = 40;
    static final double PRODUCER_WIDTH = 380;
    static final double TOP = 72;
    static final double MIN_ROW = 42;
    static final double MAX_ROW = 96;
    static final double LABEL_WIDTH = 235;

    /** The picture's colours: CSS name after "-lanes-", and the light theme's value before CSS applies. */
    private static final String[][] COLORS = {
        {"background", "#F6F8FA"}, {"text", "#1F2328"}, {"muted", "#59636E"}, {"track", "#D1D9E0"},
        {"box", "#FFFFFF"}, {"focus", "#E69F00"}};
    private static final CanvasColors.Css CSS = CanvasColors.css("-lanes-", COLORS);

    private final LanesViewModel vm;

    LanesCanvas(LanesViewModel vm) {
        super(CSS, Messages.get("lanes.canvas.accessible"));
        this.vm = vm;
        getStyleClass().add(LanesStyles.CANVAS.css());
        addEventHandler(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> requestFocus());
        setPrefHeight(TOP + vm.laneCount() * 56 + 10);
    }

    LanesViewModel viewModel() {
        return vm;
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
        return CSS.all();
    }
}
