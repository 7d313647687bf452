package org.fanoutlab.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.fanoutlab.engine.Model;
import org.fanoutlab.engine.Producer;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.engine.Schedule;
import org.fanoutlab.engine.Simulation;
import org.fanoutlab.playback.EventBuffer;
import org.fanoutlab.playback.FanoutFrame;
import org.fanoutlab.playback.FanoutReplay;
import org.fanoutlab.playback.Playback;
import org.fanoutlab.playback.Published;
import org.fanoutlab.playback.SnapshotBudget;
import org.junit.jupiter.api.Test;

/** The transport the stage and the lanes share, over a real playback whose engine runs on the test's thread. */
class TransportViewModelTest {
    private static final long SECOND = 1_000_000_000L;

    /** The smallest screen over a transport: it counts what it is told to forget and shows each publication. */
    static final class Screen extends TransportViewModel<Playback<?, Consumer<Simulation>, EventBuffer, FanoutFrame>,
            FanoutFrame> {
        final List<Published<FanoutFrame>> shown = new ArrayList<>();
        int forgotten;

        Screen(Playback<?, Consumer<Simulation>, EventBuffer, FanoutFrame> playback) {
            super(playback, "stage.error");
            showTime(0);
        }

        @Override
        public void seek(double seconds) {
            playback.seek(seconds);
            showTime(playback.position());
        }

        void frame(long nanos) {
            tick(nanos);
            Published<FanoutFrame> p = takeUnshown();
            if (p != null) {
                shown.add(p);
            }
            showTime(playback.position());
            followPlayback();
        }

        @Override
        protected void forgetTheMoment() {
            forgotten++;
        }

        @Override
        protected String clock(double now, double duration) {
            return now + "/" + duration;
        }
    }

    /** An hour of a star and a friend posting to 10,000 consumers. */
    private static final Scenario HOUR = new Scenario("two", "", Model.PUSH, 3600, 7, 10_000,
            List.of(new Producer("star", 10_000, 4, Schedule.UNIFORM), new Producer("friend", 50, 2, Schedule.UNIFORM)),
            30, 5_000, 100_000, 800);

    /** A playback whose engine runs on the calling thread; {@code failure} stands for a crash on the worker. */
    private static Playback<?, Consumer<Simulation>, EventBuffer, FanoutFrame> playback(Throwable failure) {
        return new Playback<>(() -> new FanoutReplay(HOUR), EventBuffer::new,
                Runnable::run, new SnapshotBudget(1 << 24, 1)) {
            @Override
            public Throwable failure() {
                return failure;
            }
        };
    }

    @Test
    void playPauseAndToggleFollowThePlayback() {
        Screen s = new Screen(playback(null));
        s.togglePlay();
        assertThat(s.isPlaying()).isTrue();
        assertThat(s.playback().isPlaying()).isTrue();
        s.togglePlay();
        assertThat(s.isPlaying()).isFalse();
        assertThat(s.playback().isPlaying()).isFalse();
    }

    @Test
    void theClockMovesBySpeedTimesTheFrameTimeAtMostAQuarterSecondAFrame() {
        Screen s = new Screen(playback(null));
        s.setSpeed(10);
        s.play();
        s.frame(0);
        s.frame(SECOND / 10);
        assertThat(s.getSimSeconds()).isCloseTo(1.0, within(1e-9));
        assertThat(s.clockTextProperty().get()).isEqualTo(s.getSimSeconds() + "/3600.0");
        s.frame(SECOND / 10 + 5 * SECOND); // a stalled frame counts as a quarter second
        assertThat(s.getSimSeconds()).isCloseTo(1.0 + 10 * Playback.MAX_FRAME_SECONDS, within(1e-9));
    }

    @Test
    void speedIsClampedLabelledAndKeptOnTheLogSlider() {
        Screen s = new Screen(playback(null));
        s.setSpeed(1_000_000);
        assertThat(s.getSpeed()).isEqualTo(10_000);
        assertThat(s.speedTextProperty().get()).isEqualTo("10,000×");
        s.slower();
        assertThat(s.getSpeed()).isEqualTo(5_000);
        s.setSpeedPosition(0);
        assertThat(s.getSpeed()).isCloseTo(0.1, within(1e-12));
        assertThat(s.speedPosition()).isCloseTo(0, within(1e-9));
        assertThat(s.playback().speed()).isEqualTo(s.getSpeed());
    }

    @Test
    void jumpsMoveByATwentiethOfTheRunAndHomeAndEndGoToTheEdges() {
        Screen s = new Screen(playback(null));
        s.jump(2);
        assertThat(s.getSimSeconds()).isEqualTo(360);
        s.jump(-1);
        assertThat(s.getSimSeconds()).isEqualTo(180);
        s.seekToEnd();
        assertThat(s.getSimSeconds()).isEqualTo(3600);
        s.seekToStart();
        assertThat(s.getSimSeconds()).isZero();
    }

    @Test
    void eachPublicationIsShownOnceAndANewRunForgetsTheMoment() {
        Screen s = new Screen(playback(null));
        s.frame(0);
        s.frame(1);
        assertThat(s.shown).hasSize(1);
        int forgotten = s.forgotten;
        s.playback().restart();
        s.frame(2);
        assertThat(s.shown).hasSize(2);
        assertThat(s.shown.get(1).epoch()).isNotEqualTo(s.shown.get(0).epoch());
        assertThat(s.forgotten).isEqualTo(forgotten + 1);
    }

    @Test
    void aFailureOnTheWorkerIsSaidOnceAndPauses() {
        Screen s = new Screen(playback(new IllegalStateException("queue overflow")));
        assertThat(s.errorProperty().get()).isEmpty();
        s.play();
        s.frame(0);
        assertThat(s.errorProperty().get()).isEqualTo("The simulation stopped: queue overflow");
        assertThat(s.isPlaying()).isFalse();
        assertThat(s.playback().isPlaying()).isFalse();
    }

    @Test
    void disposeStopsTheWorker() {
        Screen s = new Screen(playback(null));
        s.play();
        s.dispose();
        assertThat(s.isPlaying()).isFalse();
        assertThat(s.playback().isClosed()).isTrue();
    }
}
