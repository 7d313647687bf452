package org.fanoutlab.ui.lab.controls;

import java.util.function.Consumer;
import org.fanoutlab.engine.Producer;
import org.fanoutlab.analysis.LogScale;
import org.fanoutlab.ui.common.Messages;
import org.fanoutlab.ui.common.NumberInput;
import org.fanoutlab.ui.common.InputResult;

/** The follower-count and posting-pace controls of one producer. */
public final class ProducerControls {
    /** Posting pace range: one post in ten hours up to one a second. */
    static final LogScale PACE = new LogScale(0.1, 3600);

    private final int index;
    private final String name;
    private final LogParameter followers;
    private final LogParameter postsPerHour;

    public ProducerControls(int index, Producer producer, long consumers, Consumer<ParameterChange> sink) {
        this.index = index;
        this.name = producer.name();
        this.followers = new LogParameter(followerScale(consumers), Math::rint,
                t -> followerInput(t, consumers), NumberInput::formatCount,
                v -> new ParameterChange.SetFollowers(index, (long) v), sink);
        this.postsPerHour = new LogParameter(PACE, v -> Math.round(v * 100) / 100.0,
                t -> NumberInput.parseCount(t, 0, PACE.max()), NumberInput::trim,
                v -> new ParameterChange.SetPostsPerHour(index, v), sink);
        reset(producer);
    }

    /** Shows {@code producer}'s values without sending a change (the run has them already). */
    public void reset(Producer producer) {
        followers.reset(producer.followers());
        postsPerHour.reset(producer.postsPerHour());
    }

    /**
     * A producer cannot have more followers than there are consumers, and the engine has no live change of the
     * audience size, so the slider stops at the scenario's consumer count.
     */
    static LogScale followerScale(long consumers) {
        return new LogScale(1, Math.max(2, consumers));
    }

    private static InputResult followerInput(String text, long consumers) {
        InputResult r = NumberInput.parseCount(text, 1, Double.MAX_VALUE);
        if (r.isOk() && r.value() > consumers) {
            return InputResult.problem(Messages.format("lab.control.followers.tooMany",
                    NumberInput.formatCount(consumers)));
        }
        return r;
    }

    public int index() {
        return index;
    }

    public String name() {
        return name;
    }

    public LogParameter followers() {
        return followers;
    }

    public LogParameter postsPerHour() {
        return postsPerHour;
    }
}
