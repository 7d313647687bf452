package org.fanoutlab.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.fanoutlab.content.problem.FileProblem;

class CourseLoaderTest {
    private static final String GOOD = """
            ---
            id: pull
            title: "Pull: the consumer asks"
            summary: One line for the lesson list.
            ---
            # Pull

            Text with ![diagram](diagrams/pull.png "Pull").

            ```java
            int x = 1;
            ```

            ```lab
            preset: tiny-pull
            caption: Watch the grey answers.
            ```

            Between.

            ```quiz
            id: pull-wasted
            type: numeric
            prompt: How many empty checks per useful one?
            answer: 119
            tolerance: 1
            unit: checks
            hint: Count the checks in an hour.
            explain: 120 checks an hour, one of them useful.
            ```
            Last words.
            """;

    @TempDir
    Path temp;
    CourseFixture fixture;

    @BeforeEach
    void setUp() {
        // Presets only where a test needs them: their checks belong to the scenario reader, tested on its own.
        fixture = new CourseFixture(temp).asset("diagrams/pull.png");
    }

    @Test
    void aGoodLessonParsesIntoTextLabQuizTextBlocksWithTheirLines() {
        fixture.preset("tiny-pull").lesson("04-pull.md", GOOD);

        Course course = fixture.load();

        assertThat(fixture.problemsIn("04-pull.md")).isEmpty();
        assertThat(course.lessons()).hasSize(1);
        Lesson lesson = course.lessons().get(0);
        assertThat(lesson.id()).isEqualTo("pull");
        assertThat(lesson.title()).isEqualTo("Pull: the consumer asks");
        assertThat(lesson.summary()).isEqualTo("One line for the lesson list.");
        assertThat(lesson.file()).isEqualTo("04-pull.md");
        assertThat(lesson.blocks()).containsExactly(
                new LessonBlock.Text("# Pull\n\nText with ![diagram](diagrams/pull.png \"Pull\").\n\n"
                        + "```java\nint x = 1;\n```", 6),
                new LessonBlock.Lab("tiny-pull", "Watch the grey answers.", 14),
                new LessonBlock.Text("Between.", 19),
                new LessonBlock.QuizBlock(new Quiz("pull-wasted", QuizType.NUMERIC,
                        "How many empty checks per useful one?", new NumericQuiz.Body(119.0, 1, "checks"),
                        "Count the checks in an hour.", "120 checks an hour, one of them useful.", 21), 21),
                new LessonBlock.Text("Last words.", 31));
        assertThat(course.quiz("pull-wasted")).isPresent();
        assertThat(course.lessonOfQuiz("pull-wasted")).contains(lesson);
        assertThat(course.preset("tiny-pull")).isEqualTo(fixture.scenarios.resolve("tiny-pull.json"));
    }

    @Test
    void everyQuizTypeParsesIntoTheDomainRecord() {
        fixture.preset("tiny-pull").lessonWithBody("01-all.md", "all", """
                ```quiz
                id: s
                type: single
                prompt: Pick one.
                options:
                  - text: A
                    correct: true
                    feedback: Right.
                  - text: B
                    feedback: Wrong.
                hint: H
                explain: E
                ```
                ```quiz
                id: t
                type: true-false
                prompt: True?
                answer: false
                whenTrue: No.
                whenFalse: Yes.
                hint: H
                explain: E
                ```
                ```quiz
                id: p
                type: predict
                prompt: Guess.
                preset: tiny-pull
                metric: deliveryLatencySeconds.p99
                tolerancePercent: 10
                tolerance: 2
                hint: H
                explain: E
                ```
                """);

        Course course = fixture.load();

        assertThat(fixture.problemsIn("01-all.md")).isEmpty();
        Quiz single = course.quiz("s").orElseThrow();
        assertThat(single.options()).containsExactly(new QuizOption("A", true, "Right."),
                new QuizOption("B", false, "Wrong."));
        assertThat(single.line()).isEqualTo(6);
        Quiz trueFalse = course.quiz("t").orElseThrow();
        assertThat(trueFalse.body(TrueFalseQuiz.Body.class)).isEqualTo(new TrueFalseQuiz.Body(false, "No.", "Yes."));
        Quiz predict = course.quiz("p").orElseThrow();
        PredictQuiz.Body p = predict.body(PredictQuiz.Body.class);
        assertThat(p.preset()).isEqualTo("tiny-pull");
        assertThat(p.metric()).isEqualTo("deliveryLatencySeconds.p99");
        assertThat(p.tolerancePercent()).isEqualTo(10);
        assertThat(predict.tolerance()).isEqualTo(2);
        assertThat(course.lessons().get(0).quizzes()).extracting(Quiz::id).containsExactly("s", "t", "p");
    }

