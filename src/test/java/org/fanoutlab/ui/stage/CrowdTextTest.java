package org.fanoutlab.ui.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.fanoutlab.content.scenario.ScenarioReader;
import org.fanoutlab.engine.Producer;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.playback.FanoutPlayback;
import org.fanoutlab.playback.FanoutReplay;
import org.fanoutlab.playback.SnapshotBudget;
import org.junit.jupiter.api.Test;

/** The crowd box tells the truth about the scenario: consumers counted as consumers, followers as followers. */
class CrowdTextTest {

    private static StageViewModel stage(Scenario s) {
        return new StageViewModel(new FanoutPlayback(() -> new FanoutReplay(s), Runnable::run,
                new SnapshotBudget(64L << 20, 1_000_000)));
    }

    @Test
    void regularPushSaysHowManyConsumersAreNotDrawnAndHowManyFollowTheProducer() throws Exception {
        Scenario s = ScenarioReader.read(Path.of("lessons", "scenarios", "regular-push.json"));
        Producer friend = s.producers().get(0);
        assertThat(s.consumers()).isEqualTo(1_000);
        assertThat(friend.followers()).isEqualTo(300);
        StageViewModel vm = stage(s);
        vm.seek(s.durationSeconds()); // every post has been fanned out
        StageScene scene = vm.getScene();

        assertThat(scene.crowd()).isEqualTo(1_000 - vm.getScene().watched().size());
        assertThat(CrowdText.heading(scene)).isEqualTo("+ " + String.format("%,d", scene.crowd()) + " more consumers")
                .doesNotContain("followers");
        int producer = vm.tally().queueProducer();
        assertThat(producer).isZero();
        assertThat(CrowdText.detail(scene, vm.getMetrics(), producer, vm.crowdFill()))
                .isEqualTo("fan-out reached 100% of " + friend.name() + "'s 300 followers");
        // The bar fills the followers' share of the crowd, not all of it.
        assertThat(CrowdText.followerShare(scene, producer)).isEqualTo(0.3);
        // The engine agrees: every post went to exactly the 300 followers.
        assertThat(vm.getMetrics().cacheWrites()).isEqualTo(300 * vm.getMetrics().posts());
        vm.dispose();
    }

    @Test
    void pullCountsChecksOfTheWholeAudience() throws Exception {
        Scenario s = ScenarioReader.read(Path.of("lessons", "scenarios", "regular-pull.json"));
        StageViewModel vm = stage(s);
        vm.seek(600);
        StageScene scene = vm.getScene();
        String detail = CrowdText.detail(scene, vm.getMetrics(), vm.tally().queueProducer(), vm.crowdFill());
        assertThat(detail).isEqualTo("checks " + String.format("%,d", vm.getMetrics().checks()) + "  ·  empty "
                + String.format("%,d", vm.getMetrics().emptyChecks()));
        assertThat(vm.getMetrics().checks()).isEqualTo(1_000L * 20); // every consumer, every 30 s, for 10 minutes
        vm.dispose();
    }
}
