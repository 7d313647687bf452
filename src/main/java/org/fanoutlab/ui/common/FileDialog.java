package org.fanoutlab.ui.common;

import java.nio.file.Path;
import java.util.List;

/**
 * What a file dialog asks for.
 *
 * @param filterName       what the files are, e.g. "Scenario (JSON)"
 * @param extensions       the patterns the filter lets through, e.g. {@code *.json}
 * @param initialDirectory where the dialog opens; null for the platform's choice
 * @param initialFileName  the name proposed when saving; null when opening
 */
public record FileDialog(String title, String filterName, List<String> extensions, Path initialDirectory,
                         String initialFileName) {
    public FileDialog {
        extensions = List.copyOf(extensions);
    }
}
