package org.fanoutlab.ui.classroom;

import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.fanoutlab.classroom.BindAddresses;
import org.fanoutlab.ui.common.Messages;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * File → Start class session…: which network phones reach this computer on, and the port. Starting happens off the
 * FX thread; the dialog stays open with the reason when it fails (a port in use), and closes once the room is open.
 */
final class StartSessionDialog {
    private StartSessionDialog() {
    }

    static void show(Window owner, ClassroomViewModel vm) {
        vm.clearMessages();
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(Messages.get("classroom.start.title"));
        dialog.setHeaderText(Messages.get("classroom.start.header"));
        dialog.setGraphic(new FontIcon("mdi2c-cellphone-text"));
        ButtonType startType = new ButtonType(Messages.get("classroom.start.button"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(startType, ButtonType.CANCEL);
        dialog.getDialogPane().getStyleClass().add(ClassroomStyles.START_DIALOG.css());
        dialog.getDialogPane().getStylesheets().add(
                StartSessionDialog.class.getResource(ClassroomStyles.STYLESHEET).toExternalForm());

        List<BindAddresses.Choice> choices = BindAddresses.available();
        ComboBox<BindAddresses.Choice> where = new ComboBox<>();
        where.setId("class-start-interface");
        where.getItems().setAll(choices);
        where.setCellFactory(list -> new ChoiceCell());
        where.setButtonCell(new ChoiceCell());
        where.getSelectionModel().selectFirst();
        where.setMaxWidth(Double.MAX_VALUE);
        Label whereLabel = new Label(Messages.get("classroom.start.interface.label"));
        whereLabel.setLabelFor(where);
        whereLabel.setMinWidth(Region.USE_PREF_SIZE);

        TextField port = new TextField(Integer.toString(ClassroomViewModel.DEFAULT_PORT));
        port.setId("class-start-port");
        port.setPrefColumnCount(6);
        Label portLabel = new Label(Messages.get("classroom.start.port.label"));
        portLabel.setLabelFor(port);
        portLabel.setMinWidth(Region.USE_PREF_SIZE);
        Label portHelp = new Label(Messages.get("classroom.start.port.help"));
        portHelp.getStyleClass().add(ClassroomStyles.MUTED.css());
        portHelp.setWrapText(true);

        Label loopbackOnly = new Label(Messages.get("classroom.start.loopbackOnly"),
                new FontIcon("mdi2a-alert-outline"));
        loopbackOnly.getStyleClass().add(ClassroomStyles.NOTICE.css());
        loopbackOnly.setWrapText(true);
        boolean onlyThisComputer = choices.stream().allMatch(BindAddresses.Choice::isLoopback);
        loopbackOnly.setVisible(onlyThisComputer);
        loopbackOnly.setManaged(onlyThisComputer);

        Label error = MessageLine.ERROR.showing(vm.errorProperty());
        error.setId("class-start-error");

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(20, 20);
        Label starting = new Label(Messages.get("classroom.start.starting"), spinner);
        starting.visibleProperty().bind(vm.phaseProperty().isEqualTo(ClassroomViewModel.Phase.STARTING));
        starting.managedProperty().bind(starting.visibleProperty());

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.addRow(0, whereLabel, where);
        grid.addRow(1, portLabel, new HBox(port));
        grid.add(portHelp, 1, 2);
        VBox content = new VBox(12, grid, loopbackOnly, starting, error);
        content.setPrefWidth(520);
        dialog.getDialogPane().setContent(content);

        Button start = (Button) dialog.getDialogPane().lookupButton(startType);
        start.setId("class-start-button");
        start.disableProperty().bind(vm.phaseProperty().isEqualTo(ClassroomViewModel.Phase.STARTING));
        start.addEventFilter(ActionEvent.ACTION, e -> {
            // Keep the dialog open: it closes when the room is open, or shows why not.
            e.consume();
            BindAddresses.Choice choice = where.getValue();
            if (choice != null) {
                vm.start(choice.address(), port.getText());
            }
        });
        ChangeListener<ClassroomViewModel.Phase> opened = (obs, was, now) -> {
            if (now == ClassroomViewModel.Phase.OPEN) {
                dialog.setResult(startType);
                dialog.close();
            }
        };
        vm.phaseProperty().addListener(opened);
        dialog.setOnHidden(e -> vm.phaseProperty().removeListener(opened));
        dialog.show();
        where.requestFocus();
    }

    /** "wlan0 · 192.168.1.20", or "This computer only · 127.0.0.1". */
    private static final class ChoiceCell extends ListCell<BindAddresses.Choice> {
        @Override
        protected void updateItem(BindAddresses.Choice item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
            } else if (item.isLoopback()) {
                setText(Messages.format("classroom.start.loopback", item.address().getHostAddress()));
            } else {
                setText(Messages.format("classroom.start.network", item.interfaceName(),
                        item.address().getHostAddress()));
            }
        }
    }
}
