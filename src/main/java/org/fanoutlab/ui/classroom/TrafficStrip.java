package org.fanoutlab.ui.classroom;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.fanoutlab.classroom.TrafficSnapshot;
import org.fanoutlab.ui.common.Messages;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * "Room traffic": what the room's own server did, live: push streams held open, events pushed down them, requests
 * answered, streams dropped. The lesson's push model, counted while the class uses it.
 */
final class TrafficStrip extends FlowPane {
    private final Label held = value();
    private final Label pushed = value();
    private final Label answered = value();
    private final Label dropped = value();

    TrafficStrip(ClassroomViewModel vm) {
        getStyleClass().add(ClassroomStyles.TRAFFIC.css());
        setAlignment(Pos.CENTER_LEFT);
        Label title = new Label(Messages.get("classroom.traffic.title"), new FontIcon("mdi2a-access-point-network"));
        title.getStyleClass().add(ClassroomStyles.TRAFFIC_TITLE.css());
        title.setTooltip(new Tooltip(Messages.get("classroom.traffic.tooltip")));
        getChildren().addAll(title,
                pair(held, "classroom.traffic.held"),
                pair(pushed, "classroom.traffic.pushed"),
                pair(answered, "classroom.traffic.answered"),
                pair(dropped, "classroom.traffic.dropped"));
        setId("class-traffic");
        vm.trafficProperty().addListener((obs, old, now) -> show(now));
        show(vm.trafficProperty().get());
    }

    private void show(TrafficSnapshot t) {
        held.setText(Messages.format("classroom.number", t.connectionsHeld()));
        pushed.setText(Messages.format("classroom.number", t.eventsPushed()));
        answered.setText(Messages.format("classroom.number", t.requestsAnswered()));
        dropped.setText(Messages.format("classroom.number", t.connectionsDropped()));
        setAccessibleText(Messages.format("classroom.traffic.accessible", t.connectionsHeld(), t.eventsPushed(),
                t.requestsAnswered(), t.connectionsDropped()));
    }

    private static Label value() {
        Label l = new Label();
        l.getStyleClass().add(ClassroomStyles.TRAFFIC_VALUE.css());
        return l;
    }

    private static HBox pair(Label value, String key) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add(ClassroomStyles.TRAFFIC_LABEL.css());
        HBox box = new HBox(value, label);
        box.setAlignment(Pos.BASELINE_LEFT);
        value.setId(key.replace('.', '-'));
        return box;
    }
}
