package org.fanoutlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.fanoutlab.content.Course;
import org.fanoutlab.content.CourseLoader;
import org.fanoutlab.content.problem.FileProblem;
import org.fanoutlab.content.Lesson;
import org.fanoutlab.content.LessonVariants;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code check-lessons [DIR]}: validates a lessons folder and its presets the way the app reads them (every block,
 * quiz and checkpoint, and any fence that is neither a known block nor a code sample), prints
 * every problem as {@code file:line:column: message} on stderr and a one-line summary on stdout.
 * Exit 0 clean, 1 problems, 2 no such folder (README.md, "Command line").
 */
@Command(name = "check-lessons", mixinStandardHelpOptions = true,
        description = "Checks lessons, their translations (DIR/es/...), quizzes, lab checkpoints and presets; "
                + "prints every problem as file:line:column: message.")
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
        List<LessonVariants.Result> translations = new ArrayList<>();
        try {
            course = CourseLoader.load(dir);
            presets = CourseLoader.presetFiles(course.scenariosDir()).size();
            Path parent = dir.toAbsolutePath().normalize().getParent();
            Path assets = parent == null ? null : parent.resolve("assets");
            for (String language : LessonVariants.languages(dir)) {
                translations.add(LessonVariants.read(dir, assets, language, course));
            }
        } catch (IOException | RuntimeException e) {
            // CourseLoader reports bad content as problems; this is the last guard against a stack trace.
            err.println("check-lessons: " + dir + ": " + e);
            err.flush();
            return PROBLEMS;
        }
        List<FileProblem> all = new ArrayList<>(course.problems());
        translations.forEach(t -> all.addAll(t.problems()));
        for (FileProblem problem : all) {
            err.println(problem);
        }
        err.flush();
        int quizzes = course.lessons().stream().map(Lesson::quizzes).mapToInt(java.util.List::size).sum();
        int checkpoints = course.lessons().stream().map(Lesson::checkpoints).mapToInt(java.util.List::size).sum();
        int problems = all.size();
        out.println(count(course.lessons().size(), "lesson", "lessons") + ", " + count(quizzes, "quiz", "quizzes")
                + ", " + count(checkpoints, "checkpoint", "checkpoints")
                + ", " + count(presets, "preset", "presets") + translated(translations) + ": "
                + (problems == 0 ? "clean" : count(problems, "problem", "problems")));
        out.flush();
        return problems == 0 ? CLEAN : PROBLEMS;
    }

    /** ", 1 translated lesson (es)", or nothing when the folder has no translations. */
    private static String translated(List<LessonVariants.Result> translations) {
        int files = translations.stream().mapToInt(LessonVariants.Result::files).sum();
        if (files == 0) {
            return "";
        }
        String languages = translations.stream().filter(t -> t.files() > 0)
                .map(t -> translations.size() == 1 ? t.language() : t.language() + ": " + t.files())
                .collect(java.util.stream.Collectors.joining(", "));
        return ", " + count(files, "translated lesson", "translated lessons") + " (" + languages + ")";
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
