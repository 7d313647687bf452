package org.fanoutlab.ui.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A lesson table in a narrow reading column wraps between words, never inside one. */
@ExtendWith(ApplicationExtension.class)
class LessonTableFxTest {
    private static final String TABLE = """
            | system | model | why this model | how it patches its weak spot |
            |---|---|---|---|
            | Kafka consumers | pull | consumers of one topic range from real-time checks to hourly jobs, and each keeps its own pace | fetches that wait on the broker (long polling) instead of empty polls |
            | server-sent events | push | one-way updates to a browser over plain HTTP | event IDs so a reconnect resumes without gaps |
            """;

    private static final double WIDTH = 520;

    private VBox column;

    @Start
    void start(Stage stage) {
        column = new VBox();
        // the primary stage is shared by the JVM's FX tests and keeps its size: the column fixes its own width
        column.setMinWidth(WIDTH);
        column.setMaxWidth(WIDTH);
        HBox root = new HBox(column);
        root.getStylesheets().add(LessonScreen.class.getResource(LessonStyles.STYLESHEET).toExternalForm());
        stage.setScene(new Scene(root, WIDTH, 600));
        stage.show();
    }

    @Test
    void everyCellIsAtLeastItsWidestWordWideAndTheTableFitsTheColumn(FxRobot robot) {
        robot.interact(() -> {
            MarkdownRenderer r = new MarkdownRenderer(s -> Optional.empty(), s -> { }, Path.of("."));
            List<Node> nodes = r.render(TABLE);
            column.getChildren().setAll(nodes);
            column.getScene().getRoot().applyCss();
            column.getScene().getRoot().layout();
        });
        GridPane grid = (GridPane) column.getChildren().get(0);
        assertThat(grid.getWidth()).as("the table keeps to the column").isLessThanOrEqualTo(WIDTH);
        List<TableCellPane> cells = grid.getChildren().stream().map(TableCellPane.class::cast).toList();
        assertThat(cells).hasSize(12);
        for (TableCellPane cell : cells) {
            double word = TableCellPane.widestWord((javafx.scene.text.TextFlow) cell.getChildren().get(0));
            assertThat(cell.getWidth()).as("cell %s", cell.getChildren().get(0)).isGreaterThanOrEqualTo(word);
        }
        // the short columns stay on one line: the prose columns are the ones that wrap
        TableCellPane model = cells.get(1);
        assertThat(model.getHeight()).isLessThan(cells.get(6).getHeight());
    }
}
