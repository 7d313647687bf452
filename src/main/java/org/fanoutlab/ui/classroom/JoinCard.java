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
        url.textProperty().bind(vm.joinProperty().map(j -> j.url().replaceFirst("^http://", "")
                .replaceFirst("/$", "")));
        QrView qr = new QrView();
        qr.setId("class-qr");
        vm.joinProperty().addListener((obs, was, now) -> qr.setMatrix(now.qr(), now.joinUrl()));
        if (vm.joinProperty().get().qr() != null) {
            qr.setMatrix(vm.joinProperty().get().qr(), vm.joinProperty().get().joinUrl());
        }
        VBox.setVgrow(qr, Priority.ALWAYS);
        Label codeLabel = new Label(Messages.get("classroom.join.code"));
        codeLabel.getStyleClass().add(ClassroomStyles.JOIN_LABEL.css());
        Label code = new Label();
        code.setId("class-code");
        code.getStyleClass().add(ClassroomStyles.CODE.css());
        code.textProperty().bind(vm.joinProperty().map(ClassroomViewModel.Join::code));
        code.setMinWidth(Region.USE_PREF_SIZE);
        Label count = new Label();
        count.setId("class-count");
        count.getStyleClass().add(ClassroomStyles.COUNT.css());
        count.setWrapText(true);
        count.textProperty().bind(vm.headcountProperty().map(h -> Messages.format("classroom.join.count",
                h.joined(), h.connected())));
        getChildren().setAll(at, url, qr, codeLabel, code, count);
        getStyleClass().add(ClassroomStyles.JOIN.css());
        setId("class-join");
    }
}
