package org.fanoutlab.ui.lab.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fanoutlab.content.scenario.ScenarioReader;
import org.fanoutlab.engine.Model;
import org.fanoutlab.ui.common.FakeDialogService;
import org.fanoutlab.ui.lab.Fixtures;
import org.fanoutlab.ui.lab.QueuedExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening, saving and exporting as the learner does it, without the toolkit: a fake dialog service answers with
 * temp files, and the background thread is a queue the test runs by hand, so what the lab shows meanwhile is
 * tested too.
 */
class LabOpenAndFilesTest {
    @TempDir
    Path tmp;
    private final FakeRun run = new FakeRun();
    private final FakeDialogService dialogs = new FakeDialogService();
    private final QueuedExecutor background = new QueuedExecutor();
    private final List<String> opened = new ArrayList<>();
    private LabViewModel vm;

    @BeforeEach
    void setUp() throws IOException {
        vm = new LabViewModel(run, Fixtures.presetDir(tmp), dialogs, background, Runnable::run);
        vm.setOnOpened(s -> opened.add(s.name()));
    }

    @Test
    void theFirstScenarioIsReadAndBuiltInTheBackgroundWhileTheLabSaysItIsBusy() {
        vm.openFirst();
        assertThat(vm.busyProperty().get()).isTrue();
        assertThat(vm.busyTextProperty().get()).startsWith("Opening");
        assertThat(run.prepared).as("nothing built on the calling (FX) thread").isEmpty();
        assertThat(vm.scenario()).isNull();

        background.runAll();
        assertThat(vm.busyProperty().get()).isFalse();
        // no regular-push here: the first preset that reads, in name order; the broken one is listed all the same
        assertThat(vm.presets()).extracting(Preset::name).containsExactly("a-push", "b-pull", "broken");
        assertThat(vm.sourceProperty().get()).isEqualTo("a-push");
        assertThat(run.restarts).extracting(s -> s.name()).containsExactly("A push");
        assertThat(vm.fileProblems()).isEmpty();
    }

