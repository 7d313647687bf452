package org.fanoutlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.fanoutlab.content.Course;
import org.fanoutlab.content.CourseLoader;
import org.fanoutlab.content.problem.FileProblem;
import org.fanoutlab.content.Lesson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code check-lessons [DIR]}: validates a lessons folder and its presets the way the app reads them (every block,
 * quiz and checkpoint, and any fence that is neither a known block nor a code sample), prints
 * every problem as {@code file:line:column: message} on stderr and a one-line summary on stdout.
 * Exit 0 clean, 1 problems, 2 no such folder (DESIGN.md §5).
 */
@Command(name = "check-lessons", mixinStandardHelpOptions = true,
        description = "Checks lessons, quizzes, lab checkpoints and presets; prints every problem as "
                + "file:line:column: message.")
public final class CheckLessonsCommand implements Callable<Integer> {
    static final int CLEAN = 0;
    static final int PROBLEMS = 1;
    static final int USAGE = 2;

    @Parameters(index = "0", arity = "0..1", defaultValue = "lessons", paramLabel = "DIR",
            description = "The lessons folder (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(dir)) {
            err.println("check-lessons: " + dir + ": no such folder");
            err.flush();
            return USAGE;
        }
        Course course;
        int presets;
        try {
            course = CourseLoader.load(dir);
            presets = CourseLoader.presetFiles(course.scenariosDir()).size();
        } catch (IOException | RuntimeException e) {
            // CourseLoader reports bad content as problems; this is the last guard against a stack trace.
            err.println("check-lessons: " + dir + ": " + e);
            err.flush();
            return PROBLEMS;
        }
        for (FileProblem problem : course.problems()) {
            err.println(problem);
        }
        err.flush();
        int quizzes = course.lessons().stream().map(Lesson::quizzes).mapToInt(java.util.List::size).sum();
        int checkpoints = course.lessons().stream().map(Lesson::checkpoints).mapToInt(java.util.List::size).sum();
        int problems = course.problems().size();
        out.println(count(course.lessons().size(), "lesson", "lessons") + ", " + count(quizzes, "quiz", "quizzes")
                + ", " + count(checkpoints, "checkpoint", "checkpoints")
                + ", " + count(presets, "preset", "presets") + ": "
                + (problems == 0 ? "clean" : count(problems, "problem", "problems")));
        out.flush();
        return problems == 0 ? CLEAN : PROBLEMS;
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
