package org.fanoutlab.ui.stage;

import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.SkinBase;
import javafx.scene.input.MouseEvent;
import javafx.stage.Window;

/**
 * Draws a {@link StageCanvas} on two canvas layers (docs/decisions/0003): the diagram with its counters, redrawn
 * on resize, scene or colour changes and refreshed a share at a time; the tokens, redrawn while they move.
 * Tokens are blits of sprites rendered at the window's output scale, re-made when the window moves to a screen
 * with another scale, so they stay sharp at 150 % and 200 %.
 */
final class StageCanvasSkin extends SkinBase<StageCanvas> {
    private static final int COUNTER_PARTS = 6;

    private final StageLayout layout = new StageLayout();
    private final Canvas diagram = new Canvas();
    private final Canvas tokenCanvas = new Canvas();
    private final StageRenderer renderer = new StageRenderer(diagram, layout);
    private final TokenPainter tokenPainter = new TokenPainter(tokenCanvas, layout);
    private boolean diagramDirty = true;
    private int counterPart;
    private int countersToPaint;
    private long lastChanges = -1;
    private long lastPalette = -1;
    private double lastScale = -1;
    private boolean tokensShown = true;
    private boolean tokensStale = true;
    private double lastAnimNow = -1;

    StageCanvasSkin(StageCanvas control) {
        super(control);
        tokenCanvas.setMouseTransparent(true);
        getChildren().addAll(diagram, tokenCanvas);
        // Unmanaged: a canvas's size is its min size, so managed layers would never let the control shrink again
        // (after presenter mode's full screen, the window would clip it).
        diagram.setManaged(false);
        tokenCanvas.setManaged(false);
        StageViewModel vm = control.viewModel();
        control.addEventHandler(MouseEvent.MOUSE_MOVED, e -> vm.hover(layout.hit(e.getX(), e.getY())));
        control.addEventHandler(MouseEvent.MOUSE_EXITED, e -> vm.hover(Anchors.NONE));
        control.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> control.requestFocus());
        vm.sceneProperty().addListener((o, a, b) -> diagramDirty = true);
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        double cw = Math.floor(w);
        double ch = Math.floor(h);
        if (cw != diagram.getWidth() || ch != diagram.getHeight()) {
            for (Canvas c : new Canvas[] {diagram, tokenCanvas}) {
                c.setWidth(cw);
                c.setHeight(ch);
                c.relocate(x, y);
            }
            diagramDirty = true;
        }
    }

    /** The window's output scale (1 without a window yet): 1.5 and 2 on HiDPI screens and projectors. */
    private double outputScale() {
        Window w = getSkinnable().getScene() == null ? null : getSkinnable().getScene().getWindow();
        return w == null ? 1 : Math.max(w.getOutputScaleX(), w.getOutputScaleY());
    }

    void render() {
        StageCanvas control = getSkinnable();
        StageViewModel vm = control.viewModel();
        if (diagram.getWidth() < 1 || diagram.getHeight() < 1) {
            return;
        }
        double scale = outputScale();
        if (control.paletteVersion() != lastPalette || scale != lastScale) {
            lastPalette = control.paletteVersion();
            lastScale = scale;
            renderer.setPalette(control.palette());
            tokenPainter.setPalette(control.palette(), scale);
            diagramDirty = true;
        }
        if (renderer.focusChanged(vm.focusProperty().get())) {
            diagramDirty = true; // a checkpoint's outline came or went
        }
        if (diagramDirty) {
            layout.compute(diagram.getWidth(), diagram.getHeight(), vm.getScene());
            renderer.drawDiagram(vm.getScene(), vm.focusProperty().get());
            renderer.drawCounters(vm);
            diagramDirty = false;
            tokensStale = true;
            lastChanges = vm.changes();
        } else {
            if (vm.changes() != lastChanges) {
                lastChanges = vm.changes();
                countersToPaint = COUNTER_PARTS;
            }
            // A sixth of the figures each frame: each one refreshed about ten times a second at 60 fps, and
            // none at all while nothing changes, so a paused stage in a lesson costs nothing.
            if (countersToPaint > 0) {
                renderer.drawCounters(vm, counterPart, COUNTER_PARTS);
                counterPart = (counterPart + 1) % COUNTER_PARTS;
                countersToPaint--;
            }
        }
        // Tokens are redrawn only while they move (or after a relayout): frozen by pause, they cost nothing.
        boolean animating = vm.choreography().animating();
        boolean moved = vm.choreography().animNow() != lastAnimNow;
        if ((animating && moved) || tokensStale || (tokensShown && !animating)) {
            tokenPainter.drawTokens(vm);
            tokensShown = animating;
            tokensStale = false;
        }
        lastAnimNow = vm.choreography().animNow();
    }

    Point2D centreOf(int anchor) {
        return new Point2D(layout.centerX(anchor), layout.centerY(anchor));
    }
}
