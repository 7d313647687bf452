package org.fanoutlab.ui.lab;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import org.fanoutlab.ui.common.Messages;
import org.fanoutlab.ui.lab.common.LabStyles;
import org.fanoutlab.ui.lab.common.Tooltips;
import org.fanoutlab.ui.lab.live.LabViewModel;
import org.fanoutlab.ui.lab.live.Preset;

/** The lab's toolbar: presets, open, save, export, the figures toggle, and where the scenario came from. */
final class LabToolbar extends ToolBar {
    /** What the screen does for the buttons that need its nodes (the picture, the divider). */
    interface Actions {
        void exportPng();

        void showFigures(boolean shown);
    }

    private final LabViewModel vm;
    private final MenuButton presets = new MenuButton(Messages.get("lab.toolbar.presets"));

    LabToolbar(LabViewModel vm, Actions actions) {
        this.vm = vm;
        presets.setId("presets");
        fillPresets();
        vm.presets().addListener((ListChangeListener<Preset>) c -> fillPresets());
        Button open = new Button(Messages.get("lab.toolbar.open"));
        open.setOnAction(e -> vm.openScenario());
        Button save = new Button(Messages.get("lab.toolbar.save"));
        save.setOnAction(e -> vm.saveScenario());
        MenuButton export = new MenuButton(Messages.get("lab.toolbar.export"));
        MenuItem csv = new MenuItem(Messages.get("lab.toolbar.export.csv"));
        csv.setOnAction(e -> vm.exportMetricsCsv());
        MenuItem png = new MenuItem(Messages.get("lab.toolbar.export.png"));
        png.setOnAction(e -> actions.exportPng());
        export.getItems().addAll(csv, png);

        ToggleButton showCharts = new ToggleButton(Messages.get("lab.toolbar.figures"));
        showCharts.setSelected(true);
        showCharts.setId("toggle-charts");
        showCharts.setTooltip(Tooltips.of(Messages.get("lab.toolbar.figures.tooltip")));
        showCharts.setOnAction(e -> actions.showFigures(showCharts.isSelected()));
        Label source = new Label();
        source.getStyleClass().add(LabStyles.CLOCK.css());
        source.textProperty().bind(vm.sourceProperty());
        getItems().addAll(presets, open, save, export, new Separator(), showCharts, new Separator(), source);
        getStyleClass().add(LabStyles.TOOLBAR.css());
    }

    private void fillPresets() {
        presets.getItems().clear();
        for (Preset p : vm.presets()) {
            Label item = new Label(Messages.format("lab.toolbar.preset", p.name(), p.title()));
            if (!p.description().isBlank()) {
                item.setTooltip(Tooltips.of(p.description()));
            }
            CustomMenuItem mi = new CustomMenuItem(item);
            mi.setId("preset-" + p.name());
            mi.setOnAction(e -> vm.openPreset(p.name()));
            presets.getItems().add(mi);
        }
        if (vm.presets().isEmpty()) {
            MenuItem none = new MenuItem(Messages.get("lab.toolbar.presets.none"));
            none.setDisable(true);
            presets.getItems().add(none);
        }
    }
}