    @Test
    void lessonsLoadInFileNameOrderAndABadOneDoesNotStopTheOthers() {
        fixture.lessonWithBody("10-last.md", "last", "Text.\n")
                .lessonWithBody("02-first.md", "first", "Text.\n")
                .lesson("05-broken.md", "no front matter here\n");

        Course course = fixture.load();

        assertThat(course.lessons()).extracting(Lesson::id).containsExactly("first", "last");
        assertThat(course.problems()).extracting(FileProblem::toString).containsExactly(
                fixture.shown("05-broken.md") + ":1:1: a lesson must start with front matter: a '---' line, "
                        + "then id, title and summary, then '---'");
    }

    @Test
    void aQuizFenceInsideALongerFenceStaysExampleText() {
        fixture.lessonWithBody("01-authors.md", "authors", """
                ````markdown
                ```quiz
                id: not-a-quiz
                ```
                ````
                """);

        Lesson lesson = fixture.load().lessons().get(0);

        assertThat(lesson.quizzes()).isEmpty();
        assertThat(lesson.blocks()).containsExactly(new LessonBlock.Text(
                "````markdown\n```quiz\nid: not-a-quiz\n```\n````", 6));
    }

    @Test
    void windowsLineEndingsAndAByteOrderMarkAreRead() {
        fixture.preset("tiny-pull").lesson("01-crlf.md", "\uFEFF" + GOOD.replace("\n", "\r\n"));

        Course course = fixture.load();

        assertThat(fixture.problemsIn("01-crlf.md")).isEmpty();
        assertThat(course.lessons().get(0).blocks().get(1)).isEqualTo(
                new LessonBlock.Lab("tiny-pull", "Watch the grey answers.", 14));
    }

    @Test
    void missingAndUnknownFrontMatterKeysAreReportedAtTheirLines() {
        fixture.lesson("01-front.md", """
                ---
                id: front
                summary: S
                author: me
                ---
                Text.
                """);

        assertThat(fixture.problemsIn("01-front.md")).containsExactlyInAnyOrder(
                fixture.shown("01-front.md") + ":4:1: front matter: unknown key 'author' (use id, title, summary)",
                fixture.shown("01-front.md") + ":1:1: front matter: missing 'title'");
        assertThat(fixture.load().lessons()).isEmpty();
    }

    @Test
    void unclosedFrontMatterIsReportedAtLineOne() {
        fixture.lesson("01-open.md", "---\nid: open\ntitle: T\n");

        assertThat(fixture.problemsIn("01-open.md")).containsExactly(
                fixture.shown("01-open.md") + ":1:1: front matter opened here is never closed with '---'");
    }

    @Test
    void duplicateLessonIdsAreReportedInTheLaterFileAndTheFirstStillLoads() {
        fixture.lessonWithBody("01-a.md", "same", "A.\n").lessonWithBody("02-b.md", "same", "B.\n");

        Course course = fixture.load();

        assertThat(course.lessons()).extracting(Lesson::file).containsExactly("01-a.md");
        assertThat(course.problems()).extracting(FileProblem::toString).containsExactly(
                fixture.shown("02-b.md") + ":2:1: lesson id 'same' is already used by " + fixture.shown("01-a.md"));
    }

    @Test
    void duplicateQuizIdsAcrossTheCourseAreReportedAtTheSecondId() {
        String quiz = "```quiz\nid: dup\ntype: true-false\nprompt: P\nanswer: true\nwhenTrue: Y\nwhenFalse: N\n"
                + "hint: H\nexplain: E\n```\n";
        fixture.lessonWithBody("01-a.md", "a", quiz).lessonWithBody("02-b.md", "b", "Text.\n\n" + quiz);

        Course course = fixture.load();

        assertThat(course.lessons()).extracting(Lesson::id).containsExactly("a");
        assertThat(course.problems()).extracting(FileProblem::toString).containsExactly(
                fixture.shown("02-b.md") + ":9:1: quiz id 'dup' is already used at " + fixture.shown("01-a.md") + ":7");
    }

    @Test
    void anUnterminatedQuizFenceIsReportedWhereItOpens() {
        fixture.lessonWithBody("01-open.md", "open", "Intro.\n\n```quiz\nid: q\ntype: numeric\n");

        assertThat(fixture.problemsIn("01-open.md")).containsExactly(fixture.shown("01-open.md")
                + ":8:1: ```quiz block opened here is never closed (close it with a line of ```)");
    }

    @Test
    void anUnterminatedCodeFenceIsReportedToo() {
        fixture.lessonWithBody("01-open.md", "open", "Intro.\n\n~~~~text\nsome code\n");

        assertThat(fixture.problemsIn("01-open.md")).containsExactly(fixture.shown("01-open.md")
                + ":8:1: code fence opened here is never closed (close it with a line of ~~~~)");
    }

    @Test
    void aFileThatIsNotUtf8IsReportedAtTheLineOfTheBadByte() {
        byte[] head = (CourseFixture.FRONT.formatted("latin", "latin") + "Caf").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 2];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xE9; // é in Latin-1
        bytes[head.length + 1] = '\n';
        fixture.bytes("01-latin.md", bytes).lessonWithBody("02-fine.md", "fine", "Fine.\n");

