package org.fanoutlab.ui.common;

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
import javafx.scene.control.Control;
import javafx.scene.paint.Color;

/**
 * The colours a canvas control draws with, as CSS properties so the theme reaches the canvas like any other
 * control: its own named colours ({@code -stage-background}, {@code -lanes-track}, …) and the shared token set
 * ({@link TokenColors}). A {@link CanvasControl} class declares its {@link Css} once; each control holds its own.
 */
public final class CanvasColors {
    private final Map<String, StyleableObjectProperty<Color>> named = new HashMap<>();
    private final TokenColors tokens;

    CanvasColors(CanvasControl owner, Css css) {
        css.named.forEach((name, meta) -> named.put(name,
                new SimpleStyleableObjectProperty<>(meta, owner, name, meta.getInitialValue(owner))));
        tokens = new TokenColors(owner, css.tokens);
    }

    /** The colour CSS gives {@code name} now (a name from the control's table). */
    public Color get(String name) {
        return named.get(name).get();
    }

    public Color token(TokenRole role) {
        return tokens.get(role);
    }

    /** Calls {@code r} whenever the theme changes any of the colours, named or token. */
    public void onChange(Runnable r) {
        named.values().forEach(p -> p.addListener((o, a, b) -> r.run()));
        onTokenChange(r);
    }

    /** Calls {@code r} whenever the theme changes a token colour. */
    public void onTokenChange(Runnable r) {
        tokens.onChange(r);
    }

    /**
     * The CSS metadata of one canvas control class: {@link Control}'s own, then a property per named colour,
     * then the token colours.
     *
     * @param prefix the control's CSS prefix: {@code "-stage-"} makes {@code -stage-background}
     * @param colors name and light-theme value (before CSS applies) of each named colour
     */
    public static Css css(String prefix, String[][] colors) {
        StyleablePropertyFactory<CanvasControl> factory = new StyleablePropertyFactory<>(Control.getClassCssMetaData());
        Map<String, CssMetaData<CanvasControl, Color>> named = new LinkedHashMap<>();
        for (String[] c : colors) {
            String name = c[0];
            named.put(name, factory.createColorCssMetaData(prefix + name, s -> s.colors().named.get(name),
                    Color.web(c[1])));
        }
        List<CssMetaData<CanvasControl, Color>> tokens = TokenColors.metaData(s -> s.colors().tokens);
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(Control.getClassCssMetaData());
        all.addAll(named.values());
        all.addAll(tokens);
        return new Css(Collections.unmodifiableMap(named), tokens, Collections.unmodifiableList(all));
    }

    /** What {@link #css} declares; {@link #all()} is what the control class reports as its CSS metadata. */
    public record Css(Map<String, CssMetaData<CanvasControl, Color>> named,
            List<CssMetaData<CanvasControl, Color>> tokens, List<CssMetaData<? extends Styleable, ?>> all) {
    }
}
