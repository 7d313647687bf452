package org.fanoutlab.ui.common;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.css.converter.ColorConverter;
import javafx.scene.paint.Color;

/**
 * The token colours of one canvas control, as CSS properties ({@link TokenRole#cssProperty()}): the stage and
 * the lanes declare the same set, so one stylesheet ({@code tokens.css}) colours both.
 */
public final class TokenColors {
    private final Map<TokenRole, StyleableObjectProperty<Color>> colors = new EnumMap<>(TokenRole.class);

    /** @param metaData the owner's CSS metadata for the roles, from {@link #metaData(Function)} */
    public <S extends Styleable> TokenColors(S owner, List<CssMetaData<S, Color>> metaData) {
        for (TokenRole r : TokenRole.values()) {
            colors.put(r, new SimpleStyleableObjectProperty<>(metaData.get(r.ordinal()), owner,
                    r.name().toLowerCase(java.util.Locale.ROOT), r.initial()));
        }
    }

    public Color get(TokenRole r) {
        return colors.get(r).get();
    }

    public StyleableObjectProperty<Color> property(TokenRole r) {
        return colors.get(r);
    }

    /** Calls {@code onChange} whenever a theme changes a colour. */
    public void onChange(Runnable onChange) {
        colors.values().forEach(p -> p.addListener((o, a, b) -> onChange.run()));
    }

    /** One CSS property per role for a control class; {@code of} finds a control's token colours. */
    public static <S extends Styleable> List<CssMetaData<S, Color>> metaData(Function<S, TokenColors> of) {
        List<CssMetaData<S, Color>> out = new ArrayList<>();
        for (TokenRole r : TokenRole.values()) {
            out.add(new CssMetaData<S, Color>(r.cssProperty(), ColorConverter.getInstance(), r.initial()) {
                @Override
                public boolean isSettable(S s) {
                    return !of.apply(s).property(r).isBound();
                }

                @Override
                public StyleableProperty<Color> getStyleableProperty(S s) {
                    return of.apply(s).property(r);
                }
            });
        }
        return out;
    }
}
