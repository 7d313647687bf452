package org.fanoutlab.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.fanoutlab.content.problem.FileProblem;

/**
 * Every valid lesson of a lessons folder, in order, plus the problems found in the rest.
 * A lesson with a problem is left out; the other lessons still open.
 *
 * @param scenariosDir the folder of presets ({@code lessons/scenarios}), for lab blocks and predict quizzes
 */
public record Course(List<Lesson> lessons, List<FileProblem> problems, Path scenariosDir) {
    public Course {
        lessons = List.copyOf(lessons);
        problems = List.copyOf(problems);
    }

    public Optional<Lesson> lesson(String id) {
        return lessons.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    public Optional<Quiz> quiz(String id) {
        return lessons.stream().flatMap(l -> l.quizzes().stream()).filter(q -> q.id().equals(id)).findFirst();
    }

    /** The lesson that holds quiz {@code quizId}. */
    public Optional<Lesson> lessonOfQuiz(String quizId) {
        return lessons.stream().filter(l -> l.quizzes().stream().anyMatch(q -> q.id().equals(quizId))).findFirst();
    }

    public Path preset(String name) {
        return scenariosDir.resolve(name + ".json");
    }
}
