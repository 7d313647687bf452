package org.fanoutlab.ui.classroom;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.fanoutlab.classroom.QuizCatalog;
import org.fanoutlab.content.Quiz;
import org.fanoutlab.content.QuizType;
import org.fanoutlab.ui.common.Messages;
import org.fanoutlab.ui.quiz.AnswerText;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * What the instructor asks the room: a lesson, one of its quizzes (a lab checkpoint's quiz is labelled as one) and
 * "Ask the room"; presenter mode's menu offers the same quizzes of one lesson.
 */
final class QuizPicker {
    private static final int MENU_PROMPT_CHARS = 70;

    private final ClassroomViewModel vm;
    private final ComboBox<String> lessons = new ComboBox<>();
    private final ComboBox<QuizCatalog.Entry> quizzes = new ComboBox<>();
    private final Map<String, String> lessonTitles = new LinkedHashMap<>();
    private final HBox row;

    QuizPicker(ClassroomViewModel vm) {
        this.vm = vm;
        for (QuizCatalog.Entry e : vm.askableQuizzes()) {
            lessonTitles.putIfAbsent(e.lessonId(), e.lessonTitle());
        }
        lessons.setId("class-lesson");
        lessons.getItems().setAll(lessonTitles.keySet());
        lessons.setCellFactory(list -> new LessonCell());
        lessons.setButtonCell(new LessonCell());
        lessons.setAccessibleText(Messages.get("classroom.pick.lesson"));
        lessons.valueProperty().addListener((obs, was, now) -> fillQuizzes(now));
        quizzes.setId("class-quiz");
        quizzes.setCellFactory(list -> new QuizCell());
        quizzes.setButtonCell(new QuizCell());
        quizzes.setAccessibleText(Messages.get("classroom.pick.quiz"));
        quizzes.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(quizzes, Priority.ALWAYS);
        // The lesson's title is read, the quiz's prompt takes what is left, and the button is never cut to "…".
        lessons.setPrefWidth(260);
        lessons.setMinWidth(160);
        lessons.setMaxWidth(320);
        quizzes.setMinWidth(160);
        quizzes.setPrefWidth(240);
        Button ask = new Button(Messages.get("classroom.askRoom"), new FontIcon("mdi2c-cellphone-text"));
        ask.setId("class-ask");
        ask.getStyleClass().add(Styles.ACCENT);
        ask.setTooltip(new Tooltip(Messages.get("classroom.askRoom.tooltip")));
        ask.disableProperty().bind(quizzes.valueProperty().isNull()
                .or(vm.phaseProperty().isNotEqualTo(ClassroomViewModel.Phase.OPEN)));
        ask.setOnAction(e -> vm.ask(quizzes.getValue().quiz().id()));
        ask.setMinWidth(Region.USE_PREF_SIZE);
        if (!lessons.getItems().isEmpty()) {
            lessons.setValue(lessons.getItems().get(0));
        }
        row = new HBox(8, lessons, quizzes, ask);
        row.getStyleClass().add(ClassroomStyles.ASK_ROW.css());
        row.setAlignment(Pos.CENTER_LEFT);
    }

    Node view() {
        return row;
    }

    /** The lesson picked, or null when the course has no askable quiz. */
    String lesson() {
        return lessons.getValue();
    }

    /** Picks {@code lessonId} when it has askable quizzes; otherwise keeps the pick. */
    void selectLesson(String lessonId) {
        if (lessonId != null && lessonTitles.containsKey(lessonId)) {
            lessons.setValue(lessonId);
        }
    }

    /**
     * Presenter mode's "Ask the room" items: the quizzes of {@code openLesson} when it has askable ones, else of the
     * lesson picked; asking one shows the panel.
     */
    List<MenuItem> menuItems(Optional<String> openLesson, Runnable showPanel) {
        String lessonId = openLesson.filter(lessonTitles::containsKey).orElse(lessons.getValue());
        List<MenuItem> items = new ArrayList<>();
        for (QuizCatalog.Entry e : vm.askableQuizzes()) {
            if (e.lessonId().equals(lessonId)) {
                MenuItem item = new MenuItem(quizText(e));
                item.setOnAction(a -> {
                    if (vm.ask(e.quiz().id())) {
                        showPanel.run();
                    }
                });
                items.add(item);
            }
        }
        if (items.isEmpty()) {
            MenuItem none = new MenuItem(Messages.get("classroom.presenter.ask.none"));
            none.setDisable(true);
            items.add(none);
        }
        return items;
    }

    private void fillQuizzes(String lessonId) {
        quizzes.getItems().setAll(vm.askableQuizzes().stream().filter(e -> e.lessonId().equals(lessonId)).toList());
        if (!quizzes.getItems().isEmpty()) {
            quizzes.setValue(quizzes.getItems().get(0));
        }
    }

    /**
     * "Prediction · How many checks find nothing new?" (shortened for a menu); a checkpoint's quiz says so, with its
     * lesson: "Lab checkpoint (Push) · Prediction · …".
     */
    static String quizText(QuizCatalog.Entry entry) {
        Quiz quiz = entry.quiz();
        String prompt = AnswerText.plainText(quiz.prompt()).replace('\n', ' ');
        if (prompt.length() > MENU_PROMPT_CHARS) {
            prompt = prompt.substring(0, MENU_PROMPT_CHARS - 1).strip() + "\u2026";
        }
        return entry.checkpoint()
                ? Messages.format("classroom.pick.checkpointText", entry.lessonTitle(), typeName(quiz.type()), prompt)
                : Messages.format("classroom.pick.quizText", typeName(quiz.type()), prompt);
    }

    static String typeName(QuizType type) {
        return Messages.get("classroom.type." + type.id());
    }

    private final class LessonCell extends ListCell<String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : lessonTitles.getOrDefault(item, item));
        }
    }

    private static final class QuizCell extends ListCell<QuizCatalog.Entry> {
        @Override
        protected void updateItem(QuizCatalog.Entry item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : quizText(item));
        }
    }
}
