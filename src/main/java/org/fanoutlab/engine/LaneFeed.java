package org.fanoutlab.engine;

import org.fanoutlab.engine.base.SeededRandom;

/**
 * When the posts that feed every lane come (ADR 0007): the first producer's schedule and pace, and its next post.
 * Uniform posts fall on the fan-out engine's grid, {@code (k + 0.5) × 3600 / postsPerHour}; poisson gaps are drawn
 * from the lanes' own stream, passed in. Immutable: a copied run shares it.
 *
 * @param made     posts made so far (the next one's number)
 * @param uniformK the grid index of the next post (uniform schedule)
 * @param next     the next post's time; +∞ when the producer has stopped posting
 */
record LaneFeed(Schedule schedule, double postsPerHour, long made, long uniformK, double next) {

    /** The first post at or after {@code t}: the grid point there (uniform), or a fresh gap (poisson). */
    static LaneFeed from(double t, Schedule schedule, double postsPerHour, SeededRandom random) {
        return new LaneFeed(schedule, postsPerHour, 0, 0, Double.POSITIVE_INFINITY).rescheduledFrom(t, random);
    }

    /** The feed after its next post, made at {@code t}. */
    LaneFeed afterPost(double t, SeededRandom random) {
        double gap = 3600.0 / postsPerHour;
        if (schedule == Schedule.UNIFORM) {
            return new LaneFeed(schedule, postsPerHour, made + 1, uniformK + 1, PostTimes.uniform(uniformK + 1, gap));
        }
        return new LaneFeed(schedule, postsPerHour, made + 1, uniformK, t + random.exponential(gap));
    }

    /** At a new pace from {@code t} on (0 stops it). */
    LaneFeed withPostsPerHour(double pph, double t, SeededRandom random) {
        return new LaneFeed(schedule, pph, made, uniformK, next).rescheduledFrom(t, random);
    }

    /** The same rule as the fan-out engine: the uniform grid point at or after {@code t}, or a fresh gap. */
    private LaneFeed rescheduledFrom(double t, SeededRandom random) {
        if (postsPerHour <= 0) {
            return new LaneFeed(schedule, postsPerHour, made, uniformK, Double.POSITIVE_INFINITY);
        }
        double gap = 3600.0 / postsPerHour;
        if (schedule == Schedule.UNIFORM) {
            long k = PostTimes.firstUniformIndexAtOrAfter(t, gap);
            return new LaneFeed(schedule, postsPerHour, made, k, PostTimes.uniform(k, gap));
        }
        return new LaneFeed(schedule, postsPerHour, made, uniformK, t + random.exponential(gap));
    }
}
