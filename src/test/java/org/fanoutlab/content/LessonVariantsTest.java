package org.fanoutlab.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fanoutlab.content.problem.FileProblem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Translated lessons ({@code lessons/es/NN-slug.md}): shown in place of the English lesson when they translate it
 * faithfully, and reported (file:line) with the English lesson shown instead when they do not.
 */
class LessonVariantsTest {
    /** An English lesson with a choice quiz on line 8, a classify quiz on line 18 and a lab on line 30. */
    private static final String ENGLISH = """
            ---
            id: first
            title: "Who moves"
            summary: The first lesson.
            ---
            Who starts the transfer?

            ```quiz
            id: q-choice
            type: single
            prompt: "Pick one."
            options:
              - { text: "Right", correct: true, feedback: "Yes." }
              - { text: "Wrong", correct: false, feedback: "No." }
            hint: "H"
            explain: "E"
            ```
            ```quiz
            id: q-sort
            type: classify
            prompt: "Sort."
            buckets: [Push, Pull]
            items:
              - { text: "Webhook", bucket: Push, feedback: "Sent." }
              - { text: "RSS", bucket: Pull, feedback: "Fetched." }
              - { text: "Phone", bucket: Push, feedback: "Sent." }
            hint: "H"
            explain: "E"
            ```
            ```lab
            preset: tiny
            checkpoints:
              - { at: 60, focus: consumers, say: "Look." }
            ```
            """;

    @TempDir
    Path root;

    private CourseFixture fixture;

    @BeforeEach
    void course() {
        fixture = new CourseFixture(root).preset("tiny").preset("other").lesson("01-first.md", ENGLISH)
                .lessonWithBody("02-second.md", "second", "Only in English.\n");
    }

    @Test
    void aFaithfulTranslationIsShownAndTheOthersFallBackToEnglish() throws IOException {
        translate("01-first.md", spanish());

        Course es = CourseLoader.load(fixture.lessons, fixture.assets, "es");

        assertThat(es.problems()).isEmpty();
        assertThat(es.lessons()).extracting(Lesson::title).containsExactly("Quién mueve", "Lesson second");
        assertThat(es.lessons()).extracting(Lesson::id).containsExactly("first", "second");
        assertThat(es.quiz("q-choice").orElseThrow().prompt()).isEqualTo("Elige una.");
        assertThat(es.lessons().get(0).file()).as("links and progress know it by the English file name")
                .isEqualTo("01-first.md");
        Course en = CourseLoader.load(fixture.lessons, fixture.assets, "en");
        assertThat(en.lessons()).extracting(Lesson::title).containsExactly("Who moves", "Lesson second");
    }

    @Test
    void aLanguageWithoutAFolderIsTheEnglishCourse() {
        assertThat(CourseLoader.load(fixture.lessons, fixture.assets, "pt").lessons()).extracting(Lesson::title)
                .containsExactly("Who moves", "Lesson second");
    }

    @Test
    void aTranslationWithAnotherIdIsReportedAndNotShown() throws IOException {
        translate("01-first.md", spanish().replace("id: first", "id: primera"));

        Course es = CourseLoader.load(fixture.lessons, fixture.assets, "es");

        assertThat(problems(es)).containsExactly(shown("01-first.md") + ":2:1: id 'primera' differs from the English "
                + "lesson (../01-first.md), whose id is 'first': a translation keeps the id, so progress carries "
                + "across languages");
        assertThat(es.lessons().get(0).title()).isEqualTo("Who moves");
    }

    @Test
    void quizIdsTypesAndAnswersMustBeTheEnglishOnes() throws IOException {
        translate("01-first.md", spanish().replace("id: q-choice", "id: q-eleccion"));
        assertThat(problems()).containsExactly(shown("01-first.md") + ":8:1: quiz 1 ('q-eleccion') should have the "
                + "id 'q-choice' of quiz 1 in the English lesson (../01-first.md): quiz ids are shared so answers "
                + "carry across languages");

        translate("01-first.md", spanish().replace("type: single", "type: multiple"));
        assertThat(problems()).containsExactly(shown("01-first.md")
                + ":8:1: quiz 1 ('q-choice') is multiple, in the English lesson (../01-first.md) it is single");

        translate("01-first.md", spanish().replace("correct: true", "correct: X").replace("correct: false",
                "correct: true").replace("correct: X", "correct: false"));
        assertThat(problems()).containsExactly(shown("01-first.md") + ":8:1: quiz 1 ('q-choice') has other answers "
                + "than in the English lesson (../01-first.md): 2 options, right: B here, 2 options, right: A there "
                + "(keep the options, items and steps in the English order)");
    }