        assertThat(fixture.problemsIn("01-latin.md")).containsExactly(
                fixture.shown("01-latin.md") + ":6:1: is not UTF-8 text; save it as UTF-8");
        assertThat(fixture.load().lessons()).extracting(Lesson::id).containsExactly("fine");
    }

    @Test
    void aBinaryFileIsRefused() {
        fixture.bytes("01-image.md", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});

        assertThat(fixture.problemsIn("01-image.md")).containsExactly(fixture.shown("01-image.md")
                + ":1:1: looks like a binary file (it contains a NUL byte), not a Markdown lesson");
    }

    @Test
    void aMisnamedMarkdownFileIsReportedButReadmeIsIgnored() {
        fixture.lessonWithBody("01-ok.md", "ok", "Ok.\n")
                .lesson("4-pull.md", "x")
                .lesson("README.md", "# About these lessons");

        assertThat(fixture.load().problems()).extracting(FileProblem::toString).containsExactly(
                fixture.shown("4-pull.md") + ": not read as a lesson: lesson files are named NN-slug.md, e.g. 04-pull.md");
    }

    @Test
    void aMissingFolderIsAProblemNotAnException() {
        Path nowhere = temp.resolve("nowhere");

        Course course = CourseLoader.load(nowhere);

        assertThat(course.lessons()).isEmpty();
        assertThat(course.problems()).extracting(FileProblem::toString)
                .containsExactly(nowhere + ": lessons folder not found");
    }

    @Test
    void aFolderWithoutLessonsIsAProblem() {
        assertThat(fixture.load().problems()).extracting(FileProblem::message)
                .containsExactly("no lesson files (NN-slug.md) in this folder");
    }

    @Test
    void missingImagesAndImagesOutsideAssetsAreReportedWithTheirColumns() {
        fixture.lessonWithBody("01-img.md", "img", """
                Fine: ![ok](diagrams/pull.png) and ![gone](diagrams/push.png).
                ![up](../secret.png)
                Remote ![r](https://example.com/x.png) and ![abs](/etc/passwd) and ![f](file:///etc/passwd)
                In code: `![not checked](nope.png)`
                ```text
                ![not checked either](nope.png)
                ```
                """);
        String f = fixture.shown("01-img.md");

        assertThat(fixture.problemsIn("01-img.md")).containsExactly(
                f + ":6:36: image 'diagrams/push.png' not found: there is no assets/diagrams/push.png "
                        + "(image paths are relative to assets/)",
                f + ":7:1: image '../secret.png' leaves assets/ ('..' is not allowed)",
                f + ":8:8: image 'https://example.com/x.png' is a URL or drive path; lessons may only use files "
                        + "inside assets/ (the app works offline)",
                f + ":8:44: image '/etc/passwd' is an absolute path; write it relative to assets/",
                f + ":8:68: image 'file:///etc/passwd' is a URL or drive path; lessons may only use files "
                        + "inside assets/ (the app works offline)");
    }

    @Test
    void imagesAreLookedUpInTheAssetsFolderBesideTheLessons() throws Exception {
        fixture.lessonWithBody("01-img.md", "img", "![d](d.png)\n");
        Files.write(fixture.lessons.resolve("d.png"), new byte[] {1}); // beside the lesson is not assets/

        assertThat(fixture.problemsIn("01-img.md")).singleElement().asString().contains("there is no assets/d.png");
        fixture.asset("d.png");
        assertThat(fixture.problemsIn("01-img.md")).isEmpty();
    }

    @Test
    void theCourseKnowsItsPresetFolder() {
        fixture.lessonWithBody("01-a.md", "a", "A.\n");

        assertThat(fixture.load().scenariosDir()).isEqualTo(fixture.scenarios);
    }

    @Test
    void validPresetsAddNoProblems() {
        fixture.preset("tiny-pull").preset("other").lessonWithBody("01-a.md", "a", "A.\n");

        assertThat(fixture.load().problems()).isEmpty();
    }

    @Test
    void everyPresetIsCheckedByTheScenarioReaderEvenWhenNoLessonUsesIt() throws Exception {
        fixture.preset("tiny-pull").lesson("04-pull.md", GOOD);
        Files.writeString(fixture.scenarios.resolve("broken.json"),
                CourseFixture.TINY_PRESET.replace("\"pollIntervalSeconds\": 30", "\"pollIntervalSeconds\": 0"));
        Files.writeString(fixture.scenarios.resolve("notes.txt"), "not a preset");

        Course course = fixture.load();

        assertThat(course.lessons()).extracting(Lesson::id).containsExactly("pull");
        assertThat(course.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).endsWith("broken.json");
            assertThat(p.line()).isEqualTo(10); // the "pollIntervalSeconds" line of the preset
            assertThat(p.message()).contains("pollIntervalSeconds");
        });
    }
}
