package org.fanoutlab.ui.quiz;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fanoutlab.progress.AnswerRecord;
import org.fanoutlab.progress.LessonStatus;
import org.fanoutlab.progress.ProgressStore;

/** In-memory progress with the store's documented status rule, for view-model tests without files. */
public final class FakeProgress implements LearnerProgress {
    private final Map<String, AnswerRecord> answers = new LinkedHashMap<>();
    private final Set<String> opened = new HashSet<>();
    private final Set<String> done = new HashSet<>();
    private ProgressStore.ReadingPosition position;
    public int positionWrites;

    @Override
    public void recordAnswer(String lessonId, String quizId, String answer, boolean correct) {
        int attempts = answers.containsKey(quizId) ? answers.get(quizId).attempts() + 1 : 1;
        answers.put(quizId, new AnswerRecord(lessonId, quizId, answer, correct, attempts, Instant.EPOCH));
    }

    @Override
    public Optional<AnswerRecord> lastAnswer(String quizId) {
        return Optional.ofNullable(answers.get(quizId));
    }

    @Override
    public Map<String, AnswerRecord> answers() {
        return Map.copyOf(answers);
    }

    @Override
    public void markOpened(String lessonId) {
        opened.add(lessonId);
    }

    @Override
    public void markDone(String lessonId) {
        done.add(lessonId);
    }

    @Override
    public LessonStatus status(String lessonId, int quizCount) {
        long right = answers.values().stream().filter(a -> a.lessonId().equals(lessonId) && a.correct()).count();
        if (done.contains(lessonId) || (quizCount > 0 && right == quizCount)) {
            return LessonStatus.DONE;
        }
        boolean answered = answers.values().stream().anyMatch(a -> a.lessonId().equals(lessonId));
        return opened.contains(lessonId) || answered ? LessonStatus.IN_PROGRESS : LessonStatus.NOT_STARTED;
    }

    @Override
    public Optional<ProgressStore.ReadingPosition> position() {
        return Optional.ofNullable(position);
    }

    @Override
    public void savePosition(ProgressStore.ReadingPosition position) {
        this.position = position;
        positionWrites++;
    }

    @Override
    public void reset() {
        answers.clear();
        opened.clear();
        done.clear();
        position = null;
    }
}
