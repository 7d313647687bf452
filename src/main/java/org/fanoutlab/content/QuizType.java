package org.fanoutlab.content;

import java.util.Locale;

/** The quiz kinds of DESIGN.md §3; {@link #id()} is how a quiz block spells them. */
public enum QuizType {
    SINGLE, MULTIPLE, TRUE_FALSE, NUMERIC, PREDICT;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** @return null when {@code id} names no type */
    public static QuizType fromId(String id) {
        for (QuizType t : values()) {
            if (t.id().equals(id)) {
                return t;
            }
        }
        return null;
    }
}
