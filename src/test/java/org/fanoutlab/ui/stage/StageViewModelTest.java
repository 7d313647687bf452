package org.fanoutlab.ui.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.fanoutlab.engine.EventKind;
import org.fanoutlab.engine.Model;
import org.fanoutlab.engine.Schedule;
import org.junit.jupiter.api.Test;

class StageViewModelTest {

    /** The test clock: frames are fed its nanoseconds, never the wall clock's. */
    private long nanos = 1_000_000_000L;

    private StageViewModel vm(FakeReplay src, double speed) {
        StageViewModel vm = new StageViewModel(src.playback());
        vm.setSpeed(speed);
        vm.frame(nanos); // the first frame only starts the clock
        return vm;
    }

    /** One frame, {@code seconds} of the test clock after the previous one. */
    private void frame(StageViewModel vm, double seconds) {
        nanos += Math.round(seconds * 1e9);
        vm.frame(nanos);
    }

    @Test
    void pushPostFliesToTheFanoutServiceThenOneWritePerWatchedCacheAfterItArrives() {
        FakeReplay src = new FakeReplay(FakeReplay.scene(Model.PUSH, 3))
                .add(EventKind.POST_MADE, 1.0, 0, -1, 200)
                .add(EventKind.WRITES_QUEUED, 1.0, 0, -1, 200)
                .add(EventKind.WRITE_DONE, 1.0, 0, 0, 0)
                .add(EventKind.WRITE_DONE, 1.0, 0, 2, 0);
        StageViewModel vm = vm(src, 10);
        vm.play();
        frame(vm, 0.2); // clock 2 s: all four events released

        TokenPool t = vm.choreography().tokens();
        assertThat(t.has(TokenStyle.POST_REGULAR, Anchors.producer(0), Anchors.FANOUT)).isTrue();
        assertThat(t.has(TokenStyle.WRITE_REGULAR, Anchors.FANOUT, Anchors.cache(0))).isTrue();
        assertThat(t.has(TokenStyle.WRITE_REGULAR, Anchors.FANOUT, Anchors.cache(2))).isTrue();
        assertThat(t.count(TokenStyle.WRITE_REGULAR)).isEqualTo(2);
        assertThat(vm.tally().consumer(0).cacheWrites()).isEqualTo(1);
        assertThat(vm.tally().consumer(1).cacheWrites()).isZero();
        assertThat(vm.tally().producerPosts(0)).isEqualTo(1);
        assertThat(vm.tally().queueProducer()).isZero();
        // Writes leave only once the post has reached the fan-out service.
        for (int i = 0; i < t.size(); i++) {
            if (t.style(i) == TokenStyle.WRITE_REGULAR) {
                assertThat(t.start(i)).isGreaterThanOrEqualTo(vm.choreography().animNow() - 0.2 + Choreography.FLIGHT_SECONDS - 1e-9);
            }
        }
    }

    @Test
    void celebrityPostInPushIsACelebrityCircleAndItsWritesAreSquares() {
        FakeReplay src = new FakeReplay(FakeReplay.scene(Model.PUSH, 2))
                .add(EventKind.POST_MADE, 1.0, 1, -1, 50_000_000)
                .add(EventKind.WRITE_DONE, 3.0, 1, 1, 0);
        StageViewModel vm = vm(src, 10);
        vm.play();
        frame(vm, 0.2);
        assertThat(vm.choreography().tokens().has(TokenStyle.POST_CELEBRITY, Anchors.producer(1), Anchors.FANOUT)).isTrue();
        assertThat(vm.choreography().tokens().has(TokenStyle.WRITE_CELEBRITY, Anchors.FANOUT, Anchors.cache(1))).isFalse();
        frame(vm, 0.2); // 4 s: the watched follower's write is done
        assertThat(vm.choreography().tokens().has(TokenStyle.WRITE_CELEBRITY, Anchors.FANOUT, Anchors.cache(1))).isTrue();
        assertThat(TokenStyle.WRITE_CELEBRITY.shape()).isNotEqualTo(TokenStyle.POST_CELEBRITY.shape());
    }

