package org.fanoutlab.ui.lab.controls;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fanoutlab.engine.CostModel;
import org.fanoutlab.ui.common.Messages;
import org.fanoutlab.ui.common.NumberInput;
import org.fanoutlab.ui.lab.common.LabStyles;
import org.fanoutlab.ui.lab.common.Tooltips;

/**
 * The three cost weights, each a field with a tooltip saying what the operation is in a real system, the
 * defaults stated beside them, and Reset. Wraps onto more lines when the type is large.
 */
public final class CostWeightsView extends VBox {
    public CostWeightsView(CostWeightsViewModel vm) {
        getStyleClass().add(LabStyles.WEIGHTS.css());
        setSpacing(4);
        Label title = new Label(Messages.get("lab.weights.title"));
        title.getStyleClass().add(LabStyles.CONTROL_TITLE.css());
        FlowPane fields = new FlowPane(12, 6);
        fields.setAlignment(Pos.CENTER_LEFT);
        for (CostWeightsViewModel.Weight w : CostWeightsViewModel.Weight.values()) {
            fields.getChildren().add(field(vm, w));
        }
        Button reset = new Button(Messages.get("lab.weights.reset"));
        reset.setId("weights-reset");
        reset.setOnAction(e -> vm.reset());
        fields.getChildren().add(reset);
        CostModel d = CostModel.DEFAULT;
        Label defaults = new Label(Messages.format("lab.weights.defaults", NumberInput.formatFigure(d.perCacheWrite()),
                NumberInput.formatFigure(d.perReadQuery()), NumberInput.formatFigure(d.perCacheRead())));
        defaults.getStyleClass().add(LabStyles.HINT.css());
        defaults.setWrapText(true);
        defaults.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(title, fields, defaults, LogControlView.errorLine(vm.errorProperty()));
    }

    private static HBox field(CostWeightsViewModel vm, CostWeightsViewModel.Weight w) {
        Label name = new Label(Messages.get("lab.weights." + w.key()));
        name.setMinWidth(Region.USE_PREF_SIZE);
        TextField f = new TextField(vm.textProperty(w).get());
        f.setId("weight-" + w.key());
        f.setPrefColumnCount(4);
        f.setAccessibleText(name.getText());
        name.setLabelFor(f);
        Tooltip tip = Tooltips.of(Messages.get("lab.weights." + w.key() + ".tooltip"));
        f.setTooltip(tip);
        name.setTooltip(tip);
        vm.textProperty(w).addListener((o, a, b) -> f.setText(b));
        LogControlView.onCommit(f, t -> vm.type(w, t));
        HBox box = new HBox(6, name, f);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
