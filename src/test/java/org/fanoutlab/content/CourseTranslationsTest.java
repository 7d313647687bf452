package org.fanoutlab.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fanoutlab.content.problem.FileProblem;
import org.junit.jupiter.api.Test;

/**
 * The translated lessons shipped in {@code lessons/<language>/}: each is a clean translation that the course shows,
 * its quizzes are the English quizzes (so progress carries across languages), and it states the same figures as the
 * English lesson, whose figures {@code LessonFiguresTest} checks against the engine.
 */
class CourseTranslationsTest {
    private static final Path LESSONS = Path.of("lessons");
    private static final Path ASSETS = Path.of("assets");
    /** A figure as a lesson writes it: 20,000 or 0.5 in English; 20.000 or 0,5 in Spanish. */
    private static final Pattern FIGURE = Pattern.compile("\\d+(?:[.,]\\d+)*");

    @Test
    void thereIsASpanishTranslationOfTheFirstLesson() {
        assertThat(LessonVariants.languages(LESSONS)).contains("es");
        assertThat(Files.isRegularFile(LESSONS.resolve("es/01-who-moves-the-data.md"))).isTrue();
    }

    @Test
    void everyTranslationIsCleanAndShownInPlaceOfTheEnglishLesson() {
        Course english = CourseLoader.load(LESSONS, ASSETS);
        for (String language : LessonVariants.languages(LESSONS)) {
            LessonVariants.Result result = LessonVariants.read(LESSONS, ASSETS, language, english);
            assertThat(result.problems()).as(language).extracting(FileProblem::toString).isEmpty();
            assertThat(result.lessons()).as(language).hasSize(result.files());
            Course translated = CourseLoader.load(LESSONS, ASSETS, language);
            for (Lesson l : result.lessons().values()) {
                assertThat(translated.lesson(l.id())).as(language + " " + l.file()).contains(l);
            }
        }
    }

    @Test
    void aQuizAnsweredInOneLanguageIsTheSameQuizInTheOther() {
        Course english = CourseLoader.load(LESSONS, ASSETS);
        for (String language : LessonVariants.languages(LESSONS)) {
            Course translated = CourseLoader.load(LESSONS, ASSETS, language);
            assertThat(translated.lessons()).extracting(Lesson::id)
                    .containsExactlyElementsOf(english.lessons().stream().map(Lesson::id).toList());
            for (Lesson l : translated.lessons()) {
                assertThat(l.quizzes()).extracting(Quiz::id).as(language + " " + l.file())
                        .containsExactlyElementsOf(english.lesson(l.id()).orElseThrow().quizzes().stream()
                                .map(Quiz::id).toList());
            }
        }
    }

    @Test
    void aTranslationStatesTheSameFiguresAsTheEnglishLesson() throws IOException {
        List<String> differences = new ArrayList<>();
        for (String language : LessonVariants.languages(LESSONS)) {
            try (var files = Files.list(LESSONS.resolve(language))) {
                for (Path translation : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                    Path original = LESSONS.resolve(translation.getFileName().toString());
                    Set<String> en = figures(Files.readString(original), '.', ',');
                    Set<String> tr = figures(Files.readString(translation), decimalComma(language) ? ',' : '.',
                            decimalComma(language) ? '.' : ',');
                    if (!en.equals(tr)) {
                        Set<String> missing = new TreeSet<>(en);
                        missing.removeAll(tr);
                        Set<String> extra = new TreeSet<>(tr);
                        extra.removeAll(en);
                        differences.add(translation + ": figures only in English " + missing + ", only here " + extra);
                    }
                }
            }
        }
        assertThat(differences).isEmpty();
    }

    @Test
    void figuresAreReadTheWayEachLanguageWritesThem() {
        assertThat(figures("1,000 consumers, 0.5 s, 20,000", '.', ',')).containsExactly("0.5", "1000", "20000");
        assertThat(figures("1.000 consumidores, 0,5 s, 20.000", ',', '.')).containsExactly("0.5", "1000", "20000");
    }

    private static boolean decimalComma(String language) {
        return !language.equals("en");
    }

    /** The figures in {@code text} as plain numbers ("20000", "0.5"), whatever the separators. */
    static Set<String> figures(String text, char decimal, char grouping) {
        Set<String> out = new TreeSet<>();
        Matcher m = FIGURE.matcher(text);
        while (m.find()) {
            String plain = m.group().replace(String.valueOf(grouping), "").replace(decimal, '.');
            out.add(QuizAnswers.plain(Double.parseDouble(plain)));
        }
        return out;
    }
}
