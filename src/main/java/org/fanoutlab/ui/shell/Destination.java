package org.fanoutlab.ui.shell;
import org.fanoutlab.ui.common.Messages;

/** The screens of the main window, in sidebar order. */
public enum Destination {
    LESSONS("lessons", "mdi2b-book-open-page-variant"),
    LAB("lab", "mdi2f-flask-outline"),
    QUIZ_REVIEW("quizReview", "mdi2c-clipboard-check-outline"),
    GUIDE("guide", "mdi2c-compass-outline"),
    /** The class panel (class mode); its words are in its own bundle. */
    CLASSROOM("classroom", "classroom.nav", "mdi2a-account-group-outline");

    private final String key;
    private final String titleKey;
    private final String iconLiteral;

    Destination(String key, String iconLiteral) {
        this(key, "nav." + key, iconLiteral);
    }

    Destination(String key, String titleKey, String iconLiteral) {
        this.key = key;
        this.titleKey = titleKey;
        this.iconLiteral = iconLiteral;
    }

    public String title() {
        return Messages.get(titleKey);
    }

    /** One line on what the screen is for (sidebar tooltip). */
    public String purpose() {
        return Messages.get(titleKey + ".purpose");
    }

    /** Presenter mode shows this screen itself (the class panel) instead of switching to the Lab's stage. */
    public boolean presentsItself() {
        return this == CLASSROOM;
    }

    public String iconLiteral() {
        return iconLiteral;
    }

    /** Shortcut+1 … Shortcut+4 select the screens in sidebar order. */
    public String accelerator() {
        return "Shortcut+" + (ordinal() + 1);
    }

    String key() {
        return key;
    }
}
