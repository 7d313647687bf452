package org.fanoutlab.ui.stage;

import org.fanoutlab.ui.common.TokenRole;

/**
 * What a token stands for. Each style has its own shape as well as its own colour, so that the picture does
 * not rely on colour alone: posts are circles, cache writes squares, checks small triangles, empty answers
 * hollow rings, useful answers filled discs, merged celebrity posts diamonds. The colour is the style's role in
 * the one Okabe–Ito token set the lanes use too ({@link TokenRole}).
 */
enum TokenStyle {
    POST_REGULAR(Shape.CIRCLE, 1.0, TokenRole.POST),
    POST_CELEBRITY(Shape.CIRCLE, 1.15, TokenRole.CELEBRITY),
    WRITE_REGULAR(Shape.SQUARE, 0.8, TokenRole.POST),
    WRITE_CELEBRITY(Shape.SQUARE, 0.8, TokenRole.CELEBRITY),
    CHECK(Shape.TRIANGLE, 0.75, TokenRole.REQUEST),
    ANSWER_EMPTY(Shape.RING, 0.9, TokenRole.EMPTY),
    ANSWER_USEFUL(Shape.CIRCLE, 1.0, TokenRole.DELIVERED),
    MERGE(Shape.DIAMOND, 1.1, TokenRole.CELEBRITY);

    enum Shape { CIRCLE, SQUARE, TRIANGLE, RING, DIAMOND }

    static final TokenStyle[] ALL = values();

    private final Shape shape;
    private final double scale;
    private final TokenRole role;

    TokenStyle(Shape shape, double scale, TokenRole role) {
        this.shape = shape;
        this.scale = scale;
        this.role = role;
    }

    Shape shape() {
        return shape;
    }

    /** Size relative to the base token radius. */
    double scale() {
        return scale;
    }

    /** Its colour's role in the shared token set. */
    TokenRole role() {
        return role;
    }

    static TokenStyle post(boolean celebrity) {
        return celebrity ? POST_CELEBRITY : POST_REGULAR;
    }

    static TokenStyle write(boolean celebrity) {
        return celebrity ? WRITE_CELEBRITY : WRITE_REGULAR;
    }
}
