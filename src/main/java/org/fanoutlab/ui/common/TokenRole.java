package org.fanoutlab.ui.common;

import java.util.Locale;
import javafx.scene.paint.Color;

/**
 * The one Okabe–Ito token set of both animated canvases (the stage and the delivery lanes): what a token means,
 * and its colour. Okabe–Ito stays distinguishable with the common colour-vision deficiencies, and every token
 * also has its own shape, so colour is never the only clue. The colours reach the canvases through CSS
 * ({@code -token-post}, … in {@code tokens.css}), which picks lighter shades on a dark theme.
 */
public enum TokenRole {
    /** A post on its way (a regular producer's). */
    POST("#0072B2"),
    /** A celebrity's post, its writes, its merge at read time. */
    CELEBRITY("#D55E00"),
    /** A request or a feed check. */
    REQUEST("#CC79A7"),
    /** An answer with nothing in it. */
    EMPTY("#7A7A7A"),
    /** New data reaching the consumer. */
    DELIVERED("#009E73"),
    /** A notice, a duplicate: worth a second look. */
    NOTICE("#E69F00"),
    /** Something lost or broken: a failed call, a drop, a cut connection. */
    FAILURE("#D55E00"),
    /** The protocol's own traffic: reconnects, IDLE re-issues, a blocked producer, a give-up. */
    SPECIAL("#56B4E9");

    private final Color light;

    TokenRole(String light) {
        this.light = Color.web(light);
    }

    /** The colour before CSS has been applied (the light theme's). */
    public Color initial() {
        return light;
    }

    /** {@code -token-post}, … */
    public String cssProperty() {
        return "-token-" + name().toLowerCase(Locale.ROOT);
    }
}
