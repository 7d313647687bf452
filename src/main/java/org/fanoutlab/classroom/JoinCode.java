package org.fanoutlab.classroom;

import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * The short code a room is joined with: six digits, because a phone shows a number pad for them and the back row
 * reads digits off a projector more reliably than letters. It keeps strangers out of a room only together with the
 * failed-join limit (a code is not a password: the whole room sees it).
 */
public record JoinCode(String value) {
    public static final int LENGTH = 6;

    public JoinCode {
        if (value == null || !value.matches("[0-9]{" + LENGTH + "}")) {
            throw new IllegalArgumentException("a join code is " + LENGTH + " digits, was " + value);
        }
    }

    public static JoinCode random(RandomGenerator random) {
        return new JoinCode(String.format(Locale.ROOT, "%06d", random.nextInt(1_000_000)));
    }

    /** Whether a typed code is this one; spaces and dashes people type between digit groups are ignored. */
    public boolean matches(String typed) {
        return typed != null && value.equals(typed.replaceAll("[\\s-]", ""));
    }

    /** {@code 123 456}: two groups of three read aloud and off a projector without losing the place. */
    public String spaced() {
        return value.substring(0, 3) + " " + value.substring(3);
    }

    @Override
    public String toString() {
        return value;
    }
}
