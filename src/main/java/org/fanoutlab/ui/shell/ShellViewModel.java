package org.fanoutlab.ui.shell;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.binding.Bindings;
import org.fanoutlab.ui.common.Messages;
import org.fanoutlab.ui.common.UiLanguage;

/** State of the main window: which screen shows, the status line, theme and zoom (remembered in settings). */
public final class ShellViewModel {
    static final String THEME_KEY = "theme";
    static final String ZOOM_KEY = "zoomPercent";
    static final String REDUCED_MOTION_KEY = "reducedMotion";
    static final String LANGUAGE_KEY = "language";
    public static final int MIN_ZOOM = 80;
    public static final int MAX_ZOOM = 200;
    static final int ZOOM_STEP = 10;

    private final ReadOnlyObjectWrapper<Destination> destination = new ReadOnlyObjectWrapper<>(Destination.LESSONS);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<UiLanguage> language = new ReadOnlyObjectWrapper<>(UiLanguage.ENGLISH);
    private final ReadOnlyObjectWrapper<ThemeChoice> theme = new ReadOnlyObjectWrapper<>(ThemeChoice.LIGHT);
    private final ReadOnlyIntegerWrapper zoomPercent = new ReadOnlyIntegerWrapper(100);
    private final ReadOnlyBooleanWrapper presenting = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper reducedMotion = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper shortcutsShown = new ReadOnlyBooleanWrapper(false);
    private final ShellSettings settings;
    private Destination presentedFrom;

    /** Also puts the UI in the remembered language (English the first time), before any screen is built. */
    public ShellViewModel(ShellSettings settings) {
        this.settings = settings;
        language.set(settings.get(LANGUAGE_KEY).flatMap(UiLanguage::fromTag).orElse(UiLanguage.ENGLISH));
        Messages.setLocale(language.get().locale());
        status.set(Messages.get("status.ready"));
        theme.set(settings.get(THEME_KEY).map(ThemeChoice::parse).orElse(ThemeChoice.LIGHT));
        zoomPercent.set(settings.get(ZOOM_KEY).map(ShellViewModel::parseZoom).orElse(100));
        reducedMotion.set(settings.get(REDUCED_MOTION_KEY).map(Boolean::parseBoolean).orElse(false));
        title.bind(Bindings.createStringBinding(
                () -> Messages.format("window.title", destination.get().title()), destination, language));
    }

    public ReadOnlyObjectProperty<Destination> destinationProperty() {
        return destination.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The language the UI speaks (View → Language); remembered. */
    public ReadOnlyObjectProperty<UiLanguage> languageProperty() {
        return language.getReadOnlyProperty();
    }

    /**
     * Switches the UI to {@code next} at once: {@link Messages} speaks it, so the shell and its screens, listening to
     * it, rebuild their words (docs/decisions/0011-ui-language.md), and the next start opens in it too.
     */
    public void setLanguage(UiLanguage next) {
        if (next == language.get()) {
            return;
        }
        settings.put(LANGUAGE_KEY, next.tag());
        Messages.setLocale(next.locale());
        language.set(next);
        showStatus(Messages.format("status.language", next.nativeName()));
    }

    public ReadOnlyObjectProperty<ThemeChoice> themeProperty() {
        return theme.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty zoomPercentProperty() {
        return zoomPercent.getReadOnlyProperty();
    }

    /** Presenter mode: full screen, no sidebar, larger type, the lab filling the view. */
    public ReadOnlyBooleanProperty presentingProperty() {
        return presenting.getReadOnlyProperty();
    }

    /** Stages replace flying tokens with step-by-step highlights; remembered. */
    public ReadOnlyBooleanProperty reducedMotionProperty() {
        return reducedMotion.getReadOnlyProperty();
    }

    public void setReducedMotion(boolean on) {
        reducedMotion.set(on);
        settings.put(REDUCED_MOTION_KEY, Boolean.toString(on));
    }

    /** Whether the "?" overlay listing the current screen's shortcuts is up. */
    public ReadOnlyBooleanProperty shortcutsShownProperty() {
        return shortcutsShown.getReadOnlyProperty();
    }

    /** The font scale while presenting: half as large again as the learner's zoom, within the zoom range. */
    public int effectiveZoomPercent() {
        int z = zoomPercent.get();
        return presenting.get() ? Math.min(MAX_ZOOM, Math.round(z * 1.5f / ZOOM_STEP) * ZOOM_STEP) : z;
    }

    /** The screen presenter mode was started from; Esc returns there. */
    public Destination presentedFrom() {
        return presentedFrom;
    }

    public void setPresenting(boolean on) {
        if (on == presenting.get()) {
            return;
        }
        if (on) {
            presentedFrom = destination.get();
            // The projector shows the lab (the lesson's own preset is opened by the shell's hooks), unless the screen
            // is one that presents itself: the class panel goes full screen as it is.
            if (!presentedFrom.presentsItself()) {
                destination.set(Destination.LAB);
            }
        } else if (presentedFrom != null) {
            destination.set(presentedFrom);
        }
        presenting.set(on);
        showStatus(Messages.get(on ? "status.presenterOn" : "status.presenterOff"));
    }

    public void togglePresenting() {
        setPresenting(!presenting.get());
    }

    public void toggleShortcuts() {
        shortcutsShown.set(!shortcutsShown.get());
    }

    public void hideShortcuts() {
        shortcutsShown.set(false);
    }

    /**
     * Esc closes the topmost thing: the shortcuts overlay first, then presenter mode.
     *
     * @return whether Esc did something (so the key is consumed)
     */
    public boolean escape() {
        if (shortcutsShown.get()) {
            shortcutsShown.set(false);
            return true;
        }
        if (presenting.get()) {
            setPresenting(false);
            return true;
        }
        return false;
    }

    public void navigate(Destination d) {
        destination.set(d);
    }

    public void showStatus(String message) {
        status.set(message);
    }

    public void setTheme(ThemeChoice choice) {
        theme.set(choice);
        settings.put(THEME_KEY, choice.name());
    }

    public void toggleTheme() {
        setTheme(theme.get() == ThemeChoice.LIGHT ? ThemeChoice.DARK : ThemeChoice.LIGHT);
    }

    public void zoomIn() {
        setZoom(zoomPercent.get() + ZOOM_STEP);
    }

    public void zoomOut() {
        setZoom(zoomPercent.get() - ZOOM_STEP);
    }

    public void zoomReset() {
        setZoom(100);
    }

    private void setZoom(int percent) {
        int clamped = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, percent));
        zoomPercent.set(clamped);
        settings.put(ZOOM_KEY, Integer.toString(clamped));
        showStatus(Messages.format("status.zoom", clamped));
    }

    private static int parseZoom(String s) {
        try {
            int v = Integer.parseInt(s.trim());
            // Snap to the steps the CSS defines, and into range, whatever the file says.
            v = Math.round(v / (float) ZOOM_STEP) * ZOOM_STEP;
            return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, v));
        } catch (NumberFormatException e) {
            return 100;
        }
    }
}