    @Test
    void openingAPresetKeepsTheOldRunUntilTheNewOneIsBuilt() {
        vm.openFirst();
        background.runAll();
        vm.openPreset("b-pull");
        assertThat(vm.busyProperty().get()).isTrue();
        assertThat(vm.busyTextProperty().get()).isEqualTo("Opening b-pull\u2026");
        assertThat(vm.modelProperty().get()).as("the controls still show the running scenario").isEqualTo(Model.PUSH);

        background.runAll();
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.modelProperty().get()).isEqualTo(Model.PULL);
        assertThat(run.restarts).extracting(s -> s.name()).containsExactly("A push", "B pull");
        assertThat(dialogs.notices).contains("Opened preset b-pull");
        assertThat(opened).containsExactly("B pull");
    }

    @Test
    void whenTheBusyStateEndsTheNewRunIsAlreadyShown() {
        List<String> sourceWhenDone = new ArrayList<>();
        vm.busyProperty().addListener((o, was, busy) -> {
            if (!busy) {
                sourceWhenDone.add(vm.sourceProperty().get());
            }
        });
        vm.openPreset("b-pull");
        background.runAll();
        assertThat(sourceWhenDone).containsExactly("b-pull");
    }

    @Test
    void aNewerOpenOvertakesAnOlderOneAndTheOlderRunIsFreed() {
        vm.openPreset("a-push");
        vm.openPreset("b-pull");
        background.runAll();
        assertThat(run.restarts).extracting(s -> s.name()).containsExactly("B pull");
        assertThat(run.discarded).extracting(s -> s.name()).containsExactly("A push");
        assertThat(vm.sourceProperty().get()).isEqualTo("b-pull");
    }

    @Test
    void cancellingAnOpenKeepsTheCurrentRun() {
        vm.openPreset("a-push");
        background.runAll();
        vm.openPreset("b-pull");
        vm.cancelOpening();
        assertThat(vm.busyProperty().get()).isFalse();
        background.runAll();
        assertThat(run.restarts).extracting(s -> s.name()).containsExactly("A push");
        assertThat(run.discarded).extracting(s -> s.name()).containsExactly("B pull");
        assertThat(vm.modelProperty().get()).isEqualTo(Model.PUSH);
    }

    @Test
    void aBrokenPresetIsListedByLineAndColumnAndTheRunGoesOn() {
        vm.openPreset("a-push");
        background.runAll();
        vm.openPreset("broken");
        background.runAll();
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.fileProblems()).isNotEmpty().allMatch(l -> l.matches(".*broken\\.json:\\d+:\\d+: .*"));
        assertThat(run.restarts).hasSize(1);
        assertThat(vm.sourceProperty().get()).isEqualTo("a-push");
    }

    @Test
    void aMissingPresetIsAProblemLineNotACrash() {
        vm.openPreset("no-such-preset");
        background.runAll();
        assertThat(vm.fileProblems()).singleElement().asString()
                .contains("no-such-preset.json").contains("there is no preset called \"no-such-preset\"");
        assertThat(run.prepared).isEmpty();
    }

    @Test
    void fileOpenAsksForAScenarioInThePresetsFolderAndOpensTheChosenFile() throws IOException {
        Path file = tmp.resolve("mine.json");
        Files.writeString(file, Fixtures.presetJson("Mine", "hybrid", 10, 60));
        dialogs.answer(file);
        vm.openScenario();
        background.runAll();
        assertThat(dialogs.asked.get(0).extensions()).containsExactly("*.json");
        assertThat(dialogs.asked.get(0).initialDirectory()).isEqualTo(tmp.resolve("scenarios"));
        assertThat(vm.sourceProperty().get()).isEqualTo("mine.json");
        assertThat(vm.modelProperty().get()).isEqualTo(Model.HYBRID);
        assertThat(dialogs.notices).contains("Opened mine.json");
    }

    @Test
    void aCancelledOpenDialogChangesNothing() {
        vm.openScenario();
        assertThat(background.waiting()).isZero();
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void saveWritesTheScenarioWithItsLiveChanges() throws Exception {
        openAPush();
        vm.servers().pollInterval().type("2 min");
        Path file = tmp.resolve("saved.json");
        dialogs.answer(file);
        vm.saveScenario();
        assertThat(dialogs.asked.get(0).initialFileName()).isEqualTo("a-push.json");
        assertThat(ScenarioReader.read(file)).isEqualTo(vm.scenario());
        assertThat(ScenarioReader.read(file).pollIntervalSeconds()).isEqualTo(120);
        assertThat(dialogs.notices).contains("Saved saved.json");
    }

    @Test
    void csvExportWritesTheLatestFiguresUnderTheirReportNames() throws IOException {
        openAPush();
        vm.exportMetricsCsv();
        assertThat(dialogs.asked).as("no figures yet: nothing to ask for").isEmpty();
        assertThat(dialogs.notices).contains("No figures yet: the run has not published any.");

        run.latest = new Snapshot(1, vm.scenario(), Fixtures.metrics(60, 123), List.of(), false, null);
        vm.refresh();
        Path file = tmp.resolve("m.csv");
        dialogs.answer(file);
        vm.exportMetricsCsv();
        assertThat(dialogs.asked.get(0).initialFileName()).isEqualTo("a-push-metrics.csv");
        assertThat(Files.readAllLines(file)).hasSize(2).first().asString().startsWith("simSeconds,posts,cacheWrites");
        assertThat(Files.readString(file)).isEqualTo(MetricsCsv.format(Fixtures.metrics(60, 123)));
    }

    @Test
    void pngExportHandsTheChosenFileToThePicture() throws IOException {
        openAPush();
        Path file = tmp.resolve("lab.png");
        dialogs.answer(file);
        vm.exportPng(f -> Files.write(f, new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
        assertThat(dialogs.asked.get(0).extensions()).containsExactly("*.png");
        assertThat(Files.readAllBytes(file)).hasSize(4);
        assertThat(dialogs.notices).contains("Saved lab.png");
    }

    @Test
    void aFailedWriteIsAnErrorDialogThatNamesTheFile() throws IOException {
        openAPush();
        // a "folder" that is a file: no directory can be made there, so the write must fail
        Path file = Files.writeString(tmp.resolve("not-a-folder"), "x").resolve("saved.json");
        dialogs.answer(file);
        vm.saveScenario();
        assertThat(dialogs.errors).singleElement().asString().startsWith("Could not save: Could not save")
                .contains("saved.json");
        assertThat(dialogs.notices).noneMatch(n -> n.startsWith("Saved"));
    }

    @Test
    void aCancelledSaveDialogWritesNothing() throws IOException {
        openAPush();
        vm.saveScenario();
        vm.exportPng(f -> {
            throw new AssertionError("nothing to write");
        });
        try (var files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("scenarios");
        }
        assertThat(dialogs.errors).isEmpty();
    }

    private void openAPush() {
        vm.openPreset("a-push");
        background.runAll();
    }
}
