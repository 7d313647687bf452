package org.fanoutlab.analysis;

import java.util.ArrayList;
import java.util.List;
import org.fanoutlab.engine.Producer;
import org.fanoutlab.engine.Scenario;

/**
 * A sweep's stand-in for a workload too big to run a dozen times while the learner waits: the same posting
 * pace, refresh interval and duration, with every audience (consumers, followers, fan-out rate) shrunk by one
 * factor. Per-consumer figures (empty checks per useful one, delivery delays) keep their meaning; totals are
 * scaled back up by {@link #unscale}. The engine itself does the same above a million consumers (it simulates
 * a sample), so this only changes how far the sampling goes. Deterministic: the factor depends on the
 * scenario alone, never on how fast the machine is.
 *
 * @param factor 1 when the workload was small enough to run as it is
 */
public record ScaleModel(Scenario scenario, double factor) {
    /** Estimated engine operations a sweep run may take (about a second or two on a laptop). */
    static final double DEFAULT_BUDGET = 20_000_000;
    /** Fewer consumers than this and the per-consumer figures get too coarse to compare. */
    static final long MIN_CONSUMERS = 1_000;
    /**
     * A delivery costs the engine about ten times a check (measured on the presets: a pulled post is merged
     * into every follower's answer; a pushed one is written and evicted later).
     */
    private static final double DELIVERY_WEIGHT = 10;

    /**
     * The engine's work for {@code s}, whatever its model: one unit per check and per producer timeline queried
     * at a check, {@link #DELIVERY_WEIGHT} per delivery.
     */
    static double work(Scenario s) {
        double rounds = s.durationSeconds() / s.pollIntervalSeconds();
        double followers = 0;
        double deliveries = 0;
        for (Producer p : s.producers()) {
            followers += p.followers();
            deliveries += p.followers() * p.postsPerHour() * s.durationSeconds() / 3600;
        }
        return s.consumers() * rounds + followers * rounds + DELIVERY_WEIGHT * deliveries;
    }

    /** {@code s} itself when its {@link #work} is within {@code budget}, else a scaled-down copy that is. */
    static ScaleModel within(Scenario s, double budget) {
        double w = work(s);
        if (w <= budget || s.consumers() <= MIN_CONSUMERS) {
            return new ScaleModel(s, 1);
        }
        long consumers = Math.max(MIN_CONSUMERS, Math.round(s.consumers() * budget / w));
        double f = consumers / (double) s.consumers();
        List<Producer> producers = new ArrayList<>();
        long smallestCelebrity = Long.MAX_VALUE;
        long largest = 1;
        for (Producer p : s.producers()) {
            long followers = Math.max(1, Math.min(consumers, Math.round(p.followers() * f)));
            producers.add(p.withFollowers(followers));
            largest = Math.max(largest, followers);
            if (s.isCelebrity(p)) {
                smallestCelebrity = Math.min(smallestCelebrity, followers);
            }
        }
        // the same producers must stay celebrities, or a hybrid run would be a different system
        long threshold = smallestCelebrity == Long.MAX_VALUE ? largest + 1 : smallestCelebrity;
        Scenario scaled = new Scenario(s.name(), s.description(), s.model(), s.durationSeconds(), s.seed(), consumers,
                producers, s.pollIntervalSeconds(), threshold, s.fanoutWritesPerSecond() * f, s.cacheCapacity());
        return new ScaleModel(scaled, f);
    }

    /** A total of the scaled run, as the full-size workload would have it. */
    long unscale(long count) {
        return factor == 1 ? count : Math.round(count / factor);
    }
}