    @Test
    void pullCheckGoesToTheDatabaseAndEmptyAnswersAreHollowWhileUsefulOnesAreFilled() {
        FakeReplay src = new FakeReplay(FakeReplay.scene(Model.PULL, 2))
                .add(EventKind.CHECK_SENT, 1.0, -1, 0, 2)
                .add(EventKind.CHECK_EMPTY, 1.0, -1, 0, 0)
                .add(EventKind.CHECK_SENT, 1.5, -1, 1, 1)
                .add(EventKind.CHECK_USEFUL, 1.5, -1, 1, 1);
        StageViewModel vm = vm(src, 10);
        vm.play();
        frame(vm, 0.2);

        TokenPool t = vm.choreography().tokens();
        assertThat(t.has(TokenStyle.CHECK, Anchors.phone(0), Anchors.DATABASE)).isTrue();
        assertThat(t.has(TokenStyle.ANSWER_EMPTY, Anchors.DATABASE, Anchors.phone(0))).isTrue();
        assertThat(t.has(TokenStyle.ANSWER_USEFUL, Anchors.DATABASE, Anchors.phone(1))).isTrue();
        assertThat(TokenStyle.ANSWER_EMPTY.shape()).isEqualTo(TokenStyle.Shape.RING);
        assertThat(TokenStyle.ANSWER_USEFUL.shape()).isEqualTo(TokenStyle.Shape.CIRCLE);
        assertThat(vm.tally().consumer(0).emptyAnswers()).isEqualTo(1);
        assertThat(vm.tally().consumer(1).usefulAnswers()).isEqualTo(1);
        assertThat(vm.tally().consumer(0).checksSent() + vm.tally().consumer(1).checksSent()).isEqualTo(2);
        assertThat(vm.getMetrics().emptyChecks()).isEqualTo(1);
        assertThat(vm.getMetrics().usefulChecks()).isEqualTo(1);
    }

    @Test
    void pullAnswerLeavesOnlyWhenTheCheckHasArrived() {
        FakeReplay src = new FakeReplay(FakeReplay.scene(Model.PULL, 1))
                .add(EventKind.CHECK_SENT, 1.0, -1, 0, 2)
                .add(EventKind.CHECK_EMPTY, 1.0, -1, 0, 0);
        StageViewModel vm = vm(src, 10);
        vm.play();
        frame(vm, 0.2);
        TokenPool t = vm.choreography().tokens();
        double checkStart = -1;
        double answerStart = -1;
        for (int i = 0; i < t.size(); i++) {
            if (t.style(i) == TokenStyle.CHECK) {
                checkStart = t.start(i);
            } else if (t.style(i) == TokenStyle.ANSWER_EMPTY) {
                answerStart = t.start(i);
            }
        }
        assertThat(answerStart - checkStart).isCloseTo(Choreography.FLIGHT_SECONDS, within(1e-9));
    }

    @Test
    void hybridCheckQueriesTheCelebrityAndMergesItsPostIntoTheCacheAtReadTime() {
        FakeReplay src = new FakeReplay(FakeReplay.scene(Model.HYBRID, 2))
                .add(EventKind.POST_MADE, 0.5, 1, -1, 50_000_000)
                .add(EventKind.POST_MADE, 0.6, 0, -1, 200)
                .add(EventKind.CHECK_SENT, 1.0, -1, 0, 1)
                .add(EventKind.MERGE_AT_READ, 1.0, 1, 0, 1)
                .add(EventKind.CHECK_USEFUL, 1.0, -1, 0, 1);
        StageViewModel vm = vm(src, 10);
        vm.play();
        frame(vm, 0.2);

        TokenPool t = vm.choreography().tokens();
        // The celebrity's post is only stored; the regular one is pushed.
        assertThat(t.has(TokenStyle.POST_CELEBRITY, Anchors.producer(1), Anchors.DATABASE)).isTrue();
        assertThat(t.has(TokenStyle.POST_REGULAR, Anchors.producer(0), Anchors.FANOUT)).isTrue();
        // Check: phone → its cache → database; the celebrity post comes back as a merge into the cache.
        assertThat(t.has(TokenStyle.CHECK, Anchors.phone(0), Anchors.cache(0))).isTrue();
        assertThat(t.has(TokenStyle.CHECK, Anchors.cache(0), Anchors.DATABASE)).isTrue();
        assertThat(t.has(TokenStyle.MERGE, Anchors.DATABASE, Anchors.cache(0))).isTrue();
        assertThat(t.has(TokenStyle.ANSWER_USEFUL, Anchors.cache(0), Anchors.phone(0))).isTrue();
        assertThat(vm.tally().consumer(0).merges()).isEqualTo(1);
        assertThat(vm.lastActionProperty().get()).contains("phone 1");
    }

