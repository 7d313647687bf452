package org.fanoutlab.ui.common;

import java.util.List;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.paint.Color;

/**
 * A control its skin paints on canvases (the stage, the lanes), coloured by CSS like any other control: its own
 * named colours and the shared token set ({@link CanvasColors}). It counts the theme's colour changes, so the skin
 * knows when to repaint what it otherwise paints once.
 */
public abstract class CanvasControl extends Control {
    private final CanvasColors.Css css;
    private final CanvasColors colors;
    private long colorsVersion;

    /**
     * @param css the subclass's colours, from {@link CanvasColors#css}
     * @param accessibleText what a screen reader, which cannot see a canvas, says it is
     */
    protected CanvasControl(CanvasColors.Css css, String accessibleText) {
        this.css = css;
        this.colors = new CanvasColors(this, css);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.TEXT);
        setAccessibleText(accessibleText);
        colors.onChange(this::colorsChanged);
    }

    final CanvasColors colors() {
        return colors;
    }

    /** A named colour as CSS has it now. */
    public final Color color(String name) {
        return colors.get(name);
    }

    public final Color tokenColor(TokenRole role) {
        return colors.token(role);
    }

    /** Bumped whenever the theme changes a colour: the skin repaints everything then. */
    public final long colorsVersion() {
        return colorsVersion;
    }

    /** Called when the theme changes any colour; a subclass that caches colours drops them here. */
    protected void colorsChanged() {
        colorsVersion++;
    }

    /** Calls {@code r} when a token colour changes (a legend repaints its glyphs). */
    public final void onTokenColors(Runnable r) {
        colors.onTokenChange(r);
    }

    @Override
    public final List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return css.all();
    }
}
