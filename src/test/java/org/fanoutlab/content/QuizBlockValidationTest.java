package org.fanoutlab.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each bad quiz or lab block gives one clear problem at the lesson file's own line. The fixture puts the fence on
 * line 8, so YAML line k is lesson line 8 + k.
 */
class QuizBlockValidationTest {
    private static final String F = "01-q.md";

    @TempDir
    Path temp;
    CourseFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new CourseFixture(temp);
        fixture.lessonWithBody("00-good.md", "good", "Still loads.\n"); // every case: the other lesson still loads
    }

    private String at(int line, int column, String message) {
        return fixture.shown(F) + ":" + line + ":" + column + ": " + message;
    }

    private void assertOnlyProblem(String expected) {
        assertThat(fixture.problemsIn(F)).containsExactly(expected);
        assertThat(fixture.load().lessons()).extracting(Lesson::id).containsExactly("good");
    }

    @Test
    void unknownTypeIsReportedAtTheTypeKey() {
        fixture.quizLesson(F, "id: q1", "type: essay", "prompt: P", "hint: H", "explain: E");

        assertOnlyProblem(at(10, 1,
                "quiz 'q1': unknown type 'essay' (use single, multiple, true-false, numeric, predict, classify or order)"));
    }

    @Test
    void aMissingRequiredKeyIsReportedAtTheFence() {
        fixture.quizLesson(F, "id: q1", "type: numeric", "prompt: P", "answer: 3", "explain: E");

        assertOnlyProblem(at(8, 1, "quiz 'q1': missing 'hint'"));
    }

    @Test
    void anEmptyRequiredValueIsReportedAtItsKey() {
        fixture.quizLesson(F, "id: q1", "type: numeric", "prompt: P", "answer: 3", "hint: \"  \"", "explain: E");

        assertOnlyProblem(at(13, 1, "quiz 'q1': 'hint' is empty"));
    }

    @Test
    void aMisspeltKeyIsReportedAtItsLineSoAHintIsNeverSilentlyLost() {
        fixture.quizLesson(F, "id: q1", "type: numeric", "prompt: P", "answer: 3", "hnit: H", "hint: H",
                "explain: E");

        assertOnlyProblem(at(13, 1, "quiz 'q1': unknown key 'hnit'"));
    }

    @Test
    void aSchemaKeyOfAnotherTypeIsReported() {
        fixture.quizLesson(F, "id: q1", "type: numeric", "prompt: P", "answer: 3", "whenTrue: Y", "hint: H",
                "explain: E");

        assertOnlyProblem(at(13, 1, "quiz 'q1': 'whenTrue' does not belong in a numeric quiz"));
    }

    @Test
    void aSingleQuizWithTwoCorrectOptionsIsReportedAtOptions() {
        fixture.quizLesson(F, "id: q1", "type: single", "prompt: P",
                "options:",
                "  - text: A",
                "    correct: true",
                "    feedback: FA",
                "  - text: B",
                "    correct: true",
                "    feedback: FB",
                "hint: H", "explain: E");

        assertOnlyProblem(at(12, 1, "quiz 'q1': a single quiz needs exactly 1 correct option, found 2"));
    }

    @Test
    void aMultipleQuizWithNoCorrectOptionIsReported() {
        fixture.quizLesson(F, "id: q1", "type: multiple", "prompt: P",
                "options:",
                "  - text: A",
                "    feedback: FA",
                "  - text: B",
                "    correct: false",
                "    feedback: FB",
                "hint: H", "explain: E");

        assertOnlyProblem(at(12, 1, "quiz 'q1': a multiple quiz needs at least 1 correct option"));
    }

    @Test
    void oneOptionIsTooFew() {
        fixture.quizLesson(F, "id: q1", "type: single", "prompt: P",
                "options:",
                "  - text: A",
                "    correct: true",
                "    feedback: FA",
                "hint: H", "explain: E");

        assertOnlyProblem(at(12, 1, "quiz 'q1': has 1 options; a single quiz needs 2 to 6"));
    }

    @Test
    void sevenOptionsAreTooMany() {
        StringBuilder options = new StringBuilder("options:");
        for (int i = 0; i < 7; i++) {
            options.append("\n  - text: O").append(i).append("\n    correct: true\n    feedback: F");
        }
        fixture.quizLesson(F, "id: q1", "type: multiple", "prompt: P", options.toString(), "hint: H", "explain: E");

        assertOnlyProblem(at(12, 1, "quiz 'q1': has 7 options; a multiple quiz needs 2 to 6"));
    }

    @Test
    void anOptionWithoutFeedbackIsReportedAtThatOption() {
        fixture.quizLesson(F, "id: q1", "type: single", "prompt: P",
                "options:",
                "  - text: A",
                "    correct: true",
                "    feedback: FA",
                "  - text: B",
                "hint: H", "explain: E");

        assertOnlyProblem(at(16, 5,
                "quiz 'q1': option 2 has no 'feedback' (say why it is right, or what misconception it shows)"));
    }

    @Test
    void anUnknownOptionKeyIsReported() {
        fixture.quizLesson(F, "id: q1", "type: single", "prompt: P",
                "options:",
                "  - text: A",
                "    correct: true",
                "    feedback: FA",
                "  - text: B",
                "    feedbak: FB",
                "hint: H", "explain: E");

        assertThat(fixture.problemsIn(F)).contains(at(17, 5,
                "quiz 'q1': option 2 has unknown key 'feedbak' (use text, correct, feedback)"));
    }

    @Test
    void trueFalseWithoutWhenFalseIsReported() {
        fixture.quizLesson(F, "id: q1", "type: true-false", "prompt: P", "answer: true", "whenTrue: Y", "hint: H",
                "explain: E");

        assertOnlyProblem(at(8, 1, "quiz 'q1': missing 'whenFalse'"));
    }

    @Test
    void trueFalseWithoutAnswerIsReported() {
        fixture.quizLesson(F, "id: q1", "type: true-false", "prompt: P", "whenTrue: Y", "whenFalse: N", "hint: H",
                "explain: E");

        assertOnlyProblem(at(8, 1, "quiz 'q1': missing 'answer'"));
    }

    @Test
    void trueFalseWithANonBooleanAnswerIsReportedAtTheAnswer() {
        fixture.quizLesson(F, "id: q1", "type: true-false", "prompt: P", "answer: maybe", "whenTrue: Y",
                "whenFalse: N", "hint: H", "explain: E");

        assertOnlyProblem(at(12, 1, "quiz 'q1': 'answer' must be true or false"));
    }

    @Test
    void numericWithATextAnswerIsReported() {
        fixture.quizLesson(F, "id: q1", "type: numeric", "prompt: P", "answer: \"119\"", "hint: H", "explain: E");

        assertOnlyProblem(at(12, 1, "quiz 'q1': 'answer' must be a number (written without quotes)"));
    }

    @Test
    void numericWithNegativeToleranceIsReported() {
        fixture.quizLesson(F, "id: q1", "type: numeric", "prompt: P", "answer: 119", "tolerance: -1", "hint: H",
                "explain: E");

        assertOnlyProblem(at(13, 1, "quiz 'q1': 'tolerance' must be 0 or more, was -1.0"));
    }

    @Test
    void aValueOfTheWrongKindIsReportedAtItsKey() {
        fixture.quizLesson(F, "id: q1", "type: numeric", "prompt: P", "answer: 119", "tolerance: [1, 2]",
                "hint: H", "explain: E");

        assertOnlyProblem(at(13, 1, "quiz 'q1': 'tolerance' must be a number"));
    }

    @Test
    void predictWithoutMetricIsReported() {
        fixture.preset("tiny").quizLesson(F, "id: q1", "type: predict", "prompt: P", "preset: tiny", "hint: H",
                "explain: E");

        assertOnlyProblem(at(8, 1, "quiz 'q1': missing 'metric'"));
    }

    @Test
    void predictWithoutPresetIsReported() {
        fixture.quizLesson(F, "id: q1", "type: predict", "prompt: P", "metric: checks", "hint: H", "explain: E");

        assertOnlyProblem(at(8, 1, "quiz 'q1': missing 'preset'"));
    }

    @Test
    void predictWithAnUnknownMetricIsReportedAtTheMetric() {
        fixture.preset("tiny").quizLesson(F, "id: q1", "type: predict", "prompt: P", "preset: tiny",
                "metric: latencyP99", "hint: H", "explain: E");

        assertOnlyProblem(at(13, 1, "quiz 'q1': unknown metric 'latencyP99' (use a metric name that run reports, "
                + "e.g. wastedPerUseful or deliveryLatencySeconds.p99)"));
    }

    @Test
    void predictWithAMissingPresetIsReportedAtThePreset() {
        fixture.quizLesson(F, "id: q1", "type: predict", "prompt: P", "preset: nowhere", "metric: checks",
                "hint: H", "explain: E");

        assertOnlyProblem(at(12, 1, "quiz 'q1': no preset 'nowhere': scenarios/nowhere.json does not exist"));
    }

    @Test
    void predictWithAPresetOutsideTheScenariosFolderIsRefused() {
        fixture.preset("tiny").quizLesson(F, "id: q1", "type: predict", "prompt: P",
                "preset: ../scenarios/tiny", "metric: checks", "hint: H", "explain: E");

        assertOnlyProblem(at(12, 1, "quiz 'q1': preset '../scenarios/tiny' leaves lessons/scenarios/ "
                + "('..' is not allowed)"));
    }

    @Test
    void predictWithNegativeTolerancePercentIsReported() {
        fixture.preset("tiny").quizLesson(F, "id: q1", "type: predict", "prompt: P", "preset: tiny",
                "metric: checks", "tolerancePercent: -5", "hint: H", "explain: E");

        assertOnlyProblem(at(14, 1, "quiz 'q1': 'tolerancePercent' must be 0 or more, was -5.0"));
    }

    @Test
    void malformedYamlIsReportedAtTheParsersPositionInTheLessonFile() {
        fixture.quizLesson(F, "id: q1", "type: numeric", "prompt: a: b", "answer: 1", "hint: H", "explain: E");

        assertOnlyProblem(at(11, 10, "quiz block is not valid YAML: mapping values are not allowed here"));
    }

    @Test
    void anUnclosedQuoteIsReportedWhereTheQuoteOpens() {
        fixture.quizLesson(F, "id: q1", "type: numeric", "prompt: \"How many", "answer: 1", "hint: H");

        assertOnlyProblem(at(11, 9,
                "quiz block is not valid YAML: found unexpected end of stream while scanning a quoted scalar"));
    }

    @Test
    void aTabIndentIsExplained() {
        fixture.quizLesson(F, "id: q1", "\ttype: numeric");

        assertOnlyProblem(at(10, 1, "quiz block is not valid YAML: a tab character; indent YAML with spaces"));
    }

    @Test
    void aDuplicateKeyIsReported() {
        fixture.quizLesson(F, "id: q1", "type: numeric", "prompt: P", "answer: 1", "hint: H", "hint: H2",
                "explain: E");

        assertThat(fixture.problemsIn(F)).singleElement().asString()
                .startsWith(fixture.shown(F) + ":14:")
                .contains("quiz block is not valid YAML: Duplicate field 'hint'");
    }

    @Test
    void aBlockThatIsNotKeysAndValuesIsReported() {
        fixture.quizLesson(F, "- just", "- a list");

        assertOnlyProblem(at(9, 1, "quiz block must be YAML keys and values (key: value on each line)"));
    }

    @Test
    void anEmptyQuizBlockIsReported() {
        fixture.quizLesson(F, "");

        assertOnlyProblem(at(8, 1, "quiz block is empty"));
    }

    @Test
    void aLabWithoutPresetIsReportedAtTheFence() {
        fixture.labLesson(F, "caption: C");

        assertOnlyProblem(at(8, 1, "lab block: missing 'preset'"));
    }

    @Test
    void aLabWithAnUnknownKeyIsReported() {
        fixture.preset("tiny").labLesson(F, "preset: tiny", "title: T");

        assertOnlyProblem(at(10, 1, "lab block: unknown key 'title' (use preset, caption, checkpoints)"));
    }

    @Test
    void aLabWithAMissingPresetIsReportedAtThePreset() {
        fixture.labLesson(F, "caption: C", "preset: tiny.json");

        assertOnlyProblem(at(10, 1,
                "lab block: no preset 'tiny.json': scenarios/tiny.json.json does not exist (write the name without .json)"));
    }

    @Test
    void aLabPointingAtAUrlIsRefused() {
        fixture.labLesson(F, "preset: https://example.com/evil");

        assertOnlyProblem(at(9, 1, "lab block: preset 'https://example.com/evil' is a URL or drive path; lessons "
                + "may only use files inside lessons/scenarios/ (the app works offline)"));
    }

    @Test
    void severalProblemsInOneQuizAreAllReported() {
        fixture.quizLesson(F, "id: q1", "type: numeric", "prompt: P", "answer: 1", "tolerence: 1", "explain: E",
                "extra: x");

        assertThat(fixture.problemsIn(F)).containsExactly(
                at(13, 1, "quiz 'q1': unknown key 'tolerence'"),
                at(15, 1, "quiz 'q1': unknown key 'extra'"),
                at(8, 1, "quiz 'q1': missing 'hint'"));
    }

    @Test
    void anUnknownKeyDoesNotHideTheTypesOwnChecks() {
        fixture.quizLesson(F, "id: q1", "type: numeric", "prompt: P", "answer: 1", "tolerance: -2", "hint: H",
                "explain: E", "note: x");

        assertThat(fixture.problemsIn(F)).containsExactly(
                at(16, 1, "quiz 'q1': unknown key 'note'"),
                at(13, 1, "quiz 'q1': 'tolerance' must be 0 or more, was -2.0"));
    }

    @Test
    void anOptionWrittenAsPlainTextIsReportedAtThatOption() {
        fixture.quizLesson(F, "id: q1", "type: single", "prompt: P",
                "options:",
                "  - text: A",
                "    correct: true",
                "    feedback: FA",
                "  - Just B",
                "hint: H", "explain: E");

        assertOnlyProblem(at(16, 5, "quiz 'q1': 'options[2]' must be a block of keys and values"));
    }
}
