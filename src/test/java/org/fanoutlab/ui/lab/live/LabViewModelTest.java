package org.fanoutlab.ui.lab.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fanoutlab.engine.Model;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.engine.SeriesPoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.fanoutlab.engine.Metric;
import org.fanoutlab.ui.lab.controls.ParameterChange;
import org.fanoutlab.ui.lab.controls.ProducerControls;
import org.fanoutlab.ui.common.FakeDialogService;
import org.fanoutlab.ui.lab.Fixtures;

public class LabViewModelTest {
    private FakeRun run;
    private LabViewModel vm;

    private final FakeDialogService dialogs = new FakeDialogService();

    @BeforeEach
    void setUp() {
        run = new FakeRun();
        // files read and runs built in place of a background thread; see LabFilesAndOpeningTest for "meanwhile"
        vm = new LabViewModel(run, null, dialogs, Runnable::run, Runnable::run);
        vm.load(Fixtures.twoProducers(Model.PUSH), "test");
    }

    @Test
    void loadingAScenarioStartsItAndFillsEveryControl() {
        assertThat(run.restarts).hasSize(1);
        assertThat(run.changes).isEmpty();
        assertThat(vm.modelProperty().get()).isEqualTo(Model.PUSH);
        assertThat(vm.servers().pollInterval().value()).isEqualTo(30);
        assertThat(vm.servers().celebrityThreshold().value()).isEqualTo(5_000);
        assertThat(vm.servers().fanoutRate().value()).isEqualTo(100_000);
        assertThat(vm.unlimitedFanoutProperty().get()).isFalse();
        assertThat(vm.servers().cacheCapacity().value()).isEqualTo(800);
        assertThat(vm.seedTextProperty().get()).isEqualTo("7");
        assertThat(vm.producers()).extracting(ProducerControls::name).containsExactly("star", "friend");
        assertThat(vm.producers().get(0).followers().value()).isEqualTo(10_000);
    }

    @Test
    void modelButtonsSendTheModelToTheEngine() {
        vm.setModel(Model.HYBRID);
        assertThat(run.last()).isEqualTo(new ParameterChange.SetModel(Model.HYBRID));
        assertThat(vm.scenario().model()).isEqualTo(Model.HYBRID);
    }

    @Test
    void pollSliderSendsTheIntervalOnItsLogScale() {
        vm.servers().pollInterval().setPosition(0.5);
        // halfway along 1 s … 3600 s in log space is 60 s
        assertThat(run.last()).isEqualTo(new ParameterChange.SetPollInterval(60));
        assertThat(vm.scenario().pollIntervalSeconds()).isEqualTo(60);
        assertThat(vm.servers().pollInterval().textProperty().get()).isEqualTo("1 min");
    }

    @Test
    void typedPollIntervalWithUnitsIsSent() {
        vm.servers().pollInterval().type("5 min");
        assertThat(run.last()).isEqualTo(new ParameterChange.SetPollInterval(300));
        assertThat(vm.servers().pollInterval().positionProperty().get()).isCloseTo(ServerControls.POLL.toPosition(300), within());
    }

    @Test
    void badTypedPollIntervalShowsAMessageAndSendsNothing() {
        vm.servers().pollInterval().type("soon");
        assertThat(vm.servers().pollInterval().errorProperty().get()).contains("not a duration");
        vm.servers().pollInterval().type("2h");
        assertThat(vm.servers().pollInterval().errorProperty().get()).contains("between 1 s and 1 h");
        assertThat(run.changes).isEmpty();
        vm.servers().pollInterval().type("10s");
        assertThat(vm.servers().pollInterval().errorProperty().get()).isNull();
        assertThat(run.last()).isEqualTo(new ParameterChange.SetPollInterval(10));
    }

    @Test
    void thresholdSliderAndFieldSendWholeFollowerCounts() {
        vm.servers().celebrityThreshold().setPosition(0.75);
        ParameterChange c = run.last();
        assertThat(c).isInstanceOf(ParameterChange.SetCelebrityThreshold.class);
        assertThat(((ParameterChange.SetCelebrityThreshold) c).followers()).isEqualTo(1_000_000);
        vm.servers().celebrityThreshold().type("2.5M");
        assertThat(run.last()).isEqualTo(new ParameterChange.SetCelebrityThreshold(2_500_000));
        assertThat(vm.scenario().celebrityThreshold()).isEqualTo(2_500_000);
    }

    @Test
    void fanoutRateIsSentUnlessUnlimitedIsTicked() {
        vm.servers().fanoutRate().type("2M");
        assertThat(run.last()).isEqualTo(new ParameterChange.SetFanoutRate(2_000_000));
        vm.setUnlimitedFanout(true);
        assertThat(run.last()).isEqualTo(new ParameterChange.SetFanoutRate(0));
        assertThat(vm.scenario().fanoutWritesPerSecond()).isZero();
        int before = run.changes.size();
        vm.servers().fanoutRate().type("3M");
        assertThat(run.changes).hasSize(before);
        vm.setUnlimitedFanout(false);
        assertThat(run.last()).isEqualTo(new ParameterChange.SetFanoutRate(3_000_000));
    }

    @Test
    void aScenarioWithUnlimitedFanoutTicksTheBox() {
        vm.load(Fixtures.hourlyPull(30, 3600), "hourly");
        assertThat(vm.unlimitedFanoutProperty().get()).isTrue();
        assertThat(vm.servers().fanoutRate().value()).isEqualTo(ServerControls.DEFAULT_FANOUT_RATE);
    }

