package org.fanoutlab.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The classify and order blocks as the lesson writer types them (docs/decisions/0001): a good block loads, every bad
 * field is one problem at its own line and column. The fence is on line 8, so YAML line k is lesson line 8 + k.
 */
class ClassifyAndOrderValidationTest {
    private static final String F = "01-q.md";

    @TempDir
    Path temp;
    CourseFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new CourseFixture(temp);
        fixture.lessonWithBody("00-good.md", "good", "Still loads.\n");
    }

    private String at(int line, int column, String message) {
        return fixture.shown(F) + ":" + line + ":" + column + ": " + message;
    }

    private void assertOnlyProblem(String expected) {
        assertThat(fixture.problemsIn(F)).containsExactly(expected);
        assertThat(fixture.load().lessons()).extracting(Lesson::id).containsExactly("good");
    }

    /** YAML lines 1-16: buckets on line 4 (lesson 12), items from line 5 (lesson 13), item k's "- text" on 3k+3. */
    private static List<String> classify(String buckets, String... items) {
        List<String> lines = new ArrayList<>(List.of("id: sort", "type: classify",
                "prompt: \"Sort each system by who starts the transfer.\"", "buckets: " + buckets, "items:"));
        for (String item : items) {
            lines.addAll(List.of(item.split("\n")));
        }
        lines.addAll(List.of("hint: Who sends the first message?", "explain: E"));
        return lines;
    }

    private static String item(String text, String bucket, String feedback) {
        return "  - text: " + text + "\n    bucket: " + bucket + "\n    feedback: " + feedback;
    }

    private static final String APNS = item("APNs", "Push", "Apple's servers send to the phone.");
    private static final String RSS = item("RSS reader", "Pull", "The reader asks the feed.");
    private static final String TWITTER = item("Twitter home timeline", "Hybrid", "Push for most, pull for stars.");

    private void classifyLesson(List<String> lines) {
        fixture.quizLesson(F, lines.toArray(String[]::new));
    }

    @Test
    void aGoodClassifyBlockLoadsWithBucketIndexesPerItem() {
        classifyLesson(classify("[Push, Pull, Hybrid]", APNS, RSS, TWITTER));

        Course course = fixture.load();

        assertThat(course.problems()).isEmpty();
        Quiz quiz = course.quiz("sort").orElseThrow();
        assertThat(quiz.type()).isEqualTo(QuizType.CLASSIFY);
        assertThat(quiz.line()).isEqualTo(8);
        ClassifyQuiz.Body body = quiz.body(ClassifyQuiz.Body.class);
        assertThat(body.buckets()).containsExactly("Push", "Pull", "Hybrid");
        assertThat(body.items()).containsExactly(
                new ClassifyQuiz.Item("APNs", 0, "Apple's servers send to the phone."),
                new ClassifyQuiz.Item("RSS reader", 1, "The reader asks the feed."),
                new ClassifyQuiz.Item("Twitter home timeline", 2, "Push for most, pull for stars."));
    }

    @Test
    void aBucketNotAmongTheBucketsIsReportedAtTheItemsBucketKey() {
        classifyLesson(classify("[Push, Pull, Hybrid]", APNS, item("RSS reader", "Poll", "F"), TWITTER));

        assertOnlyProblem(at(18, 5, "quiz 'sort': item 2: bucket 'Poll' is not one of the buckets (Push, Pull, Hybrid)"));
    }

    @Test
    void aBucketInTheWrongCaseSuggestsTheRightSpelling() {
        classifyLesson(classify("[Push, Pull, Hybrid]", APNS, RSS, item("Twitter", "hybrid", "F")));

        assertOnlyProblem(at(21, 5, "quiz 'sort': item 3: bucket 'hybrid' is not one of the buckets "
                + "(Push, Pull, Hybrid); did you mean 'Hybrid'?"));
    }

    @Test
    void oneBucketIsTooFew() {
        classifyLesson(classify("[Push]", APNS, item("B", "Push", "F"), item("C", "Push", "F")));

        assertOnlyProblem(at(12, 1, "quiz 'sort': has 1 buckets; a classify quiz needs 2 to 4"));
    }

    @Test
    void fiveBucketsAreTooMany() {
        classifyLesson(classify("[Push, Pull, Hybrid, Queue, Log]", APNS, RSS, TWITTER));

        assertOnlyProblem(at(12, 1, "quiz 'sort': has 5 buckets; a classify quiz needs 2 to 4"));
    }

    @Test
    void twoItemsAreTooFew() {
        classifyLesson(classify("[Push, Pull]", APNS, RSS));

        assertOnlyProblem(at(13, 1, "quiz 'sort': has 2 items; a classify quiz needs 3 to 8"));
    }

    @Test
    void nineItemsAreTooMany() {
        String[] items = new String[9];
        for (int i = 0; i < items.length; i++) {
            items[i] = item("System " + i, "Push", "F");
        }
        classifyLesson(classify("[Push, Pull]", items));

        assertOnlyProblem(at(13, 1, "quiz 'sort': has 9 items; a classify quiz needs 3 to 8"));
    }

    @Test
    void anItemWithoutFeedbackIsReportedAtThatItem() {
        classifyLesson(classify("[Push, Pull, Hybrid]", APNS, RSS, "  - text: Twitter\n    bucket: Hybrid"));

        assertOnlyProblem(at(20, 5, "quiz 'sort': item 3 has no 'feedback' (say why it belongs in its bucket)"));
    }

    @Test
    void anItemWithoutABucketIsReportedAtThatItem() {
        classifyLesson(classify("[Push, Pull, Hybrid]", "  - text: APNs\n    feedback: F", RSS, TWITTER));

        assertOnlyProblem(at(14, 5, "quiz 'sort': item 1 has no 'bucket' (one of the buckets)"));
    }

    @Test
    void anItemWithoutTextIsReportedAtThatItem() {
        classifyLesson(classify("[Push, Pull, Hybrid]", APNS, "  - bucket: Pull\n    feedback: F", TWITTER));

        assertOnlyProblem(at(17, 5, "quiz 'sort': item 2 has no 'text'"));
    }

    @Test
    void anUnknownItemKeyIsReportedAtThatKey() {
        classifyLesson(classify("[Push, Pull, Hybrid]", APNS, RSS,
                "  - text: Twitter\n    bucket: Hybrid\n    feedback: F\n    why: W"));

        assertThat(fixture.problemsIn(F)).containsExactly(
                at(23, 5, "quiz 'sort': item 3 has unknown key 'why' (use text, bucket, feedback)"));
    }

    @Test
    void aBucketListedTwiceIsReportedAtTheSecond() {
        classifyLesson(classify("[Push, Pull, Push]", APNS, RSS, item("Twitter", "Pull", "F")));

        assertOnlyProblem(at(12, 23, "quiz 'sort': bucket 'Push' is listed twice"));
    }

    @Test
    void twoItemsWithTheSameTextAreReported() {
        classifyLesson(classify("[Push, Pull, Hybrid]", APNS, RSS, item("apns", "Push", "F")));

        assertOnlyProblem(at(20, 5, "quiz 'sort': item 3 repeats the text of item 1; a learner could not tell them apart"));
    }

    @Test
    void missingBucketsAreReportedAtTheFence() {
        List<String> lines = classify("[Push, Pull]", APNS, RSS, TWITTER);
        lines.remove(3);
        classifyLesson(lines);

        assertOnlyProblem(at(8, 1, "quiz 'sort': missing 'buckets'"));
    }

    @Test
    void bucketsWrittenAsOneWordAreNotAList() {
        classifyLesson(classify("Push", APNS, RSS, TWITTER));

        assertOnlyProblem(at(12, 1, "quiz 'sort': 'buckets' must be a list"));
    }

    @Test
    void stepsDoNotBelongInAClassifyQuiz() {
        List<String> lines = classify("[Push, Pull, Hybrid]", APNS, RSS, TWITTER);
        lines.add("steps: []");
        classifyLesson(lines);

        assertOnlyProblem(at(25, 1, "quiz 'sort': 'steps' does not belong in a classify quiz"));
    }

    // --- order -------------------------------------------------------------------------------------------

    /** YAML: steps from line 4 (lesson 12), step k's "- text" on YAML line 2k+3 (lesson 2k+11). */
    private void orderLesson(String... steps) {
        List<String> lines = new ArrayList<>(List.of("id: read", "type: order",
                "prompt: \"Put the steps of a hybrid read in order.\"", "steps:"));
        for (String step : steps) {
            lines.addAll(List.of(step.split("\n")));
        }
        lines.addAll(List.of("hint: Start where the reader is.", "explain: E"));
        fixture.quizLesson(F, lines.toArray(String[]::new));
    }

    private static String step(String text, String feedback) {
        return "  - text: " + text + "\n    feedback: " + feedback;
    }

    @Test
    void aGoodOrderBlockLoadsWithItsStepsInTheWrittenOrder() {
        orderLesson(step("Read the feed cache", "It holds pushed posts."), step("Fetch celebrity posts", "They were not pushed."),
                step("Merge by time", "Both lists meet here."));

        Course course = fixture.load();

        assertThat(course.problems()).isEmpty();
        OrderQuiz.Body body = course.quiz("read").orElseThrow().body(OrderQuiz.Body.class);
        assertThat(body.steps()).extracting(OrderQuiz.Step::text)
                .containsExactly("Read the feed cache", "Fetch celebrity posts", "Merge by time");
        assertThat(body.steps().get(1).feedback()).isEqualTo("They were not pushed.");
    }

    @Test
    void twoStepsAreTooFew() {
        orderLesson(step("A", "F"), step("B", "F"));

        assertOnlyProblem(at(12, 1, "quiz 'read': has 2 steps; an order quiz needs 3 to 7"));
    }

    @Test
    void eightStepsAreTooMany() {
        String[] steps = new String[8];
        for (int i = 0; i < steps.length; i++) {
            steps[i] = step("Step " + i, "F");
        }
        orderLesson(steps);

        assertOnlyProblem(at(12, 1, "quiz 'read': has 8 steps; an order quiz needs 3 to 7"));
    }

    @Test
    void aStepWithoutFeedbackIsReportedAtThatStep() {
        orderLesson(step("A", "F"), "  - text: B", step("C", "F"));

        assertOnlyProblem(at(15, 5, "quiz 'read': step 2 has no 'feedback' (say why the step comes here)"));
    }

    @Test
    void aStepWithoutTextIsReportedAtThatStep() {
        orderLesson(step("A", "F"), step("B", "F"), "  - feedback: F");

        assertOnlyProblem(at(17, 5, "quiz 'read': step 3 has no 'text'"));
    }

    @Test
    void anUnknownStepKeyIsReportedAtThatKey() {
        orderLesson(step("A", "F"), "  - text: B\n    feedbak: F", step("C", "F"));

        assertThat(fixture.problemsIn(F)).contains(
                at(16, 5, "quiz 'read': step 2 has unknown key 'feedbak' (use text, feedback)"));
    }

    @Test
    void aStepWrittenAsPlainTextIsReportedAtThatStep() {
        orderLesson(step("A", "F"), "  - Just B", step("C", "F"));

        assertOnlyProblem(at(15, 5, "quiz 'read': 'steps[2]' must be a block of keys and values"));
    }

    @Test
    void twoStepsWithTheSameTextAreReported() {
        orderLesson(step("A", "F"), step("B", "F"), step("A", "F"));

        assertOnlyProblem(at(17, 5, "quiz 'read': step 3 repeats the text of step 1; a learner could not tell them apart"));
    }

    @Test
    void itemsDoNotBelongInAnOrderQuiz() {
        fixture.quizLesson(F, "id: read", "type: order", "prompt: P", "items: []", "steps:", "  - text: A",
                "    feedback: F", "  - text: B", "    feedback: F", "  - text: C", "    feedback: F", "hint: H",
                "explain: E");

        assertOnlyProblem(at(12, 1, "quiz 'read': 'items' does not belong in an order quiz"));
    }
}
