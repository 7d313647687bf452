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
import org.fanoutlab.ui.lab.common.LabStyles;
import org.fanoutlab.ui.lab.controls.LogControlView;
import org.fanoutlab.ui.lab.controls.ProducerControls;
import org.fanoutlab.ui.lab.controls.ControlTexts;

/** The controls pane: every control forwards to the view-model in one line; values come back by binding. */
public final class ControlsView extends ScrollPane {
    private final LabViewModel vm;
    private final VBox producerBox = new VBox(10);
    private final Map<Model, ToggleButton> modelButtons = new EnumMap<>(Model.class);

    public ControlsView(LabViewModel vm) {
        this.vm = vm;
        getStyleClass().add(LabStyles.CONTROLS);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);

        SegmentedButton models = new SegmentedButton();
        for (Model m : Model.values()) {
            ToggleButton b = new ToggleButton(switch (m) {
                case PUSH -> "Push";
                case PULL -> "Pull";
                case HYBRID -> "Hybrid";
            });
            b.setId("model-" + m.id());
            b.setTooltip(LogControlView.tooltip(ControlTexts.MODEL));
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

        LogControlView poll = new LogControlView("Consumers refresh every", ControlTexts.POLL, vm.pollInterval());
        poll.setId("poll-interval");
        LogControlView threshold = new LogControlView("Celebrity threshold (hybrid, followers)", ControlTexts.THRESHOLD,
                vm.celebrityThreshold());
        threshold.setId("celebrity-threshold");
        LogControlView rate = new LogControlView("Fan-out writes per second", ControlTexts.FANOUT_RATE,
                vm.fanoutRate());
        rate.setId("fanout-rate");
        rate.disableProperty().bind(vm.unlimitedFanoutProperty());
        CheckBox unlimited = new CheckBox("Unlimited (instant fan-out)");
        unlimited.setId("fanout-unlimited");
        unlimited.setTooltip(LogControlView.tooltip(ControlTexts.UNLIMITED));
        unlimited.setSelected(vm.unlimitedFanoutProperty().get());
        vm.unlimitedFanoutProperty().addListener((o, a, b) -> unlimited.setSelected(b));
        unlimited.setOnAction(e -> vm.setUnlimitedFanout(unlimited.isSelected()));
        LogControlView cache = new LogControlView("Feed cache keeps (entries)", ControlTexts.CACHE,
                vm.cacheCapacity());
        cache.setId("cache-capacity");

        VBox seedBox = seedControl();

        rebuildProducers();
        vm.producers().addListener((ListChangeListener<ProducerControls>) c -> rebuildProducers());

        VBox content = new VBox(12,
                title("Model"), models,
                new Separator(),
                title("Producers"), producerBox,
                new Separator(),
                title("Consumers and servers"), poll, threshold, rate, unlimited, cache,
                new Separator(),
                title("Run"), seedBox);
        content.getStyleClass().add("lab-controls-content");
        setContent(content);
    }

    private VBox seedControl() {
        Label heading = new Label("Random seed (restarts the run)");
        heading.getStyleClass().add(LabStyles.CONTROL_TITLE);
        TextField seed = new TextField(vm.seedTextProperty().get());
        seed.setId("seed");
        seed.setPrefColumnCount(8);
        seed.setTooltip(LogControlView.tooltip(ControlTexts.SEED));
        heading.setTooltip(seed.getTooltip());
        heading.setLabelFor(seed);
        vm.seedTextProperty().addListener((o, a, b) -> seed.setText(b));
        seed.setOnAction(e -> vm.typeSeed(seed.getText()));
        Label error = new Label();
        error.getStyleClass().add(LabStyles.ERROR_TEXT);
        error.textProperty().bind(vm.seedErrorProperty());
        error.visibleProperty().bind(vm.seedErrorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());
        VBox box = new VBox(4, heading, seed, error);
        box.getStyleClass().add(LabStyles.CONTROL);
        return box;
    }

    private void rebuildProducers() {
        producerBox.getChildren().clear();
        for (ProducerControls p : vm.producers()) {
            Label name = new Label(p.name());
            name.getStyleClass().add(LabStyles.SECTION_TITLE);
            LogControlView followers = new LogControlView("Followers", ControlTexts.FOLLOWERS, p.followers());
            followers.setId("followers-" + p.index());
            LogControlView pace = new LogControlView("Posts per hour", ControlTexts.POSTS_PER_HOUR,
                    p.postsPerHour());
            pace.setId("posts-per-hour-" + p.index());
            VBox box = new VBox(4, name, followers, pace);
            box.getStyleClass().add(LabStyles.PRODUCER);
            producerBox.getChildren().add(box);
        }
    }

    private void selectModel(Model m) {
        if (m != null) {
            modelButtons.get(m).setSelected(true);
        }
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(LabStyles.SECTION_TITLE);
        return l;
    }
}
