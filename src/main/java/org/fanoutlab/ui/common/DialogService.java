package org.fanoutlab.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The file dialogs and messages a screen shows, behind an interface so that view-models open, save and export
 * without the toolkit: the app uses {@link JavaFxDialogService}, tests a fake that answers with temp files.
 * Call from the FX thread (the JavaFX implementation blocks it while a dialog is open, as dialogs do).
 */
public interface DialogService {
    /** Asks for an existing file to read; empty when the learner cancels. */
    Optional<Path> showFileOpenDialog(FileDialog dialog);

    /** Asks where to write a file; empty when the learner cancels. */
    Optional<Path> showFileSaveDialog(FileDialog dialog);

    /** Something the learner asked for did not happen (a file could not be written): says what and why. */
    void showErrorDialogAndWait(String title, String message);

    /** A short message that needs no answer (the status bar). */
    void notify(String message);
}
