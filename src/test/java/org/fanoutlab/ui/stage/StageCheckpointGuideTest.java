package org.fanoutlab.ui.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fanoutlab.content.Checkpoint;
import org.fanoutlab.engine.EventKind;
import org.fanoutlab.engine.Model;
import org.fanoutlab.engine.Schedule;
import org.fanoutlab.ui.common.CheckpointGuide;
import org.fanoutlab.ui.common.RunCheckpoints;
import org.fanoutlab.ui.quiz.Quizzes;
import org.junit.jupiter.api.Test;

/** A lesson's checkpoints over the stage's run, driven by a test clock: where it stops, what it shows, how it goes on. */
class StageCheckpointGuideTest {
    private static final Checkpoint SAY_QUEUE = new Checkpoint(1.5, "queue", "The queue holds the writes.", null, 10);
    private static final Checkpoint ASK_CONSUMERS =
            new Checkpoint(2.0, "consumers", null, Quizzes.trueFalse("guide-tf"), 14);

    /** The test clock: frames are fed its nanoseconds, never the wall clock's. */
    private long nanos = 1_000_000_000L;

    private StageViewModel vm(FakeReplay src, double speed) {
        StageViewModel vm = new StageViewModel(src.playback());
        vm.setSpeed(speed);
        vm.frame(nanos);
        return vm;
    }

    private void frame(StageViewModel vm, double seconds) {
        nanos += Math.round(seconds * 1e9);
        vm.frame(nanos);
    }

    private static FakeReplay pushRun() {
        return new FakeReplay(FakeReplay.scene(Model.PUSH, 1))
                .add(EventKind.POST_MADE, 1.0, 0, -1, 200)
                .add(EventKind.WRITES_QUEUED, 1.0, 0, -1, 200);
    }

    @Test
    void theRunStopsAtEachCheckpointOutlinesItsPartAndContinuePlaysOnToTheNext() {
        StageViewModel vm = vm(pushRun(), 10);
        CheckpointGuide<StagePart> guide = vm.guide(List.of(SAY_QUEUE, ASK_CONSUMERS));
        assertThat(guide.showing()).isNull();

        vm.play();
        frame(vm, 0.25); // 2.5 s asked for: stops at 1.5
        assertThat(vm.isPlaying()).isFalse();
        assertThat(vm.getSimSeconds()).isEqualTo(1.5);
        assertThat(guide.showing()).isEqualTo(SAY_QUEUE);
        assertThat(vm.focusProperty().get()).isEqualTo(StagePart.QUEUE);
        frame(vm, 0.25);
        assertThat(vm.getSimSeconds()).as("paused while the card is up").isEqualTo(1.5);

        guide.goOn();
        assertThat(guide.showing()).isNull();
        assertThat(vm.focusProperty().get()).isNull();
        assertThat(vm.isPlaying()).isTrue();
        frame(vm, 0.25);
        assertThat(vm.getSimSeconds()).isEqualTo(2.0);
        assertThat(guide.showing()).isEqualTo(ASK_CONSUMERS);
        assertThat(vm.focusProperty().get()).isEqualTo(StagePart.CONSUMERS);

        guide.goOn();
        frame(vm, 0.25);
        assertThat(vm.getSimSeconds()).isEqualTo(4.5);
        assertThat(guide.showing()).isNull();
    }

    @Test
    void playWhileACardIsUpSkipsItAndContinueWithoutACardDoesNothing() {
        StageViewModel vm = vm(pushRun(), 10);
        CheckpointGuide<StagePart> guide = vm.guide(List.of(SAY_QUEUE));
        vm.play();
        frame(vm, 0.25);
        assertThat(guide.showing()).isEqualTo(SAY_QUEUE);

        vm.togglePlay(); // Space on the stage
        assertThat(guide.showing()).isNull();
        assertThat(vm.focusProperty().get()).isNull();
        frame(vm, 0.1);
        assertThat(vm.getSimSeconds()).isEqualTo(2.5);

        vm.pause();
        guide.goOn();
        assertThat(vm.isPlaying()).as("no card, nothing to go on from").isFalse();
    }

