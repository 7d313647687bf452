package org.fanoutlab.ui.lab.compare;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.fanoutlab.engine.Model;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.fanoutlab.ui.lab.common.LabMetric;
import org.fanoutlab.ui.lab.common.LabStyles;
import org.fanoutlab.ui.lab.controls.LogControlView;

/**
 * Push, pull and hybrid side by side. The cheapest figure of each row gets a check-mark icon and bold text,
 * so it reads without colour (projectors and colour-blind learners).
 */
public final class CompareView extends VBox {
    private final Label[][] cells = new Label[CompareRun.ROWS.size()][CompareRun.MODELS.size()];

    public CompareView(CompareViewModel vm, Runnable runAgain) {
        getStyleClass().add(LabStyles.COMPARE);
        setSpacing(10);
        Label title = new Label();
        title.getStyleClass().add(LabStyles.SECTION_TITLE);
        title.textProperty().bind(vm.titleProperty().concat(": push, pull and hybrid on the same workload and seed"));
        Label clock = new Label();
        clock.getStyleClass().add(LabStyles.CLOCK);
        clock.textProperty().bind(vm.clockProperty());
        Button again = new Button("Compare the current settings again");
        again.setId("compare-again");
        again.setOnAction(e -> runAgain.run());
        Label problem = new Label();
        problem.getStyleClass().add(LabStyles.ERROR_TEXT);
        problem.textProperty().bind(vm.problemProperty());
        problem.visibleProperty().bind(vm.problemProperty().isNotNull());
        problem.managedProperty().bind(problem.visibleProperty());

        GridPane grid = new GridPane();
        grid.setId("compare-table");
        grid.setHgap(24);
        grid.setVgap(6);
        ColumnConstraints first = new ColumnConstraints();
        first.setMinWidth(220);
        grid.getColumnConstraints().add(first);
        for (int c = 0; c < CompareRun.MODELS.size(); c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setHalignment(HPos.RIGHT);
            cc.setMinWidth(150);
            grid.getColumnConstraints().add(cc);
            Label h = new Label(name(CompareRun.MODELS.get(c)));
            h.getStyleClass().add(LabStyles.COMPARE_HEADER);
            grid.add(h, c + 1, 0);
        }
        for (int r = 0; r < CompareRun.ROWS.size(); r++) {
            LabMetric m = CompareRun.ROWS.get(r);
            Label name = new Label(m.label());
            name.getStyleClass().add(LabStyles.METRIC_LABEL);
            name.setTooltip(LogControlView.tooltip(m.tooltip()));
            grid.add(name, 0, r + 1);
            for (int c = 0; c < CompareRun.MODELS.size(); c++) {
                Label cell = new Label("–");
                cell.setId("compare-" + m.id() + "-" + CompareRun.MODELS.get(c).id());
                cell.getStyleClass().add(LabStyles.COMPARE_CELL);
                cells[r][c] = cell;
                grid.add(cell, c + 1, r + 1);
            }
        }
        Label legend = new Label("Cheapest in its row", new FontIcon(MaterialDesignC.CHECK_CIRCLE));
        legend.getStyleClass().addAll(LabStyles.HINT, LabStyles.CHEAPEST);
        HBox runRow = new HBox(16, clock, again);
        runRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().addAll(title, runRow, problem, grid, legend);
        vm.rows().addListener((ListChangeListener<CompareRow>) ch -> show(new ArrayList<>(vm.rows())));
    }

    private void show(List<CompareRow> rows) {
        for (int r = 0; r < rows.size() && r < cells.length; r++) {
            CompareRow row = rows.get(r);
            for (int c = 0; c < cells[r].length; c++) {
                Label cell = cells[r][c];
                cell.setText(row.metric().format(row.values().get(c)));
                boolean cheapest = row.cheapest().get(c);
                if (cheapest && !cell.getStyleClass().contains(LabStyles.CHEAPEST)) {
                    cell.getStyleClass().add(LabStyles.CHEAPEST);
                    cell.setGraphic(new FontIcon(MaterialDesignC.CHECK_CIRCLE));
                } else if (!cheapest) {
                    cell.getStyleClass().remove(LabStyles.CHEAPEST);
                    cell.setGraphic(null);
                }
                cell.setAccessibleText(name(CompareRun.MODELS.get(c)) + " " + row.metric().label() + " "
                        + cell.getText() + (cheapest ? ", cheapest" : ""));
            }
        }
    }

    public static String name(Model m) {
        return switch (m) {
            case PUSH -> "Push";
            case PULL -> "Pull";
            case HYBRID -> "Hybrid";
        };
    }
}
