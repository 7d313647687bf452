package org.fanoutlab.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link DialogService} with the platform's file choosers and a JavaFX alert; FX thread only. */
public final class JavaFxDialogService implements DialogService {
    private final Supplier<Window> owner;
    private final Consumer<String> status;

    /**
     * @param owner  the window the dialogs belong to (may answer null before the screen is shown)
     * @param status where {@link #notify} messages go, e.g. the shell's status bar
     */
    public JavaFxDialogService(Supplier<Window> owner, Consumer<String> status) {
        this.owner = owner;
        this.status = status;
    }

    @Override
    public Optional<Path> showFileOpenDialog(FileDialog dialog) {
        return Optional.ofNullable(chooser(dialog).showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> showFileSaveDialog(FileDialog dialog) {
        return Optional.ofNullable(chooser(dialog).showSaveDialog(owner.get())).map(File::toPath);
    }

    @Override
    public void showErrorDialogAndWait(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.showAndWait();
    }

    @Override
    public void notify(String message) {
        status.accept(message);
    }

    private static FileChooser chooser(FileDialog d) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(d.title());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(d.filterName(), d.extensions()));
        if (d.initialDirectory() != null && Files.isDirectory(d.initialDirectory())) {
            chooser.setInitialDirectory(d.initialDirectory().toFile());
        }
        if (d.initialFileName() != null) {
            chooser.setInitialFileName(d.initialFileName());
        }
        return chooser;
    }
}
