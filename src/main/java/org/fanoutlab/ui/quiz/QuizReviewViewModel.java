package org.fanoutlab.ui.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import org.fanoutlab.content.Checkpoint;
import org.fanoutlab.content.Course;
import org.fanoutlab.content.Lesson;
import org.fanoutlab.content.Quiz;
import org.fanoutlab.content.QuizAnswers;
import org.fanoutlab.progress.AnswerRecord;
import org.fanoutlab.ui.common.Messages;

/**
 * Every quiz of the course with the learner's last answer, grouped by lesson, with scores, a "show only
 * missed" filter and the list of missed quizzes to retry. "Missed" means the last answer was wrong; a quiz
 * never answered is not missed, it is still ahead.
 */
final class QuizReviewViewModel {

    enum Result {
        RIGHT("quiz.review.result.right"), WRONG("quiz.review.result.wrong"), NOT_ANSWERED("quiz.review.result.none");

        private final String key;

        Result(String key) {
            this.key = key;
        }

        String words() {
            return Messages.get(key);
        }
    }

    /**
     * @param answer     the stored answer as the progress file keeps it, empty when not answered
     * @param checkpoint the lab checkpoint that asks this quiz, or null for a quiz block
     */
    record Row(String lessonId, Quiz quiz, String answer, Result result, Checkpoint checkpoint) {
        /** The answer in words ("B – The consumer", "APNs → Push; …"), plain text. */
        String answerWords() {
            return AnswerText.plainText(QuizAnswers.describe(quiz, answer));
        }

        /** "Checkpoint at 0:45 of the run", or empty for a quiz block. */
        String checkpointText() {
            return checkpoint == null ? "" : Messages.format("quiz.review.checkpoint", AnswerText.runClock(checkpoint.at()));
        }
    }

    /** The whole course's tally: right and total count every quiz, missed the ones answered wrong. */
    record Score(int right, int total, int missed) {
        static final Score NONE = new Score(0, 0, 0);

        /** "7 of 12 right". */
        String text() {
            return Messages.format("quiz.review.score", right, total);
        }
    }

    /** A lesson's quizzes; right and total always count all of them, whatever the filter shows. */
    record Group(String lessonId, String title, List<Row> rows, int right, int total) {
        String scoreText() {
            return Messages.format("quiz.review.score", right, total);
        }
    }

    private final Course course;
    private final LearnerProgress progress;
    private final ReadOnlyListWrapper<Group> groups = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyBooleanWrapper onlyMissed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Score> score = new ReadOnlyObjectWrapper<>(Score.NONE);
    private List<Row> missedRows = List.of();

    QuizReviewViewModel(Course course, LearnerProgress progress) {
        this.course = Objects.requireNonNull(course, "course");
        this.progress = Objects.requireNonNull(progress, "progress");
        refresh();
    }

    ReadOnlyListProperty<Group> groupsProperty() {
        return groups.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty onlyMissedProperty() {
        return onlyMissed.getReadOnlyProperty();
    }

    /** Over the whole course, whatever the filter shows. */
    ReadOnlyObjectProperty<Score> scoreProperty() {
        return score.getReadOnlyProperty();
    }

    /** Missed quizzes in course order, for the retry view. */
    List<Row> missedRows() {
        return missedRows;
    }

    Course course() {
        return course;
    }

    LearnerProgress progress() {
        return progress;
    }

    void setOnlyMissed(boolean value) {
        onlyMissed.set(value);
        refresh();
    }

    void refresh() {
        Map<String, AnswerRecord> answers = progress.answers();
        List<Group> out = new ArrayList<>();
        List<Row> miss = new ArrayList<>();
        int allRight = 0;
        int all = 0;
        for (Lesson lesson : course.lessons()) {
            List<Row> rows = new ArrayList<>();
            int lessonRight = 0;
            for (Quiz q : lesson.quizzes()) {
                AnswerRecord a = answers.get(q.id());
                Result r = a == null ? Result.NOT_ANSWERED : a.correct() ? Result.RIGHT : Result.WRONG;
                Row row = new Row(lesson.id(), q, a == null ? "" : a.answer(), r,
                        lesson.checkpointAsking(q.id()).orElse(null));
                if (r == Result.RIGHT) {
                    lessonRight++;
                }
                if (r == Result.WRONG) {
                    miss.add(row);
                }
                if (!onlyMissed.get() || r == Result.WRONG) {
                    rows.add(row);
                }
            }
            allRight += lessonRight;
            all += lesson.quizzes().size();
            if (!rows.isEmpty()) {
                out.add(new Group(lesson.id(), lesson.title(), List.copyOf(rows), lessonRight, lesson.quizzes().size()));
            }
        }
        missedRows = List.copyOf(miss);
        score.set(new Score(allRight, all, miss.size()));
        groups.setAll(out);
    }

    /** Forgets every answer, status and position, then shows the empty state. */
    void reset() {
        progress.reset();
        refresh();
    }
}
