package org.fanoutlab.ui.lab.live;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.fanoutlab.analysis.LogScale;
import org.fanoutlab.engine.Limits;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.ui.common.NumberInput;
import org.fanoutlab.ui.lab.controls.LogParameter;
import org.fanoutlab.ui.lab.controls.ParameterChange;

/**
 * The Lab's "Servers" controls, one log-scale slider with typed text each: how often consumers poll, from how
 * many followers a producer counts as a celebrity, how fast the fan-out writes, and how many posts the cache
 * keeps. They are shown, reset and sent together, as {@link ProducerControls} are for each producer.
 */
public record ServerControls(LogParameter pollInterval, LogParameter celebrityThreshold, LogParameter fanoutRate,
        LogParameter cacheCapacity) {
    static final LogScale POLL = new LogScale(1, 3600);
    static final LogScale THRESHOLD = new LogScale(1, Limits.MAX_PEOPLE);
    static final LogScale FANOUT_RATE = new LogScale(100, 100_000_000);
    static final LogScale CACHE = new LogScale(1, 10_000);
    /** Used for the rate slider when a scenario says "unlimited", so that unticking it lands somewhere sensible. */
    static final double DEFAULT_FANOUT_RATE = 1_000_000;

    /**
     * @param send      where a changed value goes
     * @param unlimited whether "unlimited" fan-out is ticked: then the rate slider is off and its value waits
     */
    static ServerControls sendingTo(Consumer<ParameterChange> send, BooleanSupplier unlimited) {
        return new ServerControls(
                new LogParameter(POLL, v -> Math.round(v * 10) / 10.0,
                        t -> NumberInput.parseSeconds(t, POLL.min(), POLL.max()), NumberInput::formatSeconds,
                        ParameterChange.SetPollInterval::new, send),
                new LogParameter(THRESHOLD, Math::rint,
                        t -> NumberInput.parseCount(t, THRESHOLD.min(), THRESHOLD.max()), NumberInput::formatCount,
                        v -> new ParameterChange.SetCelebrityThreshold((long) v), send),
                new LogParameter(FANOUT_RATE, ServerControls::roundRate,
                        t -> NumberInput.parseCount(t, FANOUT_RATE.min(), FANOUT_RATE.max()), NumberInput::formatCount,
                        ParameterChange.SetFanoutRate::new, c -> {
                            if (!unlimited.getAsBoolean()) {
                                send.accept(c);
                            }
                        }),
                new LogParameter(CACHE, Math::rint,
                        t -> NumberInput.parseCount(t, CACHE.min(), CACHE.max()), NumberInput::formatCount,
                        v -> new ParameterChange.SetCacheCapacity((int) v), send));
    }

    /** Every slider shows {@code s}'s value, and sends nothing: the run has these values already. */
    void reset(Scenario s) {
        pollInterval.reset(s.pollIntervalSeconds());
        celebrityThreshold.reset(s.celebrityThreshold());
        fanoutRate.reset(s.fanoutWritesPerSecond() == 0 ? DEFAULT_FANOUT_RATE : s.fanoutWritesPerSecond());
        cacheCapacity.reset(s.cacheCapacity());
    }

    private static double roundRate(double v) {
        // two significant figures: "1.2M writes/s" reads better than "1,234,567"
        double mag = Math.pow(10, Math.floor(Math.log10(v)) - 1);
        return Math.round(v / mag) * mag;
    }
}
