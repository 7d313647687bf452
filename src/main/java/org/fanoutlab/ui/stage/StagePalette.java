package org.fanoutlab.ui.stage;

import java.util.List;
import javafx.scene.paint.Color;
import org.fanoutlab.ui.common.TokenRole;

/**
 * The canvas's colours as CSS has them now ({@link StageCanvas#palette()}): one value handed to the painters,
 * rebuilt whenever the theme changes one. Token colours are the shared Okabe–Ito set
 * ({@link org.fanoutlab.ui.common.TokenRole}); every token also has its own shape.
 */
public record StagePalette(
        Color background,
        Color boxFill,
        Color boxStroke,
        Color text,
        Color mutedText,
        Color edge,
        Color highlight,
        Color queueTrack,
        Color crowdFill,
        List<Color> tokens) {

    /** @param tokens the colour of each {@link TokenRole}, in the roles' order */
    public StagePalette {
        tokens = List.copyOf(tokens);
        if (tokens.size() != TokenRole.values().length) {
            throw new IllegalArgumentException(tokens.size() + " token colours for " + TokenRole.values().length
                    + " roles");
        }
    }

    Color token(TokenRole role) {
        return tokens.get(role.ordinal());
    }

    /** The colour of a token of this style. */
    Color token(TokenStyle style) {
        return token(style.role());
    }

    /** A producer's colour: a celebrity's or an ordinary account's. */
    Color producer(boolean celebrity) {
        return token(celebrity ? TokenRole.CELEBRITY : TokenRole.POST);
    }
}
