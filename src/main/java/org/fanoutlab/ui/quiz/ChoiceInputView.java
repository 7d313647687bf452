package org.fanoutlab.ui.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.fanoutlab.content.QuizOption;
import org.fanoutlab.ui.common.Messages;

/** single: radio buttons; multiple: check boxes; each numbered for its digit key. */
final class ChoiceInputView implements QuizInputView {
    private final ChoiceInput input;
    private final List<ButtonBase> buttons = new ArrayList<>();
    private final VBox box = new VBox();

    ChoiceInputView(ChoiceInput input) {
        this.input = input;
        box.getStyleClass().add(QuizStyles.OPTIONS.css());
        ToggleGroup group = new ToggleGroup();
        List<QuizOption> options = input.quiz().options();
        for (int i = 0; i < options.size(); i++) {
            String text = (i + 1) + ".  " + AnswerText.plainText(options.get(i).text());
            ButtonBase b;
            if (input.multiple()) {
                b = new CheckBox(text);
            } else {
                RadioButton r = new RadioButton(text);
                r.setToggleGroup(group);
                b = r;
            }
            int index = i;
            b.getStyleClass().add(QuizStyles.OPTION.css());
            b.setWrapText(true);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setTooltip(new Tooltip(Messages.format("quiz.option.key", i + 1)));
            b.setOnAction(e -> {
                input.choose(index);
                sync(input.chosenProperty().get()); // a locked input keeps its choice: undo the click
            });
            buttons.add(b);
            box.getChildren().add(b);
        }
        input.chosenProperty().addListener((obs, old, now) -> sync(now));
        sync(input.chosenProperty().get());
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public void focusFirst() {
        if (!buttons.isEmpty()) {
            buttons.get(0).requestFocus();
        }
    }

    private void sync(Set<Integer> chosen) {
        for (int i = 0; i < buttons.size(); i++) {
            boolean on = chosen.contains(i);
            if (buttons.get(i) instanceof RadioButton r) {
                r.setSelected(on);
            } else if (buttons.get(i) instanceof CheckBox c) {
                c.setSelected(on);
            }
        }
    }
}
