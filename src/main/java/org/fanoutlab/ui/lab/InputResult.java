package org.fanoutlab.ui.lab;

/** A number typed by the learner: either a value or a message saying what is wrong with the text. */
record InputResult(double value, String error) {
    static InputResult ok(double value) {
        return new InputResult(value, null);
    }

    static InputResult problem(String message) {
        return new InputResult(Double.NaN, message);
    }

    boolean isOk() {
        return error == null;
    }
}
