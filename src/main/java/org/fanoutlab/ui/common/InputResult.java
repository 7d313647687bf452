package org.fanoutlab.ui.common;

/** A number typed by the learner: either a value or a message saying what is wrong with the text. */
public record InputResult(double value, String error) {
    static InputResult ok(double value) {
        return new InputResult(value, null);
    }

    public static InputResult problem(String message) {
        return new InputResult(Double.NaN, message);
    }

    public boolean isOk() {
        return error == null;
    }
}
