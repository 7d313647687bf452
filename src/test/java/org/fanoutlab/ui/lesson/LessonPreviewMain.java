package org.fanoutlab.ui.lesson;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.fanoutlab.content.Course;
import org.fanoutlab.content.CourseLoader;
import org.fanoutlab.progress.ProgressStore;
import org.fanoutlab.ui.quiz.LearnerProgress;
import org.fanoutlab.ui.shell.AppContext;
import org.fanoutlab.ui.shell.Navigator;

/** Throwaway: the lesson screen over the real lessons folder, for screenshots. Args: lessonId [scroll]. */
public class LessonPreviewMain extends Application {
    @Override
    public void start(Stage stage) throws Exception {
        org.fanoutlab.ui.quiz.FxTheme.apply();
        Course course = CourseLoader.load(Path.of("lessons"));
        Path data = Files.createTempDirectory("preview");
        ProgressStore store = ProgressStore.open(data);
        String id = getParameters().getRaw().isEmpty() ? course.lessons().get(0).id() : getParameters().getRaw().get(0);
        double scroll = getParameters().getRaw().size() > 1 ? Double.parseDouble(getParameters().getRaw().get(1)) : 0;
        store.savePosition(new ProgressStore.ReadingPosition(id, scroll));
        Navigator nav = new Navigator() {
            public void openLesson(String l) { System.out.println("openLesson " + l); }
            public void openLab(String p) { System.out.println("openLab " + p); }
            public void openQuizReview() { }
            public void openGuide() { }
            public void status(String m) { System.out.println("status " + m); }
        };
        AppContext ctx = new AppContext(course, store, null, data, nav);
        LessonScreen screen = new LessonScreen(ctx, LearnerProgress.of(store), Path.of("assets"));
        screen.open(id);
        stage.setScene(new Scene((javafx.scene.Parent) screen.view(), 1400, 950));
        stage.show();
        if (System.getProperty("quiz") != null) {
            javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(2));
            later.setOnFinished(e -> answer(stage));
            later.play();
        }
    }

    /** Scrolls to quiz number -Dquiz (0-based), focuses it and types -Danswer with the real keyboard robot. */
    private void answer(Stage stage) {
        int n = Integer.getInteger("quiz");
        javafx.scene.control.ScrollPane sp = (javafx.scene.control.ScrollPane) stage.getScene().getRoot().lookup(".lesson-reader");
        javafx.scene.Node panel = sp.getContent().lookupAll(".quiz-panel").stream().skip(n).findFirst().orElseThrow();
        double y = sp.getContent().sceneToLocal(panel.localToScene(0, 0)).getY();
        double h = sp.getContent().getLayoutBounds().getHeight() - sp.getViewportBounds().getHeight();
        sp.setVvalue(Math.max(0, Math.min(1, (y - 120) / h)));
        javafx.scene.Node field = panel.lookup(".text-field");
        (field != null ? field : panel).requestFocus();
        javafx.scene.robot.Robot robot = new javafx.scene.robot.Robot();
        for (char c : System.getProperty("answer", "").toCharArray()) {
            javafx.scene.input.KeyCode code = c == '!' ? javafx.scene.input.KeyCode.ENTER
                    : javafx.scene.input.KeyCode.getKeyCode(String.valueOf(c).toUpperCase());
            robot.keyType(code);
        }
    }

    public static final class Launch {
        public static void main(String[] args) {
            Application.launch(LessonPreviewMain.class, args);
        }
    }
}
