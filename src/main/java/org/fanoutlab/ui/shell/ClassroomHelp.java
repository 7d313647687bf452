package org.fanoutlab.ui.shell;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.fanoutlab.content.LessonVariants;
import org.fanoutlab.content.LessonsLocation;
import org.fanoutlab.ui.common.Messages;
import org.fanoutlab.ui.lesson.MarkdownPage;

/**
 * Help → How to use this in class (F1): lessons/help/classroom.md in a window of its own, beside the app, in the UI's
 * language when the page has a translation ({@code lessons/es/help/classroom.md}).
 */
public final class ClassroomHelp {
    static final String PAGE = "help/classroom.md";
    private Stage window;
    private Locale shownIn;

    public void show(Window owner, Image icon) {
        if (window == null) {
            window = new Stage();
            window.initOwner(owner);
            if (icon != null) {
                window.getIcons().add(icon);
            }
        }
        if (!Messages.locale().equals(shownIn)) {
            fill();
        }
        window.show();
        window.toFront();
    }

    /** The UI language changed: an open guide is shown again in it, a closed one will be when it opens. */
    public void relocalize() {
        if (window != null && window.isShowing()) {
            fill();
        }
    }

    private void fill() {
        window.setTitle(Messages.get("help.classroom.title"));
        Path page = LessonVariants.localized(LessonsLocation.lessonsDir(), PAGE, Messages.locale().getLanguage());
        Scene scene = new Scene(new StackPane(MarkdownPage.render(page, LessonsLocation.assetsDir())), 860, 720);
        scene.getRoot().getStylesheets().add(ClassroomHelp.class.getResource(ShellStyles.STYLESHEET).toExternalForm());
        window.setScene(scene);
        shownIn = Messages.locale();
    }
}
