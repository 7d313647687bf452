package org.fanoutlab.ui.stage;

import javafx.scene.paint.Color;

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
        Color regular,
        Color celebrity,
        Color check,
        Color empty,
        Color useful,
        Color highlight,
        Color queueTrack,
        Color crowdFill) {

    /** The colour of a token of this style. */
    Color token(TokenStyle style) {
        return switch (style) {
            case POST_REGULAR, WRITE_REGULAR -> regular;
            case POST_CELEBRITY, WRITE_CELEBRITY, MERGE -> celebrity;
            case CHECK -> check;
            case ANSWER_EMPTY -> empty;
            case ANSWER_USEFUL -> useful;
        };
    }
}
