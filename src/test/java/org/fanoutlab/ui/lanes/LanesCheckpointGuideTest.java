package org.fanoutlab.ui.lanes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.fanoutlab.content.Checkpoint;
import org.fanoutlab.engine.Model;
import org.fanoutlab.engine.Producer;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.engine.Schedule;
import org.fanoutlab.engine.lanes.LaneParam;
import org.fanoutlab.engine.lanes.LaneSpec;
import org.fanoutlab.engine.lanes.LaneType;
import org.fanoutlab.engine.lanes.OnFull;
import org.fanoutlab.playback.LanesPlayback;
import org.fanoutlab.playback.LanesReplay;
import org.fanoutlab.playback.SnapshotBudget;
import org.fanoutlab.ui.common.CheckpointGuide;
import org.fanoutlab.ui.common.RunCheckpoints;
import org.junit.jupiter.api.Test;

/** A lesson's checkpoints over delivery lanes: the run stops, the named lane is outlined, Continue plays on. */
class LanesCheckpointGuideTest {
    private static final long QUARTER = 250_000_000L;

    private static LaneSpec lane(String name, LaneType type, LaneParam p, double v) {
        Map<LaneParam, Double> m = new EnumMap<>(LaneParam.class);
        m.put(p, v);
        return new LaneSpec(name, type, m, OnFull.DROP);
    }

    private static LanesViewModel vm() {
        Scenario s = new Scenario("vm", "", Model.PULL, 3_600, 1, 1,
                List.of(new Producer("source", 1, 1, Schedule.UNIFORM)), 30, 1_000_000, 0, 800)
                .withLanes(List.of(lane("poll every 30 s", LaneType.SHORT_POLL, LaneParam.INTERVAL_SECONDS, 30),
                        lane("poll every 5 s", LaneType.SHORT_POLL, LaneParam.INTERVAL_SECONDS, 5)));
        return new LanesViewModel(new LanesPlayback(() -> new LanesReplay(s), Runnable::run,
                new SnapshotBudget(1 << 24, 1)));
    }

    @Test
    void theRunStopsAtTheCheckpointOutlinesTheLaneItNamesAndGoesOn() {
        LanesViewModel vm = vm();
        Checkpoint second = new Checkpoint(120, "poll every 5 s", "Six checks a minute, all empty so far.", null, 7);
        Checkpoint unnamed = new Checkpoint(300, null, "Five minutes in.", null, 9);
        CheckpointGuide<Integer> guide = vm.guide(List.of(second, unnamed));
        assertThat(vm.checkpoints().stops()).extracting(RunCheckpoints.Stop::at).containsExactly(120.0, 300.0);
        vm.setSpeed(100);
        vm.play();

        long t = 0;
        vm.frame(t);
        for (int i = 0; i < 8; i++) {
            vm.frame(t += QUARTER); // 200 s asked for: stops at 120
        }
        assertThat(vm.simSecondsProperty().get()).isEqualTo(120.0);
        assertThat(vm.playingProperty().get()).isFalse();
        assertThat(guide.showing()).isEqualTo(second);
        assertThat(vm.focusProperty().get()).isEqualTo(1);
        // the 5 s lane has checked 24 times by then, every answer empty (the post comes at 30 minutes)
        assertThat(vm.rows().get(1).text(LaneRow.Figure.REQUESTS).getValue()).isEqualTo("24");

        guide.goOn();
        assertThat(vm.focusProperty().get()).isNull();
        assertThat(vm.playingProperty().get()).isTrue();
        for (int i = 0; i < 8; i++) {
            vm.frame(t += QUARTER);
        }
        assertThat(vm.simSecondsProperty().get()).isEqualTo(300.0);
        assertThat(guide.showing()).isEqualTo(unnamed);
        assertThat(vm.focusProperty().get()).isNull();

        guide.detach();
        assertThat(vm.playback().markers()).isEmpty();
        assertThat(vm.laneNamed("poll every 30 s")).isZero();
        assertThat(vm.laneNamed("SSE stream")).isNull();
    }
}