    @Test
    void clockAdvancesBySpeedTimesWallTimeAndPauseFreezesClockAndTokens() {
        FakeReplay src = new FakeReplay(FakeReplay.scene(Model.PULL, 1))
                .add(EventKind.CHECK_SENT, 1.0, -1, 0, 2);
        StageViewModel vm = vm(src, 50);
        vm.play();
        frame(vm, 0.1);
        assertThat(vm.getSimSeconds()).isCloseTo(5.0, within(1e-9));
        assertThat(src.trace().lastAdvance).isCloseTo(5.0, within(1e-9));
        double anim = vm.choreography().animNow();
        int tokens = vm.choreography().tokens().size();

        vm.pause();
        frame(vm, 0.1);
        frame(vm, 0.1);
        assertThat(vm.getSimSeconds()).isCloseTo(5.0, within(1e-9));
        assertThat(vm.choreography().animNow()).isEqualTo(anim);
        assertThat(vm.choreography().tokens().size()).isEqualTo(tokens);
    }

    @Test
    void aStalledFrameNeverJumpsTheClockMoreThanAQuarterSecondOfWallTime() {
        StageViewModel vm = vm(new FakeReplay(FakeReplay.scene(Model.PUSH, 1)), 10);
        vm.play();
        frame(vm, 5.0);
        assertThat(vm.getSimSeconds()).isCloseTo(2.5, within(1e-9));
    }

    @Test
    void stepJumpsToTheNextEventAndReleasesEverythingAtThatInstantOnly() {
        FakeReplay src = new FakeReplay(FakeReplay.scene(Model.PUSH, 2))
                .add(EventKind.POST_MADE, 42.0, 0, -1, 200)
                .add(EventKind.WRITE_DONE, 42.0, 0, 0, 0)
                .add(EventKind.CHECK_SENT, 50.0, -1, 1, 0);
        StageViewModel vm = vm(src, 1);
        vm.step();
        frame(vm, 0.016);
        assertThat(vm.isPlaying()).isFalse();
        assertThat(vm.getSimSeconds()).isEqualTo(42.0);
        assertThat(vm.tally().producerPosts(0)).isEqualTo(1);
        assertThat(vm.tally().consumer(0).cacheWrites()).isEqualTo(1);
        assertThat(vm.tally().consumer(1).checksSent()).isZero();
        // Paused, yet the step's tokens play out.
        double anim = vm.choreography().animNow();
        frame(vm, 0.1);
        assertThat(vm.choreography().animNow()).isGreaterThan(anim);

        vm.step();
        frame(vm, 0.016);
        assertThat(vm.getSimSeconds()).isEqualTo(50.0);
        assertThat(vm.tally().consumer(1).checksSent()).isEqualTo(1);
    }

