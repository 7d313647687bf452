package org.fanoutlab.ui.quiz;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.fanoutlab.content.Course;
import org.fanoutlab.content.Lesson;
import org.fanoutlab.content.LessonBlock;
import org.fanoutlab.ui.shell.Navigator;

/** Throwaway: the review screen with a hand-built course, for screenshots. */
public class ReviewPreviewMain extends Application {
    @Override
    public void start(Stage stage) {
        FxTheme.apply();
        FakeProgress progress = new FakeProgress();
        progress.recordAnswer("pull", "pull-1", "B", true);
        progress.recordAnswer("pull", "pull-2", "120", false);
        progress.recordAnswer("push", "push-2", "A", false);
        Course course = new Course(List.of(
                new Lesson("pull", "Pull: the consumer asks", "s", "02-pull.md", List.of(
                        new LessonBlock.QuizBlock(Quizzes.single("pull-1"), 1),
                        new LessonBlock.QuizBlock(Quizzes.numeric("pull-2"), 2))),
                new Lesson("push", "Push: the producer sends", "s", "03-push.md", List.of(
                        new LessonBlock.QuizBlock(Quizzes.trueFalse("push-1"), 1),
                        new LessonBlock.QuizBlock(Quizzes.multiple("push-2"), 2),
                        new LessonBlock.QuizBlock(Quizzes.predict("push-3"), 3)))),
                List.of(), Path.of("scenarios"));
        Navigator nav = new Navigator() {
            public void openLesson(String id) { }
            public void openLab(String p) { }
            public void openQuizReview() { }
            public void openGuide() { }
            public void status(String m) { }
        };
        QuizReviewScreen screen = new QuizReviewScreen(course, progress, nav);
        stage.setScene(new Scene((javafx.scene.Parent) screen.view(), 1200, 800));
        stage.show();
    }

    public static final class Launch {
        public static void main(String[] args) {
            Application.launch(ReviewPreviewMain.class, args);
        }
    }
}