    @Test
    void withPausingOffTheRunPlaysThroughAndTheTicksStay() {
        StageViewModel vm = vm(pushRun(), 10);
        CheckpointGuide<StagePart> guide = vm.guide(List.of(SAY_QUEUE, ASK_CONSUMERS));
        guide.pausingProperty().set(false);

        vm.play();
        frame(vm, 0.25);
        assertThat(vm.getSimSeconds()).isEqualTo(2.5);
        assertThat(vm.isPlaying()).isTrue();
        assertThat(guide.showing()).isNull();
        assertThat(vm.checkpoints().stops()).extracting(RunCheckpoints.Stop::at).containsExactly(1.5, 2.0);
        assertThat(vm.checkpoints().stops().get(0).label()).isEqualTo("The queue holds the writes.");

        guide.pausingProperty().set(true);
        vm.seek(1.0); // scrubbing back and playing across it again stops there again
        vm.play();
        frame(vm, 0.25);
        assertThat(vm.getSimSeconds()).isEqualTo(1.5);
        assertThat(guide.showing()).isEqualTo(SAY_QUEUE);
    }

    @Test
    void seekingPastACheckpointDoesNotStopAndDetachTakesEveryMarkOff() {
        StageViewModel vm = vm(pushRun(), 10);
        CheckpointGuide<StagePart> guide = vm.guide(List.of(SAY_QUEUE, ASK_CONSUMERS));
        vm.seek(1.8);
        vm.play();
        frame(vm, 0.1);
        assertThat(vm.getSimSeconds()).isEqualTo(2.0);
        assertThat(guide.showing()).isEqualTo(ASK_CONSUMERS);

        guide.detach();
        assertThat(guide.showing()).isNull();
        assertThat(vm.focusProperty().get()).isNull();
        assertThat(vm.playback().markers()).isEmpty();
        assertThat(vm.checkpoints().stops()).isEmpty();
    }

    @Test
    void aStageWhoseLeadInSkipsPastTheFirstCheckpointOpensBeforeIt() {
        StageViewModel vm = vm(new FakeReplay(FakeReplay.scene(Model.PULL, 1, Schedule.UNIFORM)), 10);
        // the first post comes at 900 s, so the stage opens two poll intervals before it, at 840 s
        assertThat(vm.startSeconds()).isEqualTo(840);
        Checkpoint early = new Checkpoint(600, "database", "Ten minutes of checks, every one empty.", null, 3);
        CheckpointGuide<StagePart> guide = vm.guide(List.of(early));
        // two 30 s poll intervals before it, so the checks' rhythm is under way
        assertThat(vm.startSeconds()).isEqualTo(540);
        assertThat(vm.getSimSeconds()).isEqualTo(540);

        vm.play();
        for (int i = 0; i < 30; i++) {
            frame(vm, 0.25);
        }
        assertThat(vm.getSimSeconds()).isEqualTo(600);
        assertThat(guide.showing()).isEqualTo(early);
        assertThat(vm.focusProperty().get()).isEqualTo(StagePart.DATABASE);

        vm.reset();
        assertThat(vm.getSimSeconds()).as("Reset goes back before the checkpoint too").isEqualTo(540);
    }

    @Test
    void aCheckpointAtTheVeryStartAndOneNamingNoPartStillStop() {
        StageViewModel vm = vm(pushRun(), 10);
        Checkpoint atStart = new Checkpoint(0, null, "Before anything happens.", null, 1);
        Checkpoint lane = new Checkpoint(1.2, "SSE stream", "Not a part of this stage.", null, 2);
        CheckpointGuide<StagePart> guide = vm.guide(List.of(atStart, lane));
        vm.play();
        frame(vm, 0.05);
        assertThat(guide.showing()).isEqualTo(atStart);
        assertThat(vm.focusProperty().get()).isNull();
        guide.goOn();
        frame(vm, 0.25);
        assertThat(guide.showing()).isEqualTo(lane);
        assertThat(vm.getSimSeconds()).isEqualTo(1.2);
        assertThat(vm.focusProperty().get()).isNull();
    }

    @Test
    void theCardGoesInTheCornerAwayFromThePartItOutlines() {
        assertThat(StageView.cardCorner("consumers")).isEqualTo(javafx.geometry.Pos.TOP_LEFT);
        assertThat(StageView.cardCorner("caches")).isEqualTo(javafx.geometry.Pos.TOP_LEFT);
        assertThat(StageView.cardCorner("producers")).isEqualTo(javafx.geometry.Pos.TOP_RIGHT);
        assertThat(StageView.cardCorner(null)).isEqualTo(javafx.geometry.Pos.TOP_RIGHT);
    }
}
