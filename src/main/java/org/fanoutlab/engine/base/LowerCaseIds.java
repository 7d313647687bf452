package org.fanoutlab.engine.base;

import java.util.Locale;

/**
 * The file spelling of the engine's small enums ({@code push}, {@code poisson}, {@code block}): the constant's
 * name in lower case, one rule for all so that files, reports and messages agree.
 */
public final class LowerCaseIds {
    private LowerCaseIds() {
    }

    public static String id(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param what the field's name for the message, e.g. {@code model}
     * @throws IllegalArgumentException naming the accepted values ("expected push, pull or hybrid") when {@code id}
     *                                  spells none of them
     */
    public static <E extends Enum<E>> E fromId(Class<E> type, String id, String what) {
        E[] all = type.getEnumConstants();
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < all.length; i++) {
            if (id(all[i]).equals(id)) {
                return all[i];
            }
            expected.append(i == 0 ? "" : i == all.length - 1 ? " or " : ", ").append(id(all[i]));
        }
        throw new IllegalArgumentException("unknown " + what + " '" + id + "' (expected " + expected + ")");
    }
}
