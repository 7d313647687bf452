package org.fanoutlab.ui.shell;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.fanoutlab.content.LessonsLocation;
import org.fanoutlab.ui.lesson.MarkdownPage;
import org.fanoutlab.ui.common.Messages;

/** Help → How to use this in class (F1): lessons/help/classroom.md in a window of its own, beside the app. */
public final class ClassroomHelp {
    static final String PAGE = "help/classroom.md";
    private Stage window;

    public void show(Window owner, Image icon) {
        if (window == null) {
            window = new Stage();
            window.initOwner(owner);
            window.setTitle(Messages.get("help.classroom.title"));
            if (icon != null) {
                window.getIcons().add(icon);
            }
            Path page = LessonsLocation.lessonsDir().resolve(PAGE);
            Scene scene = new Scene(new javafx.scene.layout.StackPane(
                    MarkdownPage.render(page, LessonsLocation.assetsDir())), 860, 720);
            scene.getRoot().getStylesheets().add(ClassroomHelp.class.getResource(ShellStyles.STYLESHEET).toExternalForm());
            window.setScene(scene);
        }
        window.show();
        window.toFront();
    }
}