    @Test
    void eventLogKeepsWhatHappenedAsTextWithTheSimulatedTimeAndResetClearsIt() {
        FakeReplay src = new FakeReplay(FakeReplay.scene(Model.PUSH, 2))
                .add(EventKind.POST_MADE, 42.0, 0, -1, 200)
                .add(EventKind.WRITE_DONE, 42.0, 0, 0, 0)
                .add(EventKind.CHECK_SENT, 50.0, -1, 1, 0);
        StageViewModel vm = vm(src, 1);
        vm.step();
        frame(vm, 0.016);
        vm.step();
        frame(vm, 0.016);

        assertThat(vm.eventLog()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(vm.eventLog().get(0)).startsWith("42");
        assertThat(vm.eventLog().get(vm.eventLog().size() - 1)).startsWith("50").isNotBlank();

        vm.reset();
        assertThat(vm.eventLog()).isEmpty();
    }

    @Test
    void speedStepsThroughTheLadderAndStaysWithinATenthToTenThousand() {
        StageViewModel vm = vm(new FakeReplay(FakeReplay.scene(Model.PUSH, 1)), 10);
        vm.faster();
        assertThat(vm.getSpeed()).isEqualTo(20);
        vm.slower();
        vm.slower();
        assertThat(vm.getSpeed()).isEqualTo(5);
        assertThat(vm.speedTextProperty().get()).isEqualTo("5×");
        vm.setSpeed(1e9);
        assertThat(vm.getSpeed()).isEqualTo(10_000);
        vm.faster();
        assertThat(vm.getSpeed()).isEqualTo(10_000);
        vm.setSpeed(0.001);
        assertThat(vm.getSpeed()).isEqualTo(0.1);
        vm.setSpeedPosition(1);
        assertThat(vm.getSpeed()).isCloseTo(10_000, within(1e-6));
        vm.setSpeedPosition(0.6); // three decades up from 0.1×
        assertThat(vm.getSpeed()).isCloseTo(100, within(1e-6));
        assertThat(vm.speedPosition()).isCloseTo(0.6, within(1e-9));
    }

    @Test
    void defaultSpeedShowsOnePollIntervalInAboutThreeSeconds() {
        StageViewModel vm = new StageViewModel(new FakeReplay(FakeReplay.scene(Model.PULL, 1)).playback());
        assertThat(vm.getSpeed()).isEqualTo(10); // 30 s poll
    }

    @Test
    void reducedMotionHighlightsTheComponentThatActedInsteadOfFlyingTokens() {
        FakeReplay src = new FakeReplay(FakeReplay.scene(Model.PULL, 1))
                .add(EventKind.CHECK_SENT, 1.0, -1, 0, 2)
                .add(EventKind.CHECK_EMPTY, 1.0, -1, 0, 0);
        StageViewModel vm = vm(src, 10);
        vm.setReducedMotion(true);
        vm.play();
        frame(vm, 0.2);
        assertThat(vm.choreography().tokens().size()).isZero();
        // The database got the check now; the phone's empty answer lights up one hop later, step by step.
        assertThat(vm.choreography().highlight(Anchors.DATABASE)).isGreaterThan(0);
        assertThat(vm.choreography().highlightStyle(Anchors.DATABASE)).isEqualTo(TokenStyle.CHECK);
        assertThat(vm.choreography().highlight(Anchors.phone(0))).isZero();
        frame(vm, 0.25);
        frame(vm, 0.25);
        assertThat(vm.choreography().highlight(Anchors.phone(0))).isGreaterThan(0);
        assertThat(vm.choreography().highlightStyle(Anchors.phone(0))).isEqualTo(TokenStyle.ANSWER_EMPTY);
        assertThat(vm.tally().consumer(0).emptyAnswers()).isEqualTo(1);
    }

    @Test
    void resetReturnsToTimeZeroPausedWithCountersAndTokensCleared() {
        FakeReplay src = new FakeReplay(FakeReplay.scene(Model.PULL, 1))
                .add(EventKind.CHECK_SENT, 1.0, -1, 0, 2)
                .add(EventKind.CHECK_EMPTY, 1.0, -1, 0, 0);
        StageViewModel vm = vm(src, 10);
        vm.play();
        frame(vm, 0.2);
        assertThat(vm.tally().consumer(0).emptyAnswers()).isEqualTo(1);
        vm.reset();
        assertThat(src.trace().freshRuns).isEqualTo(1);
        assertThat(vm.getSimSeconds()).isZero();
        assertThat(vm.isPlaying()).isFalse();
        assertThat(vm.tally().consumer(0).emptyAnswers()).isZero();
        assertThat(vm.choreography().tokens().size()).isZero();
        assertThat(vm.clockTextProperty().get()).startsWith("0.0 s");
    }

    @Test
    void runStopsAtTheEndAndPlayAfterTheEndStartsAgain() {
        FakeReplay src = new FakeReplay(FakeReplay.scene(Model.PUSH, 1));
        StageViewModel vm = vm(src, 10_000);
        vm.play();
        frame(vm, 0.1);
        frame(vm, 0.1);
        frame(vm, 0.1);
        frame(vm, 0.1); // 4,000 s > 3,600 s duration
        assertThat(vm.getSimSeconds()).isEqualTo(3600);
        assertThat(vm.isPlaying()).isFalse();
        assertThat(vm.finishedProperty().get()).isTrue();
        vm.play();
        assertThat(vm.getSimSeconds()).isZero();
        assertThat(vm.isPlaying()).isTrue();
    }

    @Test
    void hoveringAComponentExplainsWhatItCostsWithTheScenariosNumbers() {
        StageViewModel vm = vm(new FakeReplay(FakeReplay.scene(Model.PUSH, 1)), 10);
        vm.hover(Anchors.producer(1));
        assertThat(vm.infoProperty().get()).contains("celebrity").contains("50,000,000 writes");
        vm.hover(Anchors.CROWD);
        assertThat(vm.infoProperty().get()).contains("49,999,999");
        vm.hover(Anchors.NONE);
        assertThat(vm.infoProperty().get()).isEmpty();
    }

    @Test
    void pushCheckIsALocalCacheReadWithNoAnswerTravelling() {
        FakeReplay src = new FakeReplay(FakeReplay.scene(Model.PUSH, 1))
                .add(EventKind.CHECK_SENT, 1.0, -1, 0, 2)
                .add(EventKind.CHECK_EMPTY, 1.0, -1, 0, 0);
        StageViewModel vm = vm(src, 10);
        vm.play();
        frame(vm, 0.2);
        assertThat(vm.choreography().tokens().has(TokenStyle.CHECK, Anchors.phone(0), Anchors.cache(0))).isTrue();
        assertThat(vm.choreography().tokens().count(TokenStyle.ANSWER_EMPTY)).isZero();
        assertThat(vm.tally().consumer(0).checksSent()).isEqualTo(1);
    }

    @Test
    void aPulledPostQueuesNothingSoTheCrowdKeepsTheLastPushedPostsFill() {
        FakeReplay src = new FakeReplay(FakeReplay.scene(Model.HYBRID, 1))
                .add(EventKind.POST_MADE, 1.0, 0, -1, 200)
                .add(EventKind.WRITES_QUEUED, 1.0, 0, -1, 200)
                .add(EventKind.POST_MADE, 1.5, 1, -1, 50_000_000)
                .add(EventKind.WRITES_QUEUED, 1.5, 1, -1, 0);
        StageViewModel vm = vm(src, 10);
        vm.play();
        frame(vm, 0.2);
        assertThat(vm.tally().queueProducer()).isZero();
        assertThat(vm.crowdFill()).isEqualTo(1.0); // the fake reports producer 0 fully fanned out
        assertThat(vm.lastActionProperty().get()).isEqualTo(
                "celebrity's post is stored once in the posts database: nothing to fan out");
    }

    @Test
    void hourlyPostsOpenTheStageJustBeforeTheFirstPostWithTheQuietStretchCountedNotAnimated() {
        FakeReplay src = new FakeReplay(FakeReplay.scene(Model.PULL, 1, Schedule.UNIFORM))
                .add(EventKind.CHECK_SENT, 10.0, -1, 0, 2)
                .add(EventKind.CHECK_EMPTY, 10.0, -1, 0, 0)
                .add(EventKind.POST_MADE, 900.0, 0, -1, 200);
        StageViewModel vm = vm(src, 10);
        // First post at 900 s (2 per hour, uniform); lead-in of two 30 s polls, on the poll grid.
        assertThat(vm.startSeconds()).isEqualTo(840.0);
        assertThat(vm.getSimSeconds()).isEqualTo(840.0);
        assertThat(src.trace().lastAdvance).isEqualTo(840.0);
        frame(vm, 0.016);
        assertThat(vm.tally().consumer(0).checksSent()).isEqualTo(1);
        assertThat(vm.tally().consumer(0).emptyAnswers()).isEqualTo(1);
        assertThat(vm.choreography().tokens().size()).isZero();
        vm.step();
        frame(vm, 0.016);
        assertThat(vm.getSimSeconds()).isEqualTo(900.0);
        assertThat(vm.choreography().tokens().has(TokenStyle.POST_REGULAR, Anchors.producer(0), Anchors.DATABASE)).isTrue();
        vm.reset();
        assertThat(vm.getSimSeconds()).isEqualTo(840.0);
    }

    @Test
    void clockTextShowsTenthsAndHours() {
        assertThat(TimeText.format(42.25)).isEqualTo("42.2 s");
        assertThat(TimeText.format(723.4)).isEqualTo("12:03.4");
        assertThat(TimeText.format(3600)).isEqualTo("1:00:00.0");
    }

    @Test
    void disposeStopsThePlayback() {
        FakeReplay src = new FakeReplay(FakeReplay.scene(Model.PUSH, 1));
        StageViewModel vm = vm(src, 10);
        vm.dispose();
        assertThat(vm.playback().isClosed()).isTrue();
    }

    @Test
    void aCheckpointPausesTheStageAtItsMomentOutlinesItsPartAndPlayGoesOn() {
        FakeReplay src = new FakeReplay(FakeReplay.scene(Model.PUSH, 1))
                .add(EventKind.POST_MADE, 1.0, 0, -1, 200)
                .add(EventKind.WRITES_QUEUED, 1.0, 0, -1, 200);
        StageViewModel vm = vm(src, 10);
        int[] reached = {0};
        vm.checkpoints().add(1.5, StagePart.QUEUE, () -> reached[0]++);
        vm.play();
        frame(vm, 0.25); // 2.5 s asked for: stops at 1.5
        assertThat(reached[0]).isEqualTo(1);
        assertThat(vm.isPlaying()).isFalse();
        assertThat(vm.getSimSeconds()).isEqualTo(1.5);
        assertThat(vm.focusProperty().get()).isEqualTo(StagePart.QUEUE);
        assertThat(vm.tally().producerPosts(0)).isEqualTo(1);

        vm.checkpoints().setFocus(null); // the card was answered
        vm.play();
        frame(vm, 0.1);
        assertThat(vm.getSimSeconds()).isEqualTo(2.5);
        assertThat(vm.focusProperty().get()).isNull();
        assertThat(reached[0]).isEqualTo(1);
        assertThat(StagePart.of("queue")).isEqualTo(StagePart.QUEUE);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> StagePart.of("kitchen"))
                .hasMessageContaining("producers, fanout, queue, caches, database or consumers");
    }
}
