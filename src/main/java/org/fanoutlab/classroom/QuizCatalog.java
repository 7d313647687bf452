package org.fanoutlab.classroom;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.fanoutlab.content.Course;
import org.fanoutlab.content.Lesson;
import org.fanoutlab.content.Quiz;

/**
 * The quizzes a session may ask: the whole course, or one lesson's ({@code class --lesson ID}). A lesson's quizzes are
 * its quiz blocks and the quizzes its lab checkpoints ask ({@link Lesson#quizzes()}, ids unique across the course);
 * checkpoints that only narrate ask nothing and are not here.
 */
public final class QuizCatalog {

    /**
     * A quiz and the lesson it is in.
     *
     * @param checkpoint whether a lab checkpoint of the lesson asks it (rather than a quiz block)
     */
    public record Entry(String lessonId, String lessonTitle, Quiz quiz, boolean checkpoint) {
        /** A quiz block's quiz. */
        public Entry(String lessonId, String lessonTitle, Quiz quiz) {
            this(lessonId, lessonTitle, quiz, false);
        }

        /** Whether phones can answer it ({@link AnswerFormat#supports}). */
        public boolean askable() {
            return AnswerFormat.supports(quiz.type());
        }
    }

    private final List<Entry> entries;
    private final String lessonId;

    private QuizCatalog(List<Entry> entries, String lessonId) {
        this.entries = List.copyOf(entries);
        this.lessonId = lessonId;
    }

    /**
     * @param lessonId null for the whole course
     * @throws IllegalArgumentException when the course has no such lesson (the message lists the lessons)
     */
    public static QuizCatalog of(Course course, String lessonId) {
        List<Entry> entries = new ArrayList<>();
        for (Lesson lesson : course.lessons()) {
            if (lessonId == null || lesson.id().equals(lessonId)) {
                for (Quiz quiz : lesson.quizzes()) {
                    entries.add(new Entry(lesson.id(), lesson.title(), quiz,
                            lesson.checkpointAsking(quiz.id()).isPresent()));
                }
            }
        }
        if (lessonId != null && course.lesson(lessonId).isEmpty()) {
            throw new IllegalArgumentException("no lesson '" + lessonId + "'; the lessons are "
                    + course.lessons().stream().map(Lesson::id).collect(Collectors.joining(", ")));
        }
        return new QuizCatalog(entries, lessonId);
    }

    public static QuizCatalog of(List<Entry> entries) {
        return new QuizCatalog(entries, null);
    }

    public List<Entry> entries() {
        return entries;
    }

    public Optional<Entry> find(String quizId) {
        return entries.stream().filter(e -> e.quiz().id().equals(quizId)).findFirst();
    }

    /** The lesson the session is limited to, or null. */
    public String lessonId() {
        return lessonId;
    }
}