    @Test
    void classifyItemsMustLandInTheSameBucketsAsInEnglish() throws IOException {
        translate("01-first.md", spanish().replace("bucket: Es push", "bucket: TMP")
                .replace("bucket: Es pull", "bucket: Es push").replace("bucket: TMP", "bucket: Es pull"));

        assertThat(problems()).singleElement().asString().contains("quiz 2 ('q-sort') has other answers")
                .contains("2 buckets, items in buckets 2, 1, 2 here, 2 buckets, items in buckets 1, 2, 1 there");
    }

    @Test
    void labsMustShowTheSamePresetAndPauseAtTheSameMoments() throws IOException {
        translate("01-first.md", spanish().replace("preset: tiny", "preset: other"));
        assertThat(problems()).containsExactly(shown("01-first.md")
                + ":30:1: lab 1 shows preset 'other', in the English lesson (../01-first.md) it shows 'tiny'");

        translate("01-first.md", spanish().replace("at: 60", "at: 90"));
        assertThat(problems()).containsExactly(shown("01-first.md") + ":30:1: lab 1 pauses at other moments than in "
                + "the English lesson (../01-first.md): at 90 s on consumers says here, at 60 s on consumers says "
                + "there");
    }

    @Test
    void aTranslationIsCheckedLikeAnyLesson() throws IOException {
        translate("01-first.md", spanish().replace("  - { text: \"Mal\", correct: false, feedback: \"No.\" }\n", ""));

        assertThat(problems()).singleElement().asString().startsWith(shown("01-first.md") + ":12:")
                .contains("has 1 options; a single quiz needs 2 to 6");
    }

    @Test
    void aTranslationOfNothingIsReported() throws IOException {
        translate("03-third.md", spanish());
        translate("notes.md", "# Notes\n");

        assertThat(problems()).containsExactly(
                shown("03-third.md") + ": translates nothing: there is no English lesson ../03-third.md",
                shown("notes.md") + ": not read as a lesson: a translated lesson has the file name of the English "
                        + "lesson it translates, e.g. es/04-pull.md");
    }

    @Test
    void aPageWithATranslationIsFoundInTheLanguageFolderAndFallsBackOtherwise() throws IOException {
        translate("help/classroom.md", "# Clase\n");
        Files.createDirectories(fixture.lessons.resolve("help"));
        Files.writeString(fixture.lessons.resolve("help/classroom.md"), "# Class\n");

        assertThat(LessonVariants.localized(fixture.lessons, "help/classroom.md", "es"))
                .isEqualTo(fixture.lessons.resolve("es/help/classroom.md"));
        assertThat(LessonVariants.localized(fixture.lessons, "help/classroom.md", "en"))
                .isEqualTo(fixture.lessons.resolve("help/classroom.md"));
        assertThat(LessonVariants.localized(fixture.lessons, "help/classroom.md", "../x"))
                .isEqualTo(fixture.lessons.resolve("help/classroom.md"));
        assertThat(LessonVariants.languages(fixture.lessons)).containsExactly("es");
    }

    private static String spanish() {
        return ENGLISH.replace("title: \"Who moves\"", "title: \"Quién mueve\"")
                .replace("summary: The first lesson.", "summary: La primera lección.")
                .replace("Pick one.", "Elige una.")
                .replace("\"Right\"", "\"Bien\"").replace("\"Wrong\"", "\"Mal\"")
                .replace("buckets: [Push, Pull]", "buckets: [Es push, Es pull]")
                .replace("bucket: Push", "bucket: Es push").replace("bucket: Pull", "bucket: Es pull")
                .replace("say: \"Look.\"", "say: \"Mira.\"");
    }

    private void translate(String fileName, String text) throws IOException {
        Path file = fixture.lessons.resolve("es").resolve(fileName);
        Files.createDirectories(file.getParent());
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    private String shown(String fileName) {
        return fixture.lessons.resolve("es").resolve(fileName).toString();
    }

    private List<String> problems() {
        return problems(CourseLoader.load(fixture.lessons, fixture.assets, "es"));
    }

    private static List<String> problems(Course course) {
        return course.problems().stream().map(FileProblem::toString).toList();
    }
}
