package org.fanoutlab.ui.lab.live;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.fanoutlab.content.scenario.ScenarioWriter;
import org.fanoutlab.engine.Metrics;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.ui.common.DialogService;
import org.fanoutlab.ui.common.FileDialog;
import org.fanoutlab.ui.common.Messages;

/**
 * The lab's File commands: which dialog each one shows, and one way for every save to say it worked or why
 * it did not. A failed write is an error dialog (the learner must know the file is not there), never a crash.
 */
final class LabFiles {
    private final DialogService dialogs;
    private final Path presetsDir;

    LabFiles(DialogService dialogs, Path presetsDir) {
        this.dialogs = dialogs;
        this.presetsDir = presetsDir;
    }

    /** Asks for a scenario file, starting in the presets folder. */
    Optional<Path> askScenarioToOpen() {
        return dialogs.showFileOpenDialog(new FileDialog(Messages.get("lab.dialog.open"),
                Messages.get("lab.filter.scenario"), List.of("*.json"), presetsDir, null));
    }

    void saveScenario(String stem, Scenario s) {
        saveAs("lab.dialog.save", "lab.filter.scenario", stem + ".json", file -> ScenarioWriter.write(s, file));
    }

    void exportCsv(String stem, Metrics m) {
        if (m == null) {
            dialogs.notify(Messages.get("lab.status.noFigures"));
            return;
        }
        saveAs("lab.dialog.csv", "lab.filter.csv", stem + "-metrics.csv",
                file -> Files.writeString(file, MetricsCsv.format(m), StandardCharsets.UTF_8));
    }

    void exportPng(String stem, ExportWriter picture) {
        saveAs("lab.dialog.png", "lab.filter.png", stem + ".png", picture);
    }

    void notify(String message) {
        dialogs.notify(message);
    }

    private void saveAs(String titleKey, String filterKey, String fileName, ExportWriter writer) {
        String extension = "*" + fileName.substring(fileName.lastIndexOf('.'));
        Optional<Path> chosen = dialogs.showFileSaveDialog(new FileDialog(Messages.get(titleKey),
                Messages.get(filterKey), List.of(extension), null, fileName));
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get();
        String name = String.valueOf(file.getFileName());
        try {
            writer.write(file);
            dialogs.notify(Messages.format("lab.status.saved", name));
        } catch (IOException | RuntimeException e) {
            dialogs.showErrorDialogAndWait(Messages.get("lab.error.save.title"),
                    Messages.format("lab.error.save", file, String.valueOf(e.getMessage())));
        }
    }
}
