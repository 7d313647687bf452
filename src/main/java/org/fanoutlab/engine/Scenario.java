package org.fanoutlab.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.fanoutlab.engine.lanes.LaneSpec;

/**
 * A workload and the system that serves it (docs/decisions/0002-engine-semantics.md). Invariants hold on
 * construction, so every {@code Scenario} the engine sees is valid; file-level errors with line and column, and
 * runs too big for the engine ({@link RunBudget}), are the reader's job.
 *
 * @param description free text, may be empty (never null)
 * @param fanoutWritesPerSecond 0 means unlimited (every write completes at the post's instant)
 * @param lanes optional delivery lanes fed by the first producer's posts ({@code engine.lanes}); empty when the
 *              file has none, and then nothing behaves differently
 */
public record Scenario(
        String name,
        String description,
        Model model,
        double durationSeconds,
        long seed,
        long consumers,
        List<Producer> producers,
        double pollIntervalSeconds,
        long celebrityThreshold,
        double fanoutWritesPerSecond,
        int cacheCapacity,
        List<LaneSpec> lanes) {

    /** A scenario without delivery lanes (the original eleven fields). */
    public Scenario(String name, String description, Model model, double durationSeconds, long seed, long consumers,
            List<Producer> producers, double pollIntervalSeconds, long celebrityThreshold,
            double fanoutWritesPerSecond, int cacheCapacity) {
        this(name, description, model, durationSeconds, seed, consumers, producers, pollIntervalSeconds,
                celebrityThreshold, fanoutWritesPerSecond, cacheCapacity, List.of());
    }

    public Scenario {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        Objects.requireNonNull(model, "model");
        producers = List.copyOf(producers);
        lanes = lanes == null ? List.of() : List.copyOf(lanes);
        if (!(durationSeconds > 0) || durationSeconds > Limits.MAX_DURATION_SECONDS) {
            throw new IllegalArgumentException("durationSeconds must be above 0 and at most 30 days, was " + durationSeconds);
        }
        if (consumers < 1 || consumers > Limits.MAX_PEOPLE) {
            throw new IllegalArgumentException("consumers must be 1 to " + Limits.MAX_PEOPLE + ", was " + consumers);
        }
        if (producers.isEmpty() || producers.size() > Limits.MAX_PRODUCERS) {
            throw new IllegalArgumentException("producers must name 1 to " + Limits.MAX_PRODUCERS
                    + " producers, named " + producers.size());
        }
        if (lanes.size() > Limits.MAX_LANES) {
            throw new IllegalArgumentException("lanes may list at most " + Limits.MAX_LANES + " lanes, listed "
                    + lanes.size());
        }
        for (Producer p : producers) {
            if (p.followers() > consumers) {
                throw new IllegalArgumentException("producer '" + p.name() + "' has " + p.followers()
                        + " followers but there are only " + consumers + " consumers");
            }
        }
        if (!(pollIntervalSeconds >= Limits.MIN_POLL_INTERVAL_SECONDS)
                || pollIntervalSeconds > Limits.MAX_DURATION_SECONDS) {
            throw new IllegalArgumentException("pollIntervalSeconds must be " + Limits.MIN_POLL_INTERVAL_SECONDS
                    + " to " + Limits.MAX_DURATION_SECONDS + ", was " + pollIntervalSeconds);
        }
        if (celebrityThreshold < 1) {
            throw new IllegalArgumentException("celebrityThreshold must be 1 or more, was " + celebrityThreshold);
        }
        if (!(fanoutWritesPerSecond >= 0) || Double.isInfinite(fanoutWritesPerSecond)) {
            throw new IllegalArgumentException("fanoutWritesPerSecond must be 0 (unlimited) or more, was " + fanoutWritesPerSecond);
        }
        if (cacheCapacity < 1 || cacheCapacity > Limits.MAX_CACHE_CAPACITY) {
            throw new IllegalArgumentException("cacheCapacity must be 1 to " + Limits.MAX_CACHE_CAPACITY + ", was "
                    + cacheCapacity);
        }
    }

    /** Whether the hybrid model pulls this producer's posts instead of pushing them. */
    public boolean isCelebrity(Producer p) {
        return p.followers() >= celebrityThreshold;
    }

    public Scenario withModel(Model m) {
        return new Scenario(name, description, m, durationSeconds, seed, consumers, producers,
                pollIntervalSeconds, celebrityThreshold, fanoutWritesPerSecond, cacheCapacity, lanes);
    }

    public Scenario withSeed(long s) {
        return new Scenario(name, description, model, durationSeconds, s, consumers, producers,
                pollIntervalSeconds, celebrityThreshold, fanoutWritesPerSecond, cacheCapacity, lanes);
    }

    public Scenario withPollIntervalSeconds(double v) {
        return new Scenario(name, description, model, durationSeconds, seed, consumers, producers,
                v, celebrityThreshold, fanoutWritesPerSecond, cacheCapacity, lanes);
    }

    public Scenario withCelebrityThreshold(long v) {
        return new Scenario(name, description, model, durationSeconds, seed, consumers, producers,
                pollIntervalSeconds, v, fanoutWritesPerSecond, cacheCapacity, lanes);
    }

    public Scenario withFanoutWritesPerSecond(double v) {
        return new Scenario(name, description, model, durationSeconds, seed, consumers, producers,
                pollIntervalSeconds, celebrityThreshold, v, cacheCapacity, lanes);
    }

    public Scenario withCacheCapacity(int v) {
        return new Scenario(name, description, model, durationSeconds, seed, consumers, producers,
                pollIntervalSeconds, celebrityThreshold, fanoutWritesPerSecond, v, lanes);
    }

    public Scenario withConsumers(long v) {
        return new Scenario(name, description, model, durationSeconds, seed, v, producers,
                pollIntervalSeconds, celebrityThreshold, fanoutWritesPerSecond, cacheCapacity, lanes);
    }

    public Scenario withDurationSeconds(double v) {
        return new Scenario(name, description, model, v, seed, consumers, producers,
                pollIntervalSeconds, celebrityThreshold, fanoutWritesPerSecond, cacheCapacity, lanes);
    }

    public Scenario withProducer(int index, Producer p) {
        List<Producer> copy = new ArrayList<>(producers);
        copy.set(index, p);
        return new Scenario(name, description, model, durationSeconds, seed, consumers, copy,
                pollIntervalSeconds, celebrityThreshold, fanoutWritesPerSecond, cacheCapacity, lanes);
    }

    /** The same scenario with these delivery lanes (empty for none). */
    public Scenario withLanes(List<LaneSpec> v) {
        return new Scenario(name, description, model, durationSeconds, seed, consumers, producers,
                pollIntervalSeconds, celebrityThreshold, fanoutWritesPerSecond, cacheCapacity, v);
    }
}
