package org.fanoutlab.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lab checkpoints (docs/decisions/0001): read into {@link Checkpoint}s, their quizzes counted as the course's, and every
 * bad field one problem at its own line and column. The lab fence is on line 8, so YAML line k is lesson line 8 + k.
 */
class CheckpointValidationTest {
    private static final String F = "01-lab.md";
    /** The tiny preset runs 3,600 s and has no lanes. */
    private static final List<String> HEAD = List.of("preset: tiny", "caption: Watch the queue.", "checkpoints:");
    private static final String SAY_30 = "  - at: 30\n    focus: queue\n    say: \"The queue fills first.\"";
    /** Lines 7-17 when it follows HEAD and SAY_30; its ask: key is on YAML line 9 (lesson 17). */
    private static final String ASK_45 = String.join("\n",
            "  - at: 45",
            "    focus: consumers",
            "    ask:",
            "      id: cp-who-waits",
            "      type: true-false",
            "      prompt: \"The last follower waits longest.\"",
            "      answer: true",
            "      whenTrue: Y",
            "      whenFalse: N",
            "      hint: H",
            "      explain: E");

    @TempDir
    Path temp;
    CourseFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new CourseFixture(temp).preset("tiny");
        fixture.lessonWithBody("00-good.md", "good", "Still loads.\n");
    }

    private void lab(String... checkpoints) {
        List<String> lines = new ArrayList<>(HEAD);
        for (String c : checkpoints) {
            lines.addAll(List.of(c.split("\n")));
        }
        fixture.labLesson(F, lines.toArray(String[]::new));
    }

    private String at(int line, int column, String message) {
        return fixture.shown(F) + ":" + line + ":" + column + ": " + message;
    }

    private void assertOnlyProblem(String expected) {
        assertThat(fixture.problemsIn(F)).containsExactly(expected);
        assertThat(fixture.load().lessons()).extracting(Lesson::id).containsExactly("good");
    }

    @Test
    void checkpointsAreReadInOrderAndTheirQuizCountsAsTheLessonsQuiz() {
        lab(SAY_30, ASK_45);

        Course course = fixture.load();

        assertThat(course.problems()).isEmpty();
        Lesson lesson = course.lesson("01-lab").orElseThrow();
        LessonBlock.Lab block = (LessonBlock.Lab) lesson.blocks().get(1);
        assertThat(block.checkpoints()).hasSize(2);
        Checkpoint say = block.checkpoints().get(0);
        assertThat(say).isEqualTo(new Checkpoint(30, "queue", "The queue fills first.", null, 12));
        assertThat(say.stagePart()).contains(StagePart.QUEUE);
        Checkpoint ask = block.checkpoints().get(1);
        assertThat(ask.at()).isEqualTo(45);
        assertThat(ask.stagePart()).contains(StagePart.CONSUMERS);
        assertThat(ask.asks()).isTrue();
        assertThat(ask.ask().id()).isEqualTo("cp-who-waits");
        assertThat(ask.ask().type()).isEqualTo(QuizType.TRUE_FALSE);
        assertThat(ask.ask().line()).as("the ask: key's line").isEqualTo(17);
        assertThat(ask.line()).isEqualTo(15);

        assertThat(lesson.quizzes()).extracting(Quiz::id).containsExactly("cp-who-waits");
        assertThat(lesson.checkpointAsking("cp-who-waits")).contains(ask);
        assertThat(course.quiz("cp-who-waits")).isPresent();
        assertThat(course.lessonOfQuiz("cp-who-waits")).map(Lesson::id).contains("01-lab");
    }

    @Test
    void aLabWithoutCheckpointsHasNone() {
        fixture.labLesson(F, "preset: tiny");

        assertThat(fixture.load().lesson("01-lab").orElseThrow().checkpoints()).isEmpty();
    }

    @Test
    void aMomentAtOrPastTheEndOfThePresetIsReportedAtItsAt() {
        lab("  - at: 3600\n    say: S");

        assertOnlyProblem(at(12, 5, "lab block: checkpoint 1: 'at' must be at least 0 and below the preset's "
                + "durationSeconds (3,600), was 3,600"));
    }

    @Test
    void aNegativeMomentIsReported() {
        lab("  - at: -1\n    say: S");

        assertOnlyProblem(at(12, 5, "lab block: checkpoint 1: 'at' must be at least 0 and below the preset's "
                + "durationSeconds (3,600), was -1"));
    }

    @Test
    void aMomentWrittenAsTextIsReported() {
        lab("  - at: \"0:30\"\n    say: S");

        assertOnlyProblem(at(12, 5, "lab block: checkpoint 1: 'at' must be a number of simulated seconds "
                + "(written without quotes)"));
    }

    @Test
    void checkpointsOutOfTimeOrderAreReportedAtTheLaterOnesAt() {
        lab("  - at: 30\n    say: S", "  - at: 30\n    say: T");

        assertOnlyProblem(at(14, 5, "lab block: checkpoint 2: 'at' 30 is not after checkpoint 1's 30; "
                + "list checkpoints in time order"));
    }

    @Test
    void aMissingMomentIsReportedAtTheCheckpoint() {
        lab("  - say: S");

        assertOnlyProblem(at(12, 5, "lab block: checkpoint 1: missing 'at' (the simulated second to pause at)"));
    }

    @Test
    void anUnknownStagePartIsReportedAtTheFocus() {
        lab("  - at: 5\n    focus: queues\n    say: S");

        assertOnlyProblem(at(13, 5, "lab block: checkpoint 1: unknown focus 'queues' "
                + "(use producers, fanout, queue, caches, database or consumers)"));
    }

    @Test
    void aLanesPresetTakesItsLaneNamesAsFocus() {
        fixture.preset("lanes", CourseFixture.LANES_PRESET);
        fixture.labLesson(F, "preset: lanes", "checkpoints:", "  - at: 60", "    focus: SSE stream", "    say: S",
                "  - at: 90", "    focus: queue", "    say: T");

        assertOnlyProblem(at(15, 5, "lab block: checkpoint 2: focus 'queue' is not a lane of this preset "
                + "(use one of: 'SSE stream', 'poll every 10 s')"));
    }

    @Test
    void aLaneNameIsAGoodFocusForALanesPreset() {
        fixture.preset("lanes", CourseFixture.LANES_PRESET);
        fixture.labLesson(F, "preset: lanes", "checkpoints:", "  - at: 7000", "    focus: poll every 10 s",
                "    say: S");

        Checkpoint c = fixture.load().lesson("01-lab").orElseThrow().checkpoints().get(0);
        assertThat(c.focus()).isEqualTo("poll every 10 s");
        assertThat(c.stagePart()).isEmpty();
    }

    @Test
    void sayAndAskTogetherAreReportedAtTheAsk() {
        lab("  - at: 5\n    say: S\n    ask:\n      id: x");

        assertOnlyProblem(at(14, 5, "lab block: checkpoint 1 has both 'say' and 'ask'; a checkpoint does one"));
    }

    @Test
    void aCheckpointThatNeitherSaysNorAsksIsReported() {
        lab("  - at: 5\n    focus: queue");

        assertOnlyProblem(at(12, 5, "lab block: checkpoint 1 needs 'say' (one sentence of narration) or 'ask' (a quiz)"));
    }

    @Test
    void anUnknownCheckpointKeyIsReported() {
        lab("  - at: 5\n    say: S\n    pause: 3");

        assertOnlyProblem(at(14, 5, "lab block: checkpoint 1 has unknown key 'pause' (use at, focus, say, ask)"));
    }

    @Test
    void anEmptySayIsReported() {
        lab("  - at: 5\n    say: \"  \"");

        assertOnlyProblem(at(13, 5, "lab block: checkpoint 1: 'say' must be one sentence of text"));
    }

    @Test
    void anAskThatIsNotAQuizIsReported() {
        lab("  - at: 5\n    ask: Why?");

        assertOnlyProblem(at(13, 5, "lab block: checkpoint 1: 'ask' must be a quiz: id, type, prompt, … indented under it"));
    }

    @Test
    void checkpointsThatAreNotAListAreReported() {
        fixture.labLesson(F, "preset: tiny", "checkpoints: 30");

        assertOnlyProblem(at(10, 1, "lab block: 'checkpoints' must be a list of items (- at: …)"));
    }

    @Test
    void aCheckpointCannotAskAPrediction() {
        lab(SAY_30, ASK_45.replace("type: true-false", "type: predict"));

        assertOnlyProblem(at(19, 7, "quiz 'cp-who-waits': a checkpoint cannot ask a predict quiz "
                + "(the run it pauses is what a prediction waits for); use another type"));
    }

    @Test
    void aCheckpointQuizMissingAKeyIsReportedAtItsAsk() {
        lab(SAY_30, ASK_45.replace("\n      hint: H", ""));

        assertOnlyProblem(at(17, 5, "quiz 'cp-who-waits': missing 'hint'"));
    }

    @Test
    void aCheckpointQuizsOwnFieldsAreCheckedAtTheirLines() {
        lab(SAY_30, ASK_45.replace("answer: true", "answer: maybe"));

        assertOnlyProblem(at(21, 7, "quiz 'cp-who-waits': 'answer' must be true or false"));
    }

    @Test
    void aCheckpointClassifyQuizIsCheckedLikeAnyClassifyQuiz() {
        lab(String.join("\n",
                "  - at: 10",
                "    ask:",
                "      id: cp-sort",
                "      type: classify",
                "      prompt: P",
                "      buckets: [Push, Pull]",
                "      items:",
                "        - text: A",
                "          bucket: Push",
                "          feedback: F",
                "        - text: B",
                "          bucket: Pull",
                "          feedback: F",
                "        - text: C",
                "          bucket: Poll",
                "          feedback: F",
                "      hint: H",
                "      explain: E"));

        assertOnlyProblem(at(26, 11, "quiz 'cp-sort': item 3: bucket 'Poll' is not one of the buckets (Push, Pull)"));
    }

    @Test
    void aCheckpointQuizIdMustBeUniqueAcrossTheCourseIncludingQuizBlocks() {
        fixture.quizLesson("00-good.md", "id: cp-who-waits", "type: true-false", "prompt: P", "answer: true",
                "whenTrue: Y", "whenFalse: N", "hint: H", "explain: E");
        lab(SAY_30, ASK_45);

        assertThat(fixture.problemsIn(F)).containsExactly(at(18, 7,
                "quiz id 'cp-who-waits' is already used at " + fixture.shown("00-good.md") + ":9"));
    }
}
