package org.fanoutlab.ui.lesson;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import org.fanoutlab.content.Course;
import org.fanoutlab.content.problem.FileProblem;
import org.fanoutlab.content.Lesson;
import org.fanoutlab.progress.AnswerRecord;
import org.fanoutlab.progress.LessonStatus;
import org.fanoutlab.progress.ProgressStore.ReadingPosition;
import org.fanoutlab.ui.quiz.LearnerProgress;
import org.fanoutlab.ui.common.Messages;

/**
 * The lesson screen's state: the lesson list with each lesson's status and score, the open lesson, its
 * neighbours, and where the learner was. Reading position is saved when asked ({@link #flushPosition}),
 * not on every scroll event, so scrolling does not rewrite the progress file dozens of times a second.
 */
final class LessonScreenViewModel {

    /** One row of the lesson list. */
    record Entry(String id, String title, String summary, LessonStatus status, int right, int quizzes) {

        /** Status in words, so the list never relies on its icon's colour. */
        String statusText() {
            return Messages.get(switch (status) {
                case NOT_STARTED -> "lesson.status.not-started";
                case IN_PROGRESS -> "lesson.status.in-progress";
                case DONE -> "lesson.status.done";
            });
        }

        /** "3/4" right answers out of the lesson's quizzes; empty for a lesson without quizzes. */
        String scoreText() {
            return quizzes == 0 ? "" : right + "/" + quizzes;
        }
    }

    private final Course course;
    private final LearnerProgress progress;

    private final ReadOnlyListWrapper<Entry> entries = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyObjectWrapper<Lesson> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper currentDone = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final List<String> problems;

    /** Scroll position (0–1) to show when the current lesson opens. */
    private double openingScroll;
    private double pendingScroll = -1;
    private double savedScroll = -1;

    LessonScreenViewModel(Course course, LearnerProgress progress) {
        this.course = Objects.requireNonNull(course, "course");
        this.progress = Objects.requireNonNull(progress, "progress");
        this.problems = course.problems().stream().map(FileProblem::toString).toList();
        refresh();
    }

    ReadOnlyListProperty<Entry> entriesProperty() {
        return entries.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Lesson> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The lesson before the open one in the course, or null. */
    Lesson previous() {
        return neighbour(-1);
    }

    /** The lesson after the open one in the course, or null. */
    Lesson next() {
        return neighbour(1);
    }

    private Lesson neighbour(int step) {
        List<Lesson> lessons = course.lessons();
        int i = current.get() == null ? -1 : lessons.indexOf(current.get());
        int j = i + step;
        return i < 0 || j < 0 || j >= lessons.size() ? null : lessons.get(j);
    }

    ReadOnlyBooleanProperty currentDoneProperty() {
        return currentDone.getReadOnlyProperty();
    }

    /** A short message for the learner, e.g. a lesson that could not be found. */
    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Problems in the lessons folder as {@code file:line:column: message}. */
    List<String> problems() {
        return problems;
    }

    double openingScroll() {
        return openingScroll;
    }

    Course course() {
        return course;
    }

    /** Opens the lesson where the learner was, or the first one. */
    void openInitial() {
        Optional<String> where = progress.position().map(ReadingPosition::lessonId)
                .filter(id -> course.lesson(id).isPresent());
        where.or(() -> course.lessons().stream().findFirst().map(Lesson::id)).ifPresent(this::open);
    }

    /** @return false (with a message) when no valid lesson has that id */
    boolean open(String lessonId) {
        Optional<Lesson> lesson = course.lesson(lessonId);
        if (lesson.isEmpty()) {
            message.set(Messages.format(problems.isEmpty() ? "lesson.no.such" : "lesson.no.such.problems", lessonId));
            return false;
        }
        message.set("");
        if (current.get() != null && current.get().id().equals(lessonId)) {
            return true;
        }
        flushPosition();
        openingScroll = progress.position().filter(p -> p.lessonId().equals(lessonId))
                .map(ReadingPosition::scroll).orElse(0.0);
        pendingScroll = -1;
        savedScroll = -1;
        progress.markOpened(lessonId);
        // Saving at once means "where the learner was" follows them even before they scroll.
        progress.savePosition(new ReadingPosition(lessonId, openingScroll));
        savedScroll = openingScroll;
        current.set(lesson.get());
        refresh();
        return true;
    }

    void openPrevious() {
        openNeighbour(-1);
    }

    void openNext() {
        openNeighbour(1);
    }

    private void openNeighbour(int step) {
        Lesson l = neighbour(step);
        if (l != null) {
            open(l.id());
        }
    }

    void markDone() {
        if (current.get() != null) {
            progress.markDone(current.get().id());
            refresh();
        }
    }

    /** The reader scrolled; remembered until {@link #flushPosition}. */
    void scrolled(double scroll) {
        if (current.get() != null) {
            pendingScroll = Math.max(0, Math.min(1, scroll));
        }
    }

    /** Saves the reading position if it moved since the last save. */
    void flushPosition() {
        if (current.get() == null || pendingScroll < 0 || pendingScroll == savedScroll) {
            return;
        }
        progress.savePosition(new ReadingPosition(current.get().id(), pendingScroll));
        savedScroll = pendingScroll;
    }

    /** Re-reads statuses and scores (after an answer, a reset, or marking done). */
    void refresh() {
        Map<String, AnswerRecord> answers = progress.answers();
        List<Entry> rows = course.lessons().stream().map(l -> {
            int right = (int) l.quizzes().stream()
                    .filter(q -> answers.containsKey(q.id()) && answers.get(q.id()).correct()).count();
            return new Entry(l.id(), l.title(), l.summary(), progress.status(l.id(), l.quizzes().size()), right,
                    l.quizzes().size());
        }).toList();
        entries.setAll(rows);
        currentDone.set(current.get() != null
                && progress.status(current.get().id(), current.get().quizzes().size()) == LessonStatus.DONE);
    }

    /**
     * The lesson a Markdown link points to, if it names another lesson's file ({@code 05-push.md},
     * {@code ./05-push.md#costs}); empty for anything else (web addresses, other files).
     */
    Optional<String> lessonForLink(String destination) {
        if (destination == null || destination.isBlank() || destination.contains(":")) {
            return Optional.empty();
        }
        String d = destination.strip();
        int hash = d.indexOf('#');
        if (hash >= 0) {
            d = d.substring(0, hash);
        }
        if (d.startsWith("./")) {
            d = d.substring(2);
        }
        String file = d;
        return course.lessons().stream().filter(l -> l.file().equals(file)).map(Lesson::id).findFirst();
    }
}
