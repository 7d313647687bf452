package org.fanoutlab.progress;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The learner's answers, lesson states and reading position, kept in {@code DATA_DIR/progress.json}
 * (docs/decisions/0004-content-and-progress.md). Every change is saved at once with an atomic write. A file that cannot be read is moved
 * aside (kept) and {@link #notice()} says so; the store then starts empty.
 * Thread-safe: the UI may record from the FX thread while a background task reads.
 */
public final class ProgressStore extends JsonStore<ProgressStore.ProgressFile> {
    static final String FILE_NAME = "progress.json";

    /** progress.json as written; maps are sorted so the file diffs cleanly. */
    record ProgressFile(int schemaVersion, Map<String, AnswerEntry> answers, Map<String, LessonEntry> lessons,
                        PositionEntry position) {
    }

    record AnswerEntry(String lessonId, String answer, boolean correct, int attempts, String at) {
    }

    record LessonEntry(boolean opened, boolean done) {
    }

    record PositionEntry(String lessonId, double scroll) {
    }

    private record State(Map<String, AnswerRecord> answers, Map<String, LessonEntry> lessons,
                         ReadingPosition position) {
    }

    private final Clock clock;
    private final Map<String, AnswerRecord> answers = new TreeMap<>();
    private final Map<String, LessonEntry> lessons = new TreeMap<>();
    private ReadingPosition position;

    private ProgressStore(Path dataDir, Clock clock) {
        super(new SafeJsonFile<>(dataDir, FILE_NAME, ProgressFile.class, "progress", clock));
        this.clock = clock;
        file.load(ProgressStore::toState).ifPresent(state -> {
            answers.putAll(state.answers());
            lessons.putAll(state.lessons());
            position = state.position();
        });
    }

    /** Never throws: an unreadable file or folder becomes a {@link #notice()}. */
    public static ProgressStore open(Path dataDir) {
        return open(dataDir, Clock.systemUTC());
    }

    static ProgressStore open(Path dataDir, Clock clock) {
        return new ProgressStore(dataDir, clock);
    }

    public synchronized void recordAnswer(String lessonId, String quizId, String answer, boolean correct) {
        Objects.requireNonNull(lessonId, "lessonId");
        Objects.requireNonNull(quizId, "quizId");
        Objects.requireNonNull(answer, "answer");
        AnswerRecord before = answers.get(quizId);
        int attempts = before == null ? 1 : before.attempts() + 1;
        answers.put(quizId, new AnswerRecord(lessonId, quizId, answer, correct, attempts, clock.instant()));
        save();
    }

    public synchronized Optional<AnswerRecord> lastAnswer(String quizId) {
        return Optional.ofNullable(answers.get(quizId));
    }

    /** Every quiz's latest answer, keyed by quiz id. */
    public synchronized Map<String, AnswerRecord> answers() {
        return Map.copyOf(answers);
    }

    public synchronized void markOpened(String lessonId) {
        LessonEntry entry = lessons.getOrDefault(lessonId, new LessonEntry(false, false));
        if (!entry.opened()) {
            lessons.put(lessonId, new LessonEntry(true, entry.done()));
            save();
        }
    }

    public synchronized void markDone(String lessonId) {
        LessonEntry entry = lessons.getOrDefault(lessonId, new LessonEntry(false, false));
        if (!entry.done()) {
            lessons.put(lessonId, new LessonEntry(true, true));
            save();
        }
    }

    /** DONE once marked done or every quiz answered correctly; IN_PROGRESS once opened or answered. */
    public synchronized LessonStatus status(String lessonId, int quizCount) {
        LessonEntry entry = lessons.get(lessonId);
        long answered = 0;
        long correct = 0;
        for (AnswerRecord a : answers.values()) {
            if (a.lessonId().equals(lessonId)) {
                answered++;
                if (a.correct()) {
                    correct++;
                }
            }
        }
        if ((entry != null && entry.done()) || (quizCount > 0 && correct >= quizCount)) {
            return LessonStatus.DONE;
        }
        if ((entry != null && entry.opened()) || answered > 0) {
            return LessonStatus.IN_PROGRESS;
        }
        return LessonStatus.NOT_STARTED;
    }

    /** Where the learner was: the lesson and the scroll position (0 to 1). */
    public synchronized Optional<ReadingPosition> position() {
        return Optional.ofNullable(position);
    }

    /** The scroll is clamped to 0..1 (NaN counts as 0) so a bad value from a view never reaches the file. */
    public synchronized void savePosition(ReadingPosition position) {
        Objects.requireNonNull(position, "position");
        double scroll = Double.isNaN(position.scroll()) ? 0 : Math.max(0, Math.min(1, position.scroll()));
        this.position = new ReadingPosition(position.lessonId(), scroll);
        save();
    }

    /** Forgets every answer, status and position (the file is rewritten, not deleted). */
    public synchronized void reset() {
        answers.clear();
        lessons.clear();
        position = null;
        save();
    }

    /** The file this store writes. */
    public Path file() {
        return file.file();
    }

    private void save() {
        Map<String, AnswerEntry> answerEntries = new LinkedHashMap<>();
        answers.forEach((quizId, a) -> answerEntries.put(quizId,
                new AnswerEntry(a.lessonId(), a.answer(), a.correct(), a.attempts(), a.at().toString())));
        PositionEntry where = position == null ? null : new PositionEntry(position.lessonId(), position.scroll());
        file.save(new ProgressFile(SafeJsonFile.SCHEMA_VERSION, answerEntries, new LinkedHashMap<>(lessons), where));
    }

    /** Throws on content that parses but cannot be progress, so the file is set aside like a broken one. */
    private static State toState(ProgressFile f) {
        Map<String, AnswerRecord> answers = new TreeMap<>();
        if (f.answers() != null) {
            f.answers().forEach((quizId, a) -> {
                Objects.requireNonNull(a, "answer entry");
                if (a.lessonId() == null || a.answer() == null || a.attempts() < 1) {
                    throw new IllegalArgumentException("incomplete answer for " + quizId);
                }
                answers.put(quizId, new AnswerRecord(a.lessonId(), quizId, a.answer(), a.correct(), a.attempts(),
                        Instant.parse(a.at())));
            });
        }
        Map<String, LessonEntry> lessons = new TreeMap<>();
        if (f.lessons() != null) {
            f.lessons().forEach((id, entry) -> lessons.put(id, Objects.requireNonNull(entry, "lesson entry")));
        }
        ReadingPosition position = null;
        if (f.position() != null) {
            position = new ReadingPosition(Objects.requireNonNull(f.position().lessonId(), "position lesson"),
                    Math.max(0, Math.min(1, f.position().scroll())));
        }
        return new State(answers, lessons, position);
    }

    public record ReadingPosition(String lessonId, double scroll) {
    }
}
