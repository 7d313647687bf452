package org.fanoutlab.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.fanoutlab.content.scenario.ScenarioFileException;
import org.fanoutlab.content.scenario.ScenarioReader;
import org.fanoutlab.content.problem.FileProblem;

/** Reads a lessons folder (docs/architecture.md, "Lessons"; docs/decisions/0004-content-and-progress.md) into a {@link Course}; never throws for bad content. */
public final class CourseLoader {
    /** {@code NN-slug.md}: the number orders the course. */
    static final Pattern LESSON_FILE = Pattern.compile("[0-9]{2,}-[A-Za-z0-9][A-Za-z0-9_-]*\\.md");

    private CourseLoader() {
    }

    /**
     * Images are looked up in {@code assets/} beside the lessons folder (as in the repository and in the jar).
     *
     * @param lessonsDir a folder with NN-slug.md lessons and a scenarios/ subfolder
     */
    public static Course load(Path lessonsDir) {
        Path parent = lessonsDir.toAbsolutePath().normalize().getParent();
        return load(lessonsDir, parent == null ? null : parent.resolve("assets"));
    }

    /** @param assetsDir the folder image paths are relative to; null when there is none */
    public static Course load(Path lessonsDir, Path assetsDir) {
        Path scenariosDir = lessonsDir.resolve("scenarios");
        List<FileProblem> problems = new ArrayList<>();
        List<Lesson> lessons = new ArrayList<>();
        if (!Files.isDirectory(lessonsDir)) {
            problems.add(new FileProblem(lessonsDir.toString(), 0, 0, "lessons folder not found"));
            return new Course(lessons, problems, scenariosDir);
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(lessonsDir)) {
            files = listing.filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException | RuntimeException e) {
            problems.add(new FileProblem(lessonsDir.toString(), 0, 0, "cannot list the lessons folder: " + reason(e)));
            return new Course(lessons, problems, scenariosDir);
        }

        Map<String, String> lessonIds = new HashMap<>();
        Map<String, String> quizIds = new HashMap<>();
        int lessonFiles = 0;
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (!name.toLowerCase(Locale.ROOT).endsWith(".md")) {
                continue;
            }
            String shown = lessonsDir.resolve(name).toString();
            if (!LESSON_FILE.matcher(name).matches()) {
                // A lesson named "4-pull.md" would otherwise vanish from the course without a word.
                if (!name.equalsIgnoreCase("README.md")) {
                    problems.add(new FileProblem(shown, 0, 0,
                            "not read as a lesson: lesson files are named NN-slug.md, e.g. 04-pull.md"));
                }
                continue;
            }
            lessonFiles++;
            String content;
            try {
                content = readText(file, shown);
            } catch (UnreadableFile e) {
                problems.add(e.problem());
                continue;
            }
            LessonParser.Result parsed;
            try {
                parsed = LessonParser.parse(content, name, shown, scenariosDir, assetsDir);
            } catch (RuntimeException e) {
                // A parser bug must not keep the other lessons from opening.
                problems.add(new FileProblem(shown, 0, 0, "could not be read as a lesson: " + reason(e)));
                continue;
            }
            List<FileProblem> found = new ArrayList<>(parsed.problems());
            LessonParser.LocatedId id = parsed.lessonId();
            if (id != null) {
                String first = lessonIds.putIfAbsent(id.id(), shown);
                if (first != null) {
                    found.add(new FileProblem(shown, id.line(), id.column(),
                            "lesson id '" + id.id() + "' is already used by " + first));
                }
            }
            for (LessonParser.LocatedId quiz : parsed.quizIds()) {
                String here = shown + ":" + quiz.line();
                String first = quizIds.putIfAbsent(quiz.id(), here);
                if (first != null) {
                    found.add(new FileProblem(shown, quiz.line(), quiz.column(),
                            "quiz id '" + quiz.id() + "' is already used at " + first));
                }
            }
            problems.addAll(found);
            if (found.isEmpty() && parsed.lesson() != null) {
                lessons.add(parsed.lesson());
            }
        }
        if (lessonFiles == 0) {
            problems.add(new FileProblem(lessonsDir.toString(), 0, 0, "no lesson files (NN-slug.md) in this folder"));
        }
        problems.addAll(checkPresets(scenariosDir));
        return new Course(lessons, problems, scenariosDir);
    }

    /**
     * The course in {@code language} (a code such as {@code es}): each lesson from {@code lessons/<language>/} where
     * a valid translation of it exists, else the English lesson (see {@link LessonVariants}). The problems are the
     * English course's and the translations'. English, or a language without a folder, is the English course.
     */
    public static Course load(Path lessonsDir, Path assetsDir, String language) {
        Course english = load(lessonsDir, assetsDir);
        if (language == null || language.equals("en") || !LessonVariants.languages(lessonsDir).contains(language)) {
            return english;
        }
        return LessonVariants.overlay(english, LessonVariants.read(lessonsDir, assetsDir, language, english));
    }

    /** Every {@code scenarios/*.json}, in name order. Empty when there is no scenarios folder. */
    public static List<Path> presetFiles(Path scenariosDir) throws IOException {
        if (!Files.isDirectory(scenariosDir)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(scenariosDir)) {
            return listing.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        }
    }

    private static List<FileProblem> checkPresets(Path scenariosDir) {
        List<FileProblem> problems = new ArrayList<>();
        List<Path> presets;
        try {
            presets = presetFiles(scenariosDir);
        } catch (IOException | RuntimeException e) {
            problems.add(new FileProblem(scenariosDir.toString(), 0, 0, "cannot list the presets: " + reason(e)));
            return problems;
        }
        for (Path preset : presets) {
            try {
                ScenarioReader.read(preset);
            } catch (ScenarioFileException e) {
                problems.addAll(e.problems());
            } catch (IOException e) {
                problems.add(new FileProblem(preset.toString(), 0, 0, "cannot be read: " + reason(e)));
            } catch (RuntimeException e) {
                // The reader is another layer; whatever it does, the course must still open.
                problems.add(new FileProblem(preset.toString(), 0, 0, "could not be checked: " + reason(e)));
            }
        }
        return problems;
    }

    /** The file as UTF-8 text without a byte-order mark; binary or non-UTF-8 files are problems. */
    static String readText(Path file, String shown) throws UnreadableFile {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFile(new FileProblem(shown, 0, 0, "cannot be read: " + reason(e)));
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new UnreadableFile(new FileProblem(shown, lineAt(bytes, i), 0,
                        "looks like a binary file (it contains a NUL byte), not a Markdown lesson"));
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        String text;
        try {
            text = decoder.decode(in).toString();
        } catch (CharacterCodingException e) {
            // decode() leaves the buffer at the offending byte, so the author is sent to the right line.
            throw new UnreadableFile(new FileProblem(shown, lineAt(bytes, in.position()), 0,
                    "is not UTF-8 text; save it as UTF-8"));
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    static String reason(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    static final class UnreadableFile extends ProblemException {
        private static final long serialVersionUID = 1L;

        UnreadableFile(FileProblem problem) {
            super(problem, problem.message());
        }
    }
}
