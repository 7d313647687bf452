package org.fanoutlab.ui.lab.live;

import java.util.EnumMap;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;
import org.fanoutlab.engine.Model;
import org.fanoutlab.ui.common.Messages;
import org.fanoutlab.ui.lab.common.LabStyles;
import org.fanoutlab.ui.lab.common.LabText;
import org.fanoutlab.ui.lab.common.Tooltips;
import org.fanoutlab.ui.lab.controls.LogControlView;
import org.fanoutlab.ui.lab.controls.LogParameter;
import org.fanoutlab.ui.lab.controls.ProducerControls;

/**
 * The controls pane: every control forwards to the view-model in one line; values come back by binding. Each
 * control's title and tooltip are {@code lab.control.KEY} and {@code lab.control.KEY.tooltip} (what it means in a
 * real system).
 */
public final class ControlsView extends ScrollPane {
    private final LabViewModel vm;
    private final VBox producerBox = new VBox(10);
    private final Map<Model, ToggleButton> modelButtons = new EnumMap<>(Model.class);

    public ControlsView(LabViewModel vm) {
        this.vm = vm;
        getStyleClass().add(LabStyles.CONTROLS.css());
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);

        SegmentedButton models = new SegmentedButton();
        for (Model m : Model.values()) {
            ToggleButton b = new ToggleButton(LabText.model(m));
            b.setId("model-" + m.id());
            b.setTooltip(Tooltips.of(Messages.get("lab.control.model.tooltip")));
            b.setOnAction(e -> vm.setModel(m));
            modelButtons.put(m, b);
            models.getButtons().add(b);
        }
        models.getToggleGroup().selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                // a segmented button can be clicked off; the model cannot be "none", so keep the old one on
                a.setSelected(true);
            }
        });
        selectModel(vm.modelProperty().get());
        vm.modelProperty().addListener((o, a, b) -> selectModel(b));

        LogControlView rate = control("fanoutRate", vm.servers().fanoutRate(), "fanout-rate");
        rate.disableProperty().bind(vm.unlimitedFanoutProperty());
        CheckBox unlimited = new CheckBox(Messages.get("lab.control.unlimited"));
        unlimited.setId("fanout-unlimited");
        unlimited.setTooltip(Tooltips.of(Messages.get("lab.control.unlimited.tooltip")));
        unlimited.setSelected(vm.unlimitedFanoutProperty().get());
        vm.unlimitedFanoutProperty().addListener((o, a, b) -> unlimited.setSelected(b));
        unlimited.setOnAction(e -> vm.setUnlimitedFanout(unlimited.isSelected()));

        rebuildProducers();
        vm.producers().addListener((ListChangeListener<ProducerControls>) c -> rebuildProducers());

        VBox content = new VBox(12,
                title("lab.controls.model"), models,
                new Separator(),
                title("lab.controls.producers"), producerBox,
                new Separator(),
                title("lab.controls.servers"),
                control("poll", vm.servers().pollInterval(), "poll-interval"),
                control("threshold", vm.servers().celebrityThreshold(), "celebrity-threshold"),
                rate, unlimited,
                control("cache", vm.servers().cacheCapacity(), "cache-capacity"),
                new Separator(),
                title("lab.controls.run"), seedControl());
        content.getStyleClass().add(LabStyles.CONTROLS_CONTENT.css());
        setContent(content);
    }

    private static LogControlView control(String key, LogParameter p, String id) {
        LogControlView v = new LogControlView(Messages.get("lab.control." + key),
                Messages.get("lab.control." + key + ".tooltip"), p);
        v.setId(id);
        return v;
    }

    private VBox seedControl() {
        Label heading = new Label(Messages.get("lab.control.seed"));
        heading.getStyleClass().add(LabStyles.CONTROL_TITLE.css());
        TextField seed = new TextField(vm.seedTextProperty().get());
        seed.setId("seed");
        seed.setPrefColumnCount(8);
        seed.setTooltip(Tooltips.of(Messages.get("lab.control.seed.tooltip")));
        heading.setTooltip(seed.getTooltip());
        heading.setLabelFor(seed);
        vm.seedTextProperty().addListener((o, a, b) -> seed.setText(b));
        seed.setOnAction(e -> vm.typeSeed(seed.getText()));
        VBox box = new VBox(4, heading, seed, LogControlView.errorLine(vm.seedErrorProperty()));
        box.getStyleClass().add(LabStyles.CONTROL.css());
        return box;
    }

    private void rebuildProducers() {
        producerBox.getChildren().clear();
        for (ProducerControls p : vm.producers()) {
            Label name = new Label(p.name());
            name.getStyleClass().add(LabStyles.SECTION_TITLE.css());
            VBox box = new VBox(4, name,
                    control("followers", p.followers(), "followers-" + p.index()),
                    control("postsPerHour", p.postsPerHour(), "posts-per-hour-" + p.index()));
            box.getStyleClass().add(LabStyles.PRODUCER.css());
            producerBox.getChildren().add(box);
        }
    }

    private void selectModel(Model m) {
        if (m != null) {
            modelButtons.get(m).setSelected(true);
        }
    }

    private static Label title(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add(LabStyles.SECTION_TITLE.css());
        return l;
    }
}
