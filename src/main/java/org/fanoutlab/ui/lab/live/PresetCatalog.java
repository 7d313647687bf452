package org.fanoutlab.ui.lab.live;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.fanoutlab.content.problem.FileProblem;
import org.fanoutlab.content.scenario.ScenarioFileException;
import org.fanoutlab.content.scenario.ScenarioReader;
import org.fanoutlab.engine.Scenario;
import org.fanoutlab.ui.common.Messages;

/** Lists the presets folder. A broken file is still listed (opening it shows its problems), never thrown. */
public final class PresetCatalog {
    private PresetCatalog() {
    }

    static List<Preset> list(Path dir) {
        List<Preset> out = new ArrayList<>();
        if (dir == null || !Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.json")) {
            for (Path f : files) {
                out.add(describe(f));
            }
        } catch (IOException e) {
            return out;
        }
        out.sort(Comparator.comparing(Preset::name));
        return out;
    }

    private static Preset describe(Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.json$", "");
        try {
            Scenario s = ScenarioReader.read(file);
            return new Preset(name, s.name(), s.description(), file);
        } catch (ScenarioFileException e) {
            List<String> lines = e.problems().stream().map(FileProblem::toString).toList();
            return new Preset(name, name, String.join("\n", lines), file);
        } catch (IOException | RuntimeException e) {
            return new Preset(name, name, Messages.format("lab.problem.unreadable", file.getFileName(),
                    String.valueOf(e.getMessage())), file);
        }
    }
}
