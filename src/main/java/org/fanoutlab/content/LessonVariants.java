package org.fanoutlab.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.fanoutlab.content.problem.FileProblem;

/**
 * Translated lessons: {@code lessons/<language>/NN-slug.md} is the lesson {@code lessons/NN-slug.md} in another
 * language (docs/decisions/0011-ui-language.md). A translation changes the words only. It keeps the English
 * lesson's id, its quizzes in the same order with the same ids, types and answers (so a quiz answered in one
 * language shows as answered in every other, and a stored answer means the same option everywhere), and its labs
 * with the same presets and checkpoints. It shares the presets and images of the English course. Anything else is
 * a problem, and the reader shows the English lesson instead: a course falls back lesson by lesson.
 */
public final class LessonVariants {
    /** A translation folder is named by its language's code: {@code es}, {@code pt}, {@code fil}. */
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    /**
     * The translations of one language that can be shown, and what is wrong with the others.
     *
     * @param lessons the usable translations by English file name ({@code 01-who-moves-the-data.md})
     * @param files   how many lesson files the language's folder holds
     */
    public record Result(String language, Map<String, Lesson> lessons, List<FileProblem> problems, int files) {
        public Result {
            lessons = Map.copyOf(lessons);
            problems = List.copyOf(problems);
        }
    }

    private LessonVariants() {
    }

