package org.fanoutlab.ui.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.fanoutlab.content.Course;
import org.fanoutlab.content.CourseLoader;
import org.fanoutlab.progress.ProgressStore;
import org.fanoutlab.ui.quiz.FxTheme;
import org.fanoutlab.ui.quiz.LearnerProgress;
import org.fanoutlab.ui.common.AppContext;
import org.fanoutlab.ui.common.Navigator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A learner opens a lesson from a real lessons folder, answers its quiz by keyboard, and finds it kept. */
@ExtendWith(ApplicationExtension.class)
class LessonScreenFxTest {
    @TempDir
    Path root;

    private StackPane host;
    private final List<String> navigation = new ArrayList<>();
    private Path lessons;
    private Path dataDir;

    @Start
    void start(Stage stage) {
        FxTheme.apply();
        host = new StackPane();
        stage.setScene(new Scene(host, 1100, 800));
        stage.show();
    }

    @BeforeEach
    void writeLessons() throws Exception {
        lessons = Files.createDirectories(root.resolve("lessons"));
        Files.createDirectories(lessons.resolve("scenarios"));
        Files.createDirectories(root.resolve("assets"));
        dataDir = Files.createDirectories(root.resolve("data"));
        Files.writeString(lessons.resolve("scenarios/tiny-pull.json"), """
                {
                  "name": "Tiny pull",
                  "model": "pull",
                  "durationSeconds": 3600,
                  "seed": 1,
                  "consumers": 1,
                  "producers": [ { "name": "p", "followers": 1, "postsPerHour": 1, "schedule": "uniform" } ],
                  "pollIntervalSeconds": 30
                }
                """);
        Files.writeString(lessons.resolve("01-pull.md"), """
                ---
                id: pull
                title: "Pull: the consumer asks"
                summary: Every consumer polls.
                ---
                # Pull: the consumer asks

                In **pull** the consumer asks. Read on in [the push lesson](02-push.md).

                ```lab
                preset: tiny-pull
                caption: Watch the empty answers.
                ```

                ```quiz
                id: pull-who
                type: single
                prompt: Who moves the data in pull?
                options:
                  - text: The producer
                    correct: false
                    feedback: No, the producer only stores the post.
                  - text: The consumer
                    correct: true
                    feedback: Yes, the consumer asks for it.
                hint: Who sends the request?
                explain: In pull the consumer fetches new posts.
                ```
                """);
        Files.writeString(lessons.resolve("02-push.md"), """
                ---
                id: push
                title: "Push: the producer sends"
                summary: Fan-out on write.
                ---
                Push writes into every follower's cache.

                ![One dot](../assets/dot.png)

                ![A wide picture](wide.png)
                """);
        java.awt.image.BufferedImage wide = new java.awt.image.BufferedImage(900, 40, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(wide, "png", root.resolve("assets/wide.png").toFile());
        Files.write(root.resolve("assets/dot.png"), java.util.Base64.getDecoder().decode(ONE_PIXEL_PNG));
    }

    /** A 1×1 PNG. */
    private static final String ONE_PIXEL_PNG =
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

    private LessonScreen show(FxRobot robot, ProgressStore store) {
        return show(robot, store, null);
    }

    private LessonScreen show(FxRobot robot, ProgressStore store, InlineStage.Factory stages) {
        Course course = CourseLoader.load(lessons);
        AppContext ctx = new AppContext(course, store, null, dataDir, new RecordingNavigator());
        LessonScreen[] screen = new LessonScreen[1];
        robot.interact(() -> {
            screen[0] = new LessonScreen(ctx, LearnerProgress.of(store), root.resolve("assets"), stages);
            screen[0].open("pull");
            host.getChildren().setAll((Parent) screen[0].view());
        });
        WaitForAsyncUtils.waitForFxEvents();
        return screen[0];
    }

    @Test
    void answerAQuizWithTheKeyboardAndFindItKeptAfterReopening(FxRobot robot) {
        LessonScreen screen = show(robot, ProgressStore.open(dataDir));
        assertThat(robot.lookup(".lesson-title").queryAs(Label.class).getText()).isEqualTo("Pull: the consumer asks");

        robot.interact(() -> robot.lookup(".quiz-panel").query().requestFocus());
        robot.type(KeyCode.DIGIT2).type(KeyCode.ENTER);

        Label verdict = robot.lookup(".quiz-verdict").queryAs(Label.class);
        assertThat(robot.lookup(".quiz-result").query().isVisible()).isTrue();
        assertThat(verdict.getText()).isEqualTo("Right");
        assertThat(robot.lookup(".quiz-feedback").queryAs(org.fanoutlab.ui.quiz.SelectableText.class).text())
                .isEqualTo("Yes, the consumer asks for it.");
        assertThat(robot.lookup(".lesson-entry-score").queryAllAs(Label.class))
                .extracting(Label::getText).contains("Quiz 1/1");
        robot.interact(screen::dispose);

        ProgressStore reopened = ProgressStore.open(dataDir);
        assertThat(reopened.lastAnswer("pull-who")).get()
                .satisfies(a -> assertThat(a.answer()).isEqualTo("B"))
                .satisfies(a -> assertThat(a.correct()).isTrue());
        show(robot, reopened);
        assertThat(robot.lookup(".quiz-verdict").queryAs(Label.class).getText()).isEqualTo("Right");
        assertThat(robot.lookup(".quiz-option").queryAllAs(RadioButton.class))
                .extracting(RadioButton::isSelected).containsExactly(false, true);
    }

    @Test
    void problemsAreListedAndTheValidLessonsStillOpen(FxRobot robot) throws Exception {
        Files.writeString(lessons.resolve("03-broken.md"), """
                ---
                id: broken
                title: "Broken"
                ---
                No summary in the front matter.
                """);
        show(robot, ProgressStore.open(dataDir));
        javafx.scene.control.TitledPane problems = robot.lookup(".lesson-problems").queryAs(javafx.scene.control.TitledPane.class);
        assertThat(problems.getText()).startsWith("1 problem in the lessons folder");
        assertThat(problems.isExpanded()).isFalse();
        robot.clickOn(problems.lookup(".title"));
        assertThat(robot.lookup(".lesson-problem").queryAllAs(org.fanoutlab.ui.quiz.SelectableText.class))
                .singleElement().satisfies(t -> assertThat(t.text()).endsWith("03-broken.md:1:1: front matter: missing 'summary'"));
        assertThat(robot.lookup(".lesson-title").queryAs(Label.class).getText()).isEqualTo("Pull: the consumer asks");
        assertThat(robot.lookup(".lesson-entry-title").queryAllAs(Label.class)).hasSize(2);
    }

    @Test
    void labCardOpensTheLabAndLessonLinksOpenTheLesson(FxRobot robot) {
        show(robot, ProgressStore.open(dataDir));
        robot.clickOn("Open in the Lab");
        assertThat(navigation).containsExactly("lab tiny-pull");

        robot.clickOn("the push lesson");
        assertThat(robot.lookup(".lesson-title").queryAs(Label.class).getText()).isEqualTo("Push: the producer sends");
    }

    @Test
    void picturesComeFromAssetsAndMarkDoneShowsInTheList(FxRobot robot) {
        show(robot, ProgressStore.open(dataDir));
        javafx.scene.control.Button next = robot.lookup(".lesson-nav .button").queryAllAs(javafx.scene.control.Button.class)
                .stream().filter(b -> b.getText().equals("Push: the producer sends")).findFirst().orElseThrow();
        robot.clickOn(next);
        javafx.scene.image.ImageView picture = robot.lookup(".md-image .image-view").queryAllAs(javafx.scene.image.ImageView.class)
                .stream().filter(v -> "One dot".equals(v.getAccessibleText())).findFirst().orElseThrow();
        assertThat(picture.getImage().isError()).isFalse();
        assertThat(picture.getImage().getWidth()).isEqualTo(1);
        assertThat(picture.getAccessibleText()).isEqualTo("One dot");

        // In a narrow window the 900 px picture shrinks instead of pushing the column past the viewport.
        robot.interact(() -> robot.lookup(".lesson-reader").query().getScene().getWindow().setWidth(800));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ScrollPane reader = robot.lookup(".lesson-reader").queryAs(javafx.scene.control.ScrollPane.class);
        assertThat(reader.getContent().getLayoutBounds().getWidth())
                .isLessThanOrEqualTo(reader.getViewportBounds().getWidth() + 0.5);

        robot.clickOn("Mark lesson done");
        assertThat(robot.lookup(".lesson-entry-status").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("In progress", "Done");
        assertThat(robot.lookup(".lesson-done-label").query().isVisible()).isTrue();
    }

    @Test
    void inlineStagesAreMadeWhenScrolledIntoViewAndDisposedWithTheLesson(FxRobot robot) throws Exception {
        Files.writeString(lessons.resolve("03-long.md"), """
                ---
                id: long
                title: "Two labs"
                summary: A long lesson.
                ---
                ```lab
                preset: tiny-pull
                ```

                """ + "A paragraph that takes room.\n\n".repeat(80) + """
                ```lab
                preset: tiny-pull
                caption: Far below.
                ```
                """);
        List<String> made = new ArrayList<>();
        List<String> disposed = new ArrayList<>();
        InlineStage.Factory factory = preset -> {
            made.add(preset.getFileName().toString());
            javafx.scene.layout.Region view = new javafx.scene.layout.Region();
            view.getStyleClass().add("fake-stage");
            return new InlineStage() {
                public javafx.scene.Node view() { return view; }
                public void dispose() { disposed.add(preset.getFileName().toString()); }
            };
        };
        LessonScreen screen = show(robot, ProgressStore.open(dataDir), factory);
        assertThat(made).as("the pull lesson's card is in view").hasSize(1);
        robot.interact(() -> screen.open("long"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(disposed).as("leaving a lesson stops its stages").hasSize(1);
        assertThat(made).as("only the first card of the long lesson is in view").hasSize(2);
        assertThat(robot.lookup(".fake-stage").queryAll()).hasSize(1);

        robot.interact(() -> ((javafx.scene.control.ScrollPane) robot.lookup(".lesson-reader").query()).setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(made).as("the second card, once scrolled to").hasSize(3);
        assertThat(robot.lookup(".fake-stage").queryAll()).hasSize(2);

        robot.interact(() -> screen.open("pull"));
        assertThat(disposed).hasSize(3);
    }

    @Test
    void theRealStageRunsInsideTheLabCardAndStopsWhenTheLessonCloses(FxRobot robot) {
        LessonScreen screen = show(robot, ProgressStore.open(dataDir), new LiveStages());
        org.fanoutlab.ui.stage.StageView stage = robot.lookup(".lab-stage .stage-view").queryAs(org.fanoutlab.ui.stage.StageView.class);
        assertThat(stage.viewModel().disposedProperty().get()).isFalse();

        robot.interact(() -> screen.open("push"));
        assertThat(stage.viewModel().disposedProperty().get()).as("closing the lesson disposes its stage").isTrue();
    }

    @Test
    void aPresetWithDeliveryLanesRunsInlineInItsLabCard(FxRobot robot) throws Exception {
        Files.writeString(lessons.resolve("scenarios/two-lanes.json"), """
                {
                  "name": "Two lanes", "model": "push", "durationSeconds": 600, "seed": 5, "consumers": 2,
                  "producers": [ { "name": "scores", "followers": 2, "postsPerHour": 60, "schedule": "poisson" } ],
                  "lanes": [
                    { "name": "SSE stream", "type": "server-push", "roundTripSeconds": 0.1 },
                    { "name": "poll every 10 s", "type": "short-poll", "intervalSeconds": 10 }
                  ]
                }
                """);
        Files.writeString(lessons.resolve("03-lanes.md"), """
                ---
                id: lanes
                title: "Two ways to hear of a score"
                summary: A stream and a poll.
                ---
                ```lab
                preset: two-lanes
                caption: The stream and the poll side by side.
                ```
                """);
        LessonScreen screen = show(robot, ProgressStore.open(dataDir), new LiveStages());
        robot.interact(() -> screen.open("lanes"));
        WaitForAsyncUtils.waitForFxEvents();

        javafx.scene.Node slot = robot.lookup(".lab-stage").query();
        assertThat(slot.getStyleClass()).contains("lab-stage-tall");
        org.fanoutlab.ui.lanes.LanesView lanes = robot.lookup(".lab-stage #lanes-view")
                .queryAs(org.fanoutlab.ui.lanes.LanesView.class);
        assertThat(lanes.viewModel().laneCount()).isEqualTo(2);
        assertThat(lanes.isVisible()).isTrue();
        assertThat(robot.lookup(".lab-card .quiz-error").tryQuery()).as("no 'cannot be shown'").isEmpty();

        robot.interact(() -> screen.open("pull"));
        assertThat(lanes.getScene()).as("closing the lesson removes and stops the lanes view").isNull();
    }

    @Test
    void aLabCardListsItsCheckpointsAndTheirQuestionCountsInTheLessonScore(FxRobot robot) throws Exception {
        Files.writeString(lessons.resolve("03-stops.md"), """
                ---
                id: stops
                title: "A run with stops"
                summary: The run says and asks.
                ---
                ```lab
                preset: tiny-pull
                checkpoints:
                  - at: 30
                    focus: consumers
                    say: "The first check finds nothing."
                  - at: 90
                    focus: database
                    ask:
                      id: stops-empty
                      type: true-false
                      prompt: "Most checks so far came back empty."
                      answer: true
                      whenTrue: "Yes: one post an hour, a check every 30 s."
                      whenFalse: "Count the posts against the checks."
                      hint: "How often does the producer post?"
                      explain: "One post an hour against 120 checks."
                ```
                """);
        LessonScreen screen = show(robot, ProgressStore.open(dataDir));
        robot.interact(() -> screen.open("stops"));
        WaitForAsyncUtils.waitForFxEvents();

        javafx.scene.control.TitledPane stops = robot.lookup(".lab-checkpoints").queryAs(javafx.scene.control.TitledPane.class);
        assertThat(stops.getText()).isEqualTo("Along this run: 2 stops");
        assertThat(stops.isExpanded()).as("folded, so the questions do not give the run away").isFalse();
        robot.interact(stops::requestFocus);
        robot.type(KeyCode.SPACE);
        assertThat(stops.isExpanded()).isTrue();
        assertThat(robot.lookup(".quiz-checkpoint-title").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("At 0:30 of the run \u2013 Narration",
                        "At 1:30 of the run \u2013 A question while the run is paused");

        robot.interact(() -> stops.lookup(".quiz-panel").requestFocus());
        robot.type(KeyCode.T).type(KeyCode.ENTER);

        assertThat(robot.lookup(".quiz-verdict").queryAs(Label.class).getText()).isEqualTo("Right");
        assertThat(robot.lookup(".lesson-entry-score").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Quiz 1/1");
        assertThat(ProgressStore.open(dataDir).lastAnswer("stops-empty")).get()
                .satisfies(a -> assertThat(a.lessonId()).isEqualTo("stops"))
                .satisfies(a -> assertThat(a.answer()).isEqualTo("true"));
    }

    @Test
    void withALiveStageTheCheckpointsAreStopsOnItsRunNotAList(FxRobot robot) throws Exception {
        Files.writeString(lessons.resolve("03-stops.md"), """
                ---
                id: stops
                title: "A run with stops"
                summary: The run says and asks.
                ---
                ```lab
                preset: tiny-pull
                checkpoints:
                  - at: 30
                    focus: consumers
                    say: "The first check finds nothing."
                  - at: 90
                    focus: database
                    say: "Still nothing."
                ```
                """);
        LessonScreen screen = show(robot, ProgressStore.open(dataDir), new LiveStages());
        robot.interact(() -> screen.open("stops"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup(".lab-checkpoints").tryQuery()).as("no folded list: the run stops itself").isEmpty();
        javafx.scene.control.CheckBox stops = robot.lookup("#checkpoint-pausing").queryAs(javafx.scene.control.CheckBox.class);
        assertThat(stops.getText()).isEqualTo("Stop at the 2 checkpoints");
        assertThat(stops.isSelected()).isTrue();
        assertThat(robot.lookup(".lab-stage .timeline-tick").queryAll()).hasSize(2);
        org.fanoutlab.ui.stage.StageView stage =
                robot.lookup(".lab-stage .stage-view").queryAs(org.fanoutlab.ui.stage.StageView.class);
        // the lead-in would open at 28:00, past both: the stage opens before the first checkpoint instead
        assertThat(stage.viewModel().startSeconds()).isLessThan(30);
        assertThat(stage.viewModel().checkpoints().stops()).extracting(s -> s.at()).containsExactly(30.0, 90.0);
        assertThat(robot.lookup("#lab-checkpoint-slot").query().isVisible()).as("no card until the run stops").isFalse();

        robot.interact(() -> screen.open("pull"));
        assertThat(stage.viewModel().playback().markers()).as("leaving the lesson takes the stops off").isEmpty();
    }

    private final class RecordingNavigator implements Navigator {
        @Override
        public void openLesson(String lessonId) {
            navigation.add("lesson " + lessonId);
        }

        @Override
        public void openLab(String presetName) {
            navigation.add("lab " + presetName);
        }

        @Override
        public void openQuizReview() {
            navigation.add("review");
        }

        @Override
        public void openGuide() {
            navigation.add("guide");
        }

        @Override
        public void status(String message) {
            navigation.add("status " + message);
        }
    }
}
