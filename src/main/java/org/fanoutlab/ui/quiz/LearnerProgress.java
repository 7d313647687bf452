package org.fanoutlab.ui.quiz;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.fanoutlab.progress.AnswerRecord;
import org.fanoutlab.progress.LessonStatus;
import org.fanoutlab.progress.ProgressStore;

/**
 * The part of {@link ProgressStore} the lesson and quiz screens use. {@code ProgressStore} is final and
 * file-backed, so the view-models take this seam instead; tests pass an in-memory fake, the app passes
 * {@link #of(ProgressStore)}.
 */
public interface LearnerProgress {

    void recordAnswer(String lessonId, String quizId, String answer, boolean correct);

    Optional<AnswerRecord> lastAnswer(String quizId);

    Map<String, AnswerRecord> answers();

    void markOpened(String lessonId);

    void markDone(String lessonId);

    LessonStatus status(String lessonId, int quizCount);

    Optional<ProgressStore.ReadingPosition> position();

    void savePosition(ProgressStore.ReadingPosition position);

    void reset();

    static LearnerProgress of(ProgressStore store) {
        Objects.requireNonNull(store, "store");
        return new LearnerProgress() {
            @Override
            public void recordAnswer(String lessonId, String quizId, String answer, boolean correct) {
                store.recordAnswer(lessonId, quizId, answer, correct);
            }

            @Override
            public Optional<AnswerRecord> lastAnswer(String quizId) {
                return store.lastAnswer(quizId);
            }

            @Override
            public Map<String, AnswerRecord> answers() {
                return store.answers();
            }

            @Override
            public void markOpened(String lessonId) {
                store.markOpened(lessonId);
            }

            @Override
            public void markDone(String lessonId) {
                store.markDone(lessonId);
            }

            @Override
            public LessonStatus status(String lessonId, int quizCount) {
                return store.status(lessonId, quizCount);
            }

            @Override
            public Optional<ProgressStore.ReadingPosition> position() {
                return store.position();
            }

            @Override
            public void savePosition(ProgressStore.ReadingPosition position) {
                store.savePosition(position);
            }

            @Override
            public void reset() {
                store.reset();
            }
        };
    }
}
