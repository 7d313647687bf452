package org.fanoutlab.ui.stage;

/**
 * What a token stands for. Each style has its own shape as well as its own colour, so that the picture does
 * not rely on colour alone: posts are circles, cache writes squares, checks small triangles, empty answers
 * hollow rings, useful answers filled discs, merged celebrity posts diamonds.
 */
enum TokenStyle {
    POST_REGULAR(Shape.CIRCLE, 1.0),
    POST_CELEBRITY(Shape.CIRCLE, 1.15),
    WRITE_REGULAR(Shape.SQUARE, 0.8),
    WRITE_CELEBRITY(Shape.SQUARE, 0.8),
    CHECK(Shape.TRIANGLE, 0.75),
    ANSWER_EMPTY(Shape.RING, 0.9),
    ANSWER_USEFUL(Shape.CIRCLE, 1.0),
    MERGE(Shape.DIAMOND, 1.1);

    enum Shape { CIRCLE, SQUARE, TRIANGLE, RING, DIAMOND }

    static final TokenStyle[] ALL = values();

    private final Shape shape;
    private final double scale;

    TokenStyle(Shape shape, double scale) {
        this.shape = shape;
        this.scale = scale;
    }

    Shape shape() {
        return shape;
    }

    /** Size relative to the base token radius. */
    double scale() {
        return scale;
    }

    static TokenStyle post(boolean celebrity) {
        return celebrity ? POST_CELEBRITY : POST_REGULAR;
    }

    static TokenStyle write(boolean celebrity) {
        return celebrity ? WRITE_CELEBRITY : WRITE_REGULAR;
    }
}
