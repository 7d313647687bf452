package org.fanoutlab.ui.stage;

import javafx.scene.paint.Color;

/**
 * The canvas's colours. The controls follow the theme through {@code stage.css}; a canvas cannot, so the view
 * takes a palette and redraws when it changes ({@link StageView#setPalette}). Token colours are Okabe–Ito,
 * distinguishable with the common colour-vision deficiencies, and every token also has its own shape.
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

    // Okabe–Ito.
    private static final Color BLUE = Color.web("#0072B2");
    private static final Color VERMILLION = Color.web("#D55E00");
    private static final Color BLUISH_GREEN = Color.web("#009E73");
    private static final Color ORANGE = Color.web("#E69F00");
    private static final Color SKY_BLUE = Color.web("#56B4E9");
    private static final Color REDDISH_PURPLE = Color.web("#CC79A7");

    public static StagePalette light() {
        return new StagePalette(
                Color.web("#FAFAF7"), Color.WHITE, Color.web("#5F6368"), Color.web("#1F1F1F"),
                Color.web("#5F6368"), Color.web("#C9CCD1"),
                BLUE, VERMILLION, REDDISH_PURPLE, Color.web("#7A7A7A"), BLUISH_GREEN, ORANGE,
                Color.web("#E8E8E3"), SKY_BLUE.deriveColor(0, 1, 1, 0.45));
    }

    public static StagePalette dark() {
        return new StagePalette(
                Color.web("#1E1F22"), Color.web("#2B2D31"), Color.web("#A0A4AA"), Color.web("#ECECEC"),
                Color.web("#A0A4AA"), Color.web("#4A4D52"),
                SKY_BLUE, ORANGE, REDDISH_PURPLE, Color.web("#9A9A9A"), BLUISH_GREEN, Color.web("#F0E442"),
                Color.web("#3A3C40"), SKY_BLUE.deriveColor(0, 1, 1, 0.35));
    }

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
