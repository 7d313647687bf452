package org.fanoutlab.ui.lab.compare;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fanoutlab.engine.CostModel;
import org.fanoutlab.engine.Model;
import org.fanoutlab.ui.common.Messages;
import org.fanoutlab.ui.common.NumberInput;
import org.fanoutlab.ui.lab.common.Figure;
import org.fanoutlab.ui.lab.common.LabStyles;
import org.fanoutlab.ui.lab.common.LabText;
import org.fanoutlab.ui.lab.common.MetricFigure;
import org.fanoutlab.ui.lab.common.Tooltips;
import org.fanoutlab.ui.lab.controls.CostWeightsView;
import org.fanoutlab.ui.lab.controls.CostWeightsViewModel;
import org.fanoutlab.ui.lab.controls.LogControlView;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * Push, pull and hybrid side by side. The cheapest figure of each row gets a check-mark icon and bold text,
 * so it reads without colour (projectors and colour-blind learners).
 */
public final class CompareView extends VBox {
    private final Label[][] cells = new Label[CompareRun.ROW_COUNT][CompareRun.MODELS.size()];
    private final Label[] names = new Label[CompareRun.ROW_COUNT];

    public CompareView(CompareViewModel vm, CostWeightsViewModel weights, Runnable runAgain) {
        getStyleClass().add(LabStyles.COMPARE.css());
        setSpacing(10);
        Label title = new Label();
        title.getStyleClass().add(LabStyles.SECTION_TITLE.css());
        title.setWrapText(true);
        title.textProperty().bind(vm.titleProperty());
        Label clock = new Label();
        clock.getStyleClass().add(LabStyles.CLOCK.css());
        clock.textProperty().bind(vm.clockProperty());
        Button again = new Button(Messages.get("lab.compare.again"));
        again.setId("compare-again");
        again.setOnAction(e -> runAgain.run());
        Button stop = new Button(Messages.get("lab.compare.stop"));
        stop.setId("compare-stop");
        stop.setTooltip(Tooltips.of(Messages.get("lab.compare.stop.tooltip")));
        stop.disableProperty().bind(vm.runningProperty().not());
        stop.setOnAction(e -> vm.stop());
        HBox runRow = new HBox(16, clock, again, stop);
        runRow.setAlignment(Pos.CENTER_LEFT);

        Label legend = new Label(Messages.get("lab.compare.legend"), new FontIcon(MaterialDesignC.CHECK_CIRCLE));
        legend.getStyleClass().addAll(LabStyles.HINT.css(), LabStyles.CHEAPEST.css());
        legend.setWrapText(true);
        // wrapped text keeps its full height whatever the zoom (the tab scrolls instead)
        title.setMinHeight(Region.USE_PREF_SIZE);
        legend.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(title, runRow, LogControlView.errorLine(vm.problemProperty()), table(), legend,
                new CostWeightsView(weights));
        vm.rows().addListener((ListChangeListener<CompareRow>) ch -> show(new ArrayList<>(vm.rows())));
    }

    private GridPane table() {
        GridPane grid = new GridPane();
        grid.setId("compare-table");
        grid.setHgap(16);
        grid.setVgap(6);
        // names and figures keep their full width at any zoom; the tab scrolls when they need more than it has
        ColumnConstraints first = new ColumnConstraints();
        first.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().add(first);
        for (int c = 0; c < CompareRun.MODELS.size(); c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setHalignment(HPos.RIGHT);
            cc.setMinWidth(Region.USE_PREF_SIZE);
            grid.getColumnConstraints().add(cc);
            Label h = new Label(LabText.model(CompareRun.MODELS.get(c)));
            h.getStyleClass().add(LabStyles.COMPARE_HEADER.css());
            grid.add(h, c + 1, 0);
        }
        List<Figure> figures = new ArrayList<>();
        CompareRun.METRICS.forEach(m -> figures.add(MetricFigure.of(m)));
        figures.add(new TotalCost(CostModel.DEFAULT));
        for (int r = 0; r < figures.size(); r++) {
            Figure f = figures.get(r);
            Label name = new Label(f.label());
            name.setMinWidth(Region.USE_PREF_SIZE);
            name.getStyleClass().add(LabStyles.METRIC_LABEL.css());
            name.setTooltip(Tooltips.of(f.tooltip()));
            names[r] = name;
            grid.add(name, 0, r + 1);
            for (int c = 0; c < CompareRun.MODELS.size(); c++) {
                Label cell = new Label(NumberInput.NONE);
                cell.setId("compare-" + f.id() + "-" + CompareRun.MODELS.get(c).id());
                cell.getStyleClass().add(LabStyles.COMPARE_CELL.css());
                cell.setMinWidth(Region.USE_PREF_SIZE);
                cells[r][c] = cell;
                grid.add(cell, c + 1, r + 1);
            }
        }
        return grid;
    }

    private void show(List<CompareRow> rows) {
        for (int r = 0; r < cells.length; r++) {
            CompareRow row = r < rows.size() ? rows.get(r) : null;
            if (row != null) {
                names[r].getTooltip().setText(row.figure().tooltip());
            }
            for (int c = 0; c < cells[r].length; c++) {
                Label cell = cells[r][c];
                cell.setText(row == null ? NumberInput.NONE : row.figure().format(row.values().get(c)));
                boolean cheapest = row != null && row.cheapest().get(c);
                if (cheapest && !cell.getStyleClass().contains(LabStyles.CHEAPEST.css())) {
                    cell.getStyleClass().add(LabStyles.CHEAPEST.css());
                    cell.setGraphic(new FontIcon(MaterialDesignC.CHECK_CIRCLE));
                } else if (!cheapest) {
                    cell.getStyleClass().remove(LabStyles.CHEAPEST.css());
                    cell.setGraphic(null);
                }
                Model m = CompareRun.MODELS.get(c);
                cell.setAccessibleText(Messages.format(cheapest ? "lab.compare.cell.cheapest" : "lab.compare.cell",
                        LabText.model(m), names[r].getText(), cell.getText()));
            }
        }
    }
}
