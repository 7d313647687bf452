package org.fanoutlab.progress;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The learner's answers, lesson states and reading position, kept in {@code DATA_DIR/progress.json}
 * (DESIGN.md §4). Every change is saved at once with an atomic write. A file that cannot be read is moved
 * aside (kept) and {@link #notice()} says so; the store then starts empty.
 * Thread-safe: the UI may record from the FX thread while a background task reads.
 */
public final class ProgressStore {

    public static ProgressStore open(Path dataDir) {
        throw new UnsupportedOperationException("progress store not implemented yet");
    }

    /** A message for the learner when the saved file was unreadable and was set aside. */
    public Optional<String> notice() {
        throw new UnsupportedOperationException();
    }

    public void recordAnswer(String lessonId, String quizId, String answer, boolean correct) {
        throw new UnsupportedOperationException();
    }

    public Optional<AnswerRecord> lastAnswer(String quizId) {
        throw new UnsupportedOperationException();
    }

    /** Every quiz's latest answer, keyed by quiz id. */
    public Map<String, AnswerRecord> answers() {
        throw new UnsupportedOperationException();
    }

    public void markOpened(String lessonId) {
        throw new UnsupportedOperationException();
    }

    public void markDone(String lessonId) {
        throw new UnsupportedOperationException();
    }

    /** DONE once marked done or every quiz answered correctly; IN_PROGRESS once opened or answered. */
    public LessonStatus status(String lessonId, int quizCount) {
        throw new UnsupportedOperationException();
    }

    /** Where the learner was: the lesson and the scroll position (0 to 1). */
    public Optional<ReadingPosition> position() {
        throw new UnsupportedOperationException();
    }

    public void savePosition(ReadingPosition position) {
        throw new UnsupportedOperationException();
    }

    /** Forgets every answer, status and position (the file is rewritten, not deleted). */
    public void reset() {
        throw new UnsupportedOperationException();
    }

    public record ReadingPosition(String lessonId, double scroll) {
    }
}
