package org.fanoutlab.content;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A part of the fan-out stage a checkpoint can point at ({@code focus:}); {@link #id()} is how a lesson spells it. */
public enum StagePart {
    PRODUCERS, FANOUT, QUEUE, CACHES, DATABASE, CONSUMERS;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return null when {@code id} names no part */
    public static StagePart fromId(String id) {
        return Arrays.stream(values()).filter(p -> p.id().equals(id)).findFirst().orElse(null);
    }

    /** "producers, fanout, … or consumers", for messages. */
    static String spelled() {
        String all = Arrays.stream(values()).map(StagePart::id).collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return all.substring(0, last) + " or " + all.substring(last + 2);
    }
}
