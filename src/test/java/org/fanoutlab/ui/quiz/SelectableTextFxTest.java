package org.fanoutlab.ui.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class SelectableTextFxTest {
    private SelectableText first;
    private SelectableText second;

    @Start
    void start(Stage stage) {
        FxTheme.apply();
        first = new SelectableText(new Text("Pull wastes "), new Text("119"), new Text(" checks per useful one."));
        second = new SelectableText(new Text("Push writes once per follower."));
        VBox box = new VBox(20, first, second);
        box.setPrefWidth(500);
        stage.setScene(new Scene(box));
        stage.show();
    }

    @Test
    void dragSelectsTextThatCtrlCCopies(FxRobot robot) {
        Bounds b = first.localToScreen(first.getBoundsInLocal());
        robot.drag(new Point2D(b.getMinX() + 1, b.getCenterY()), MouseButton.PRIMARY)
                .dropTo(new Point2D(b.getMaxX() - 1, b.getCenterY()));
        assertThat(first.selectedText()).startsWith("Pull wastes 119");
        Path highlight = (Path) first.getChildren().get(0);
        assertThat(highlight.getElements()).as("selection is drawn").isNotEmpty();

        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        String copied = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()));
        assertThat(copied).isEqualTo(first.selectedText());
    }

    @Test
    void doubleClickSelectsAWordAndANewSelectionClearsTheOldOne(FxRobot robot) {
        robot.interact(() -> first.select(0, 4));
        Bounds b = second.localToScreen(second.getBoundsInLocal());
        robot.doubleClickOn(new Point2D(b.getMinX() + 8, b.getCenterY()), MouseButton.PRIMARY);
        assertThat(second.selectedText()).isEqualTo("Push");
        assertThat(first.selectedText()).isEmpty();
    }
}
