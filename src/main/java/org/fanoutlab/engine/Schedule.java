package org.fanoutlab.engine;

import java.util.Locale;

/** When a producer posts. */
public enum Schedule {
    /** Posts at (k + 0.5) × 3600 / postsPerHour seconds, k = 0, 1, … */
    UNIFORM,
    /** Exponential gaps drawn from the scenario's seed. */
    POISSON;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Schedule fromId(String id) {
        for (Schedule s : values()) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown schedule '" + id + "' (expected uniform or poisson)");
    }
}
