package org.fanoutlab.engine;

import org.fanoutlab.engine.base.LowerCaseId;
import org.fanoutlab.engine.base.LowerCaseIds;

/** When a producer posts. */
public enum Schedule implements LowerCaseId {
    /** Posts at (k + 0.5) × 3600 / postsPerHour seconds, k = 0, 1, … */
    UNIFORM,
    /** Exponential gaps drawn from the scenario's seed. */
    POISSON;

    public static Schedule fromId(String id) {
        return LowerCaseIds.fromId(Schedule.class, id, "schedule");
    }
}
