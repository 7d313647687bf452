package org.fanoutlab.ui.classroom;

import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fanoutlab.ui.common.Messages;

/** How the room gets in, large enough to read from the back: the address, its QR code, the join code, who joined. */
final class JoinCard extends VBox {
    JoinCard(ClassroomViewModel vm) {
        Label at = new Label(Messages.get("classroom.join.at"));
        at.getStyleClass().add(ClassroomStyles.JOIN_LABEL.css());
        Label url = new Label();
        url.setId("class-url");
        url.getStyleClass().add(ClassroomStyles.JOIN_URL.css());
        url.setWrapText(true);
        // What people type: "192.168.1.20:8080"; the browser adds http:// and the slash itself.
        url.textProperty().bind(vm.urlProperty().map(u -> u.replaceFirst("^http://", "").replaceFirst("/$", "")));
        QrView qr = new QrView();
        qr.setId("class-qr");
        vm.qrProperty().addListener((obs, was, now) -> qr.setMatrix(now, vm.joinUrlProperty().get()));
        if (vm.qrProperty().get() != null) {
            qr.setMatrix(vm.qrProperty().get(), vm.joinUrlProperty().get());
        }
        VBox.setVgrow(qr, Priority.ALWAYS);
        Label codeLabel = new Label(Messages.get("classroom.join.code"));
        codeLabel.getStyleClass().add(ClassroomStyles.JOIN_LABEL.css());
        Label code = new Label();
        code.setId("class-code");
        code.getStyleClass().add(ClassroomStyles.CODE.css());
        code.textProperty().bind(vm.codeProperty());
        code.setMinWidth(Region.USE_PREF_SIZE);
        Label count = new Label();
        count.setId("class-count");
        count.getStyleClass().add(ClassroomStyles.COUNT.css());
        count.setWrapText(true);
        Runnable counts = () -> count.setText(Messages.format("classroom.join.count", vm.joinedProperty().get(),
                vm.connectedProperty().get()));
        vm.joinedProperty().addListener((obs, was, now) -> counts.run());
        vm.connectedProperty().addListener((obs, was, now) -> counts.run());
        counts.run();
        getChildren().setAll(at, url, qr, codeLabel, code, count);
        getStyleClass().add(ClassroomStyles.JOIN.css());
        setId("class-join");
    }
}
