package org.fanoutlab.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fences are known blocks, code samples, or an unknown block that is reported instead of shown as code. */
class LessonBlockRegistryTest {
    private static final String F = "01-b.md";

    @TempDir
    Path temp;
    CourseFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new CourseFixture(temp);
    }

    @Test
    void aMisspeltBlockIsReportedAtItsFence() {
        fixture.lessonWithBody(F, "b", "Intro.\n\n```quizz\nid: q\n```\n");

        assertThat(fixture.problemsIn(F)).containsExactly(fixture.shown(F) + ":8:4: unknown block 'quizz': a lesson "
                + "embeds lab or quiz blocks, and a code sample names a language (text, json, http, …) or none");
        assertThat(fixture.load().lessons()).isEmpty();
    }

    @Test
    void aBlockThisVersionDoesNotKnowIsReportedNotShownAsCode() {
        fixture.lessonWithBody(F, "b", "~~~checkpoint\nat: 30\n~~~\n");

        assertThat(fixture.problemsIn(F)).singleElement().asString().startsWith(fixture.shown(F) + ":6:4: unknown "
                + "block 'checkpoint'");
    }

    @Test
    void codeSamplesWithOrWithoutALanguageStayText() {
        fixture.lessonWithBody(F, "b", "```\nplain\n```\n\n```text\nGET /feed\n```\n\n```JSON\n{}\n```\n\n"
                + "```http title\nHTTP/1.1 304\n```\n");

        Course course = fixture.load();

        assertThat(course.problems()).isEmpty();
        assertThat(course.lesson("b").orElseThrow().blocks()).singleElement().isInstanceOf(LessonBlock.Text.class);
    }

    @Test
    void everyBlockIsHandedToItsVisitorMethod() {
        fixture.preset("tiny").lessonWithBody(F, "b", "Text.\n\n```lab\npreset: tiny\n```\n\n```quiz\nid: q\n"
                + "type: true-false\nprompt: P\nanswer: true\nwhenTrue: Y\nwhenFalse: N\nhint: H\nexplain: E\n```\n");
        LessonBlock.Visitor<String> names = new LessonBlock.Visitor<>() {
            @Override
            public String text(LessonBlock.Text text) {
                return "text";
            }

            @Override
            public String lab(LessonBlock.Lab lab) {
                return "lab " + lab.preset();
            }

            @Override
            public String quiz(LessonBlock.QuizBlock quiz) {
                return "quiz " + quiz.quiz().id();
            }
        };

        assertThat(fixture.load().lesson("b").orElseThrow().blocks()).extracting(b -> b.accept(names))
                .containsExactly("text", "lab tiny", "quiz q");
    }
}
