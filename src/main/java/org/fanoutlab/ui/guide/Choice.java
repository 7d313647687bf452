package org.fanoutlab.ui.guide;

import java.util.Locale;
import org.fanoutlab.ui.common.Messages;

/**
 * An answer to one of the guide's questions, as the form shows it. Each question is an enum of its answers, and the
 * words come from the guide's bundle under {@code guide.<question>.<answer>}, both in lower camel case
 * ({@code FanOut.SOME_MILLIONS} reads {@code guide.fanOut.someMillions}), so a new answer needs only its constant and
 * its two bundle lines.
 */
interface Choice {
    /** The answer's constant name; every enum has it. */
    String name();

    /** The bundle key of the answer's label; its explanation is under {@code <key>.explain}. */
    default String key() {
        return "guide." + lowerCamel(getClass().getSimpleName()) + "." + lowerCamel(name());
    }

    default String label() {
        return Messages.get(key());
    }

    /** One short line under the radio button: what picking this means. */
    default String explanation() {
        return Messages.get(key() + ".explain");
    }

    /** {@code FanOut} → {@code fanOut}, {@code SOME_MILLIONS} → {@code someMillions}. */
    private static String lowerCamel(String name) {
        StringBuilder out = new StringBuilder();
        boolean upperNext = false;
        boolean constant = name.equals(name.toUpperCase(Locale.ROOT));
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '_') {
                upperNext = true;
            } else if (out.isEmpty()) {
                out.append(Character.toLowerCase(c));
            } else {
                out.append(upperNext ? Character.toUpperCase(c) : constant ? Character.toLowerCase(c) : c);
                upperNext = false;
            }
        }
        return out.toString();
    }
}
