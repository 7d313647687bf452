package org.fanoutlab.ui.common;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * A {@link DialogService} for plain JUnit: answers file dialogs with the paths a test queued (an empty queue is a
 * cancelled dialog) and records what was asked and said.
 */
public final class FakeDialogService implements DialogService {
    private final Deque<Path> answers = new ArrayDeque<>();
    public final List<FileDialog> asked = new ArrayList<>();
    public final List<String> notices = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();

    /** The next file dialog picks {@code file}. */
    public FakeDialogService answer(Path file) {
        answers.add(file);
        return this;
    }

    @Override
    public Optional<Path> showFileOpenDialog(FileDialog dialog) {
        asked.add(dialog);
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public Optional<Path> showFileSaveDialog(FileDialog dialog) {
        asked.add(dialog);
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public void showErrorDialogAndWait(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public void notify(String message) {
        notices.add(message);
    }
}