    /** The languages that have a folder of translations in {@code lessonsDir}, in name order. */
    public static List<String> languages(Path lessonsDir) {
        if (!Files.isDirectory(lessonsDir)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(lessonsDir)) {
            return listing.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString().replace("/", ""))
                    .filter(n -> LANGUAGE.matcher(n).matches())
                    .sorted()
                    .toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /**
     * The file {@code relative} (e.g. {@code help/classroom.md}) in {@code language}'s folder if it is there, else
     * the English one.
     */
    public static Path localized(Path lessonsDir, String relative, String language) {
        if (language != null && LANGUAGE.matcher(language).matches()) {
            Path translated = lessonsDir.resolve(language).resolve(relative);
            if (Files.isRegularFile(translated)) {
                return translated;
            }
        }
        return lessonsDir.resolve(relative);
    }

    /**
     * Reads and checks {@code lessons/<language>/} against the English course read from the same folder.
     *
     * @param english the English course, as {@link CourseLoader#load(Path, Path)} read it
     */
    public static Result read(Path lessonsDir, Path assetsDir, String language, Course english) {
        Path dir = lessonsDir.resolve(language);
        List<FileProblem> problems = new ArrayList<>();
        Map<String, Lesson> usable = new LinkedHashMap<>();
        if (!Files.isDirectory(dir)) {
            return new Result(language, usable, problems, 0);
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md"))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException | RuntimeException e) {
            problems.add(new FileProblem(dir.toString(), 0, 0, "cannot list the translated lessons: "
                    + CourseLoader.reason(e)));
            return new Result(language, usable, problems, 0);
        }
        int count = 0;
        for (Path file : files) {
            String name = file.getFileName().toString();
            String shown = dir.resolve(name).toString();
            if (!CourseLoader.LESSON_FILE.matcher(name).matches()) {
                if (!name.equalsIgnoreCase("README.md")) {
                    problems.add(new FileProblem(shown, 0, 0, "not read as a lesson: a translated lesson has the "
                            + "file name of the English lesson it translates, e.g. " + language + "/04-pull.md"));
                }
                continue;
            }
            count++;
            List<FileProblem> found = new ArrayList<>();
            Lesson lesson = readOne(file, name, shown, english, assetsDir, found);
            problems.addAll(found);
            if (lesson != null && found.isEmpty()) {
                usable.put(name, lesson);
            }
        }
        return new Result(language, usable, problems, count);
    }

    private static Lesson readOne(Path file, String name, String shown, Course english, Path assetsDir,
                                  List<FileProblem> problems) {
        Lesson original = english.lessons().stream().filter(l -> l.file().equals(name)).findFirst().orElse(null);
        if (original == null) {
            boolean exists = Files.isRegularFile(file.getParent().getParent().resolve(name));
            problems.add(new FileProblem(shown, 0, 0, exists
                    ? "translates ../" + name + ", which has problems of its own: fix the English lesson first"
                    : "translates nothing: there is no English lesson ../" + name));
            return null;
        }
        String content;
        try {
            content = CourseLoader.readText(file, shown);
        } catch (CourseLoader.UnreadableFile e) {
            problems.add(e.problem());
            return null;
        }
        LessonParser.Result parsed;
        try {
            parsed = LessonParser.parse(content, name, shown, english.scenariosDir(), assetsDir);
        } catch (RuntimeException e) {
            problems.add(new FileProblem(shown, 0, 0, "could not be read as a lesson: " + CourseLoader.reason(e)));
            return null;
        }
        problems.addAll(parsed.problems());
        if (parsed.lesson() == null) {
            return null;
        }
        problems.addAll(compare(original, parsed.lesson(), parsed.lessonId(), shown));
        return parsed.lesson();
    }

    /** What makes {@code variant} something other than a translation of {@code original}. */
    static List<FileProblem> compare(Lesson original, Lesson variant, LessonParser.LocatedId id, String shown) {
        List<FileProblem> out = new ArrayList<>();
        String english = "the English lesson (../" + original.file() + ")";
        if (!original.id().equals(variant.id())) {
            out.add(new FileProblem(shown, id == null ? 0 : id.line(), id == null ? 0 : id.column(),
                    "id '" + variant.id() + "' differs from " + english + ", whose id is '" + original.id()
                            + "': a translation keeps the id, so progress carries across languages"));
        }
        List<Quiz> ours = variant.quizzes();
        List<Quiz> theirs = original.quizzes();
        if (ours.size() != theirs.size()) {
            out.add(new FileProblem(shown, 0, 0, "has " + count(ours.size(), "quiz", "quizzes") + ", " + english
                    + " has " + theirs.size() + " (" + ids(theirs) + "): a translation asks the same questions"));
        } else {
            for (int i = 0; i < ours.size(); i++) {
                compareQuiz(theirs.get(i), ours.get(i), i + 1, english, shown).ifPresent(out::add);
            }
        }
        List<LessonBlock.Lab> ourLabs = labs(variant);
        List<LessonBlock.Lab> theirLabs = labs(original);
        if (ourLabs.size() != theirLabs.size()) {
            out.add(new FileProblem(shown, 0, 0, "has " + count(ourLabs.size(), "lab", "labs") + ", " + english
                    + " has " + theirLabs.size() + ": a translation shows the same labs"));
        } else {
            for (int i = 0; i < ourLabs.size(); i++) {
                compareLab(theirLabs.get(i), ourLabs.get(i), i + 1, english, shown).ifPresent(out::add);
            }
        }
        return out;
    }

    private static java.util.Optional<FileProblem> compareQuiz(Quiz en, Quiz q, int n, String english,
                                                               String shown) {
        String where = "quiz " + n + " ('" + q.id() + "')";
        if (!en.id().equals(q.id())) {
            return problem(shown, q.line(), where + " should have the id '" + en.id() + "' of quiz " + n + " in "
                    + english + ": quiz ids are shared so answers carry across languages");
        }
        if (en.type() != q.type()) {
            return problem(shown, q.line(), where + " is " + q.type().id() + ", in " + english + " it is "
                    + en.type().id());
        }
        String ourKey = answerKey(q);
        String theirKey = answerKey(en);
        if (!ourKey.equals(theirKey)) {
            return problem(shown, q.line(), where + " has other answers than in " + english + ": " + ourKey
                    + " here, " + theirKey + " there (keep the options, items and steps in the English order)");
        }
        return java.util.Optional.empty();
    }

    private static java.util.Optional<FileProblem> compareLab(LessonBlock.Lab en, LessonBlock.Lab lab, int n,
                                                              String english, String shown) {
        String where = "lab " + n;
        if (!en.preset().equals(lab.preset())) {
            return problem(shown, lab.line(), where + " shows preset '" + lab.preset() + "', in " + english
                    + " it shows '" + en.preset() + "'");
        }
        String ours = checkpoints(lab);
        String theirs = checkpoints(en);
        if (!ours.equals(theirs)) {
            return problem(shown, lab.line(), where + " pauses at other moments than in " + english + ": "
                    + (ours.isEmpty() ? "never" : ours) + " here, " + (theirs.isEmpty() ? "never" : theirs)
                    + " there");
        }
        return java.util.Optional.empty();
    }

    /**
     * What a quiz's answers are, without its words: the part a translation must keep. A type added later is
     * compared by its id and type alone until it is described here.
     */
    static String answerKey(Quiz q) {
        QuizBody b = q.body();
        if (b instanceof ChoiceQuiz.Body c) {
            List<String> right = new ArrayList<>();
            for (int i = 0; i < c.options().size(); i++) {
                if (c.options().get(i).correct()) {
                    right.add(i < LETTERS.length() ? String.valueOf(LETTERS.charAt(i)) : Integer.toString(i + 1));
                }
            }
            return c.options().size() + " options, right: " + String.join(", ", right);
        }
        if (b instanceof TrueFalseQuiz.Body t) {
            return "answer " + t.answer();
        }
        if (b instanceof NumericQuiz.Body nq) {
            return "answer " + QuizAnswers.plain(nq.answer()) + " \u00b1 " + QuizAnswers.plain(nq.tolerance());
        }
        if (b instanceof PredictQuiz.Body p) {
            return "preset " + p.preset() + ", metric " + p.metric() + ", tolerance "
                    + QuizAnswers.plain(p.tolerance()) + " or " + QuizAnswers.plain(p.tolerancePercent()) + " %";
        }
        if (b instanceof ClassifyQuiz.Body c) {
            return c.buckets().size() + " buckets, items in buckets " + c.items().stream()
                    .map(i -> Integer.toString(i.bucket() + 1)).collect(Collectors.joining(", "));
        }
        if (b instanceof OrderQuiz.Body o) {
            return o.steps().size() + " steps";
        }
        return q.type().id();
    }

    /** "at 901 s on fanout says, at 1800 s on consumers asks initiative-x". */
    private static String checkpoints(LessonBlock.Lab lab) {
        return lab.checkpoints().stream()
                .map(c -> "at " + QuizAnswers.plain(c.at()) + " s" + (c.focus() == null ? "" : " on " + c.focus())
                        + (c.asks() ? " asks" : " says"))
                .collect(Collectors.joining(", "));
    }

    private static List<LessonBlock.Lab> labs(Lesson lesson) {
        return lesson.blocks().stream().filter(LessonBlock.Lab.class::isInstance)
                .map(LessonBlock.Lab.class::cast).toList();
    }

    private static String ids(List<Quiz> quizzes) {
        return quizzes.stream().map(Quiz::id).collect(Collectors.joining(", "));
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static java.util.Optional<FileProblem> problem(String shown, int line, String message) {
        return java.util.Optional.of(new FileProblem(shown, line, line > 0 ? 1 : 0, message));
    }

    /** The course with each lesson in {@code result}'s language where it has a usable translation. */
    static Course overlay(Course english, Result result) {
        List<Lesson> lessons = english.lessons().stream()
                .map(l -> result.lessons().getOrDefault(l.file(), l))
                .toList();
        List<FileProblem> problems = new ArrayList<>(english.problems());
        problems.addAll(result.problems());
        return new Course(lessons, problems, Objects.requireNonNull(english.scenariosDir()));
    }
}