    @Test
    void cacheCapacityIsSent() {
        vm.servers().cacheCapacity().type("50");
        assertThat(run.last()).isEqualTo(new ParameterChange.SetCacheCapacity(50));
        assertThat(vm.scenario().cacheCapacity()).isEqualTo(50);
    }

    @Test
    void followerSliderOfEachProducerSendsItsOwnChange() {
        vm.producers().get(1).followers().type("1,234");
        assertThat(run.last()).isEqualTo(new ParameterChange.SetFollowers(1, 1_234));
        vm.producers().get(0).followers().setPosition(0);
        assertThat(run.last()).isEqualTo(new ParameterChange.SetFollowers(0, 1));
        assertThat(vm.scenario().producers()).extracting(p -> p.followers()).containsExactly(1L, 1_234L);
    }

    @Test
    void moreFollowersThanConsumersIsAMessageNotAnException() {
        vm.producers().get(0).followers().type("100M");
        assertThat(vm.producers().get(0).followers().errorProperty().get()).contains("10k consumers");
        vm.producers().get(0).followers().type("many");
        assertThat(vm.producers().get(0).followers().errorProperty().get()).contains("not a number");
        assertThat(run.changes).isEmpty();
    }

    @Test
    void postsPerHourIsSentPerProducer() {
        vm.producers().get(0).postsPerHour().type("12");
        assertThat(run.last()).isEqualTo(new ParameterChange.SetPostsPerHour(0, 12));
        assertThat(vm.scenario().producers().get(0).postsPerHour()).isEqualTo(12);
    }

    @Test
    void aNewSeedRestartsTheRunWithThatSeed() {
        vm.servers().pollInterval().type("10");
        vm.typeSeed("42");
        assertThat(run.restarts).hasSize(2);
        Scenario restarted = run.restarts.get(1);
        assertThat(restarted.seed()).isEqualTo(42);
        // live changes made before the restart are kept
        assertThat(restarted.pollIntervalSeconds()).isEqualTo(10);
    }

    @Test
    void aBadSeedIsAMessage() {
        vm.typeSeed("seven");
        assertThat(vm.seedErrorProperty().get()).contains("whole number");
        assertThat(run.restarts).hasSize(1);
    }

    @Test
    void refreshShowsTheLatestSnapshotAsText() {
        SeriesPoint p = new SeriesPoint(0, 10, 100, 5, 4, 1, 2, 3, 1, 2, 3, 7);
        run.latest = new Snapshot(1, vm.scenario(), Fixtures.metrics(120, 1_234_567), List.of(p), false, null);
        vm.refresh();
        assertThat(vm.figures().metricTextProperty(Metric.CACHE_WRITES).get()).isEqualTo("1,234,567");
        assertThat(vm.figures().metricTextProperty(Metric.WASTED_PER_USEFUL).get()).isEqualTo("4");
        assertThat(vm.figures().metricTextProperty(Metric.LATENCY_P99).get()).isEqualTo("4 s");
        assertThat(vm.figures().clockProperty().get()).isEqualTo("2 min of 1 h simulated");
        assertThat(vm.figures().chartsProperty().get().writesPerSecond()).containsExactly(10.0);
    }

    @Test
    void snapshotsOfARunThatWasReplacedAreIgnored() {
        vm.typeSeed("8");
        run.latest = new Snapshot(1, vm.scenario(), Fixtures.metrics(120, 99), List.of(), false, null);
        vm.refresh();
        assertThat(vm.figures().metricTextProperty(Metric.CACHE_WRITES).get()).isEqualTo("–");
        run.latest = new Snapshot(2, vm.scenario(), Fixtures.metrics(1, 5), List.of(), false, null);
        vm.refresh();
        assertThat(vm.figures().metricTextProperty(Metric.CACHE_WRITES).get()).isEqualTo("5");
    }

    @Test
    void aLiveChangeTheEngineWouldRefuseIsNotSentAndNamesTheFieldToChange() {
        // a pull run with a million consumers: an hourly post to a thousand followers is cheap to simulate
        vm.load(new Scenario("big pull", "", Model.PULL, 3600, 7, 1_000_000,
                List.of(new org.fanoutlab.engine.Producer("p", 1_000, 1, org.fanoutlab.engine.Schedule.UNIFORM)),
                30, 1_000_000, 0, 800), "big pull");
        vm.producers().get(0).followers().type("1M");
        assertThat(vm.refusalProperty().get()).isNull();
        int sent = run.changes.size();
        // ... but a post a second to a million followers is 3.6 billion pulled deliveries
        vm.producers().get(0).postsPerHour().type("3600");
        assertThat(run.changes).as("nothing reaches the engine").hasSize(sent);
        assertThat(vm.refusalProperty().get()).contains("producers[0].postsPerHour: this run would take the engine");
        assertThat(vm.producers().get(0).postsPerHour().value()).as("the control shows what runs").isEqualTo(1);
        assertThat(vm.scenario().producers().get(0).postsPerHour()).isEqualTo(1);

        vm.producers().get(0).postsPerHour().type("2");
        assertThat(vm.refusalProperty().get()).isNull();
        assertThat(run.last()).isEqualTo(new ParameterChange.SetPostsPerHour(0, 2));
    }

    @Test
    void closingTheLabClosesTheRun() {
        vm.close();
        assertThat(run.closed).isTrue();
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }
}
