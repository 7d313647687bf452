package org.fanoutlab.ui.common;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Every user-visible word of the UI, from the feature bundles ({@code org/fanoutlab/ui/<feature>/messages.properties}),
 * so a translation is a set of files, not a code change. Keys are unique across the bundles (a test holds it), so a
 * screen asks for a key without naming its bundle.
 *
 * <p>The locale is the UI's own, chosen in View → Language; it is not {@link Locale#getDefault()}, so the command
 * line and the file formats stay locale-neutral whatever the learner picks.
 */
public final class Messages {
    /** The feature bundles, searched in this order. A feature without a bundle yet is skipped. */
    public static final List<String> BUNDLES = List.of(
            "org.fanoutlab.ui.common.messages",
            "org.fanoutlab.ui.shell.messages",
            "org.fanoutlab.ui.lesson.messages",
            "org.fanoutlab.ui.quiz.messages",
            "org.fanoutlab.ui.stage.messages",
            "org.fanoutlab.ui.lab.messages",
            "org.fanoutlab.ui.lanes.messages",
            "org.fanoutlab.ui.guide.messages",
            "org.fanoutlab.ui.classroom.messages");

    private static volatile Locale locale = Locale.ENGLISH;
    private static volatile List<ResourceBundle> bundles = load(Locale.ENGLISH);
    private static final List<Consumer<Locale>> LISTENERS = new CopyOnWriteArrayList<>();

    private Messages() {
    }

    public static Locale locale() {
        return locale;
    }

    /** Switches the UI language; screens that listen re-read their text. */
    public static void setLocale(Locale next) {
        Objects.requireNonNull(next);
        if (next.equals(locale)) {
            return;
        }
        bundles = load(next);
        locale = next;
        LISTENERS.forEach(l -> l.accept(next));
    }

    /**
     * Calls {@code listener} after each change of language.
     *
     * @return removes the listener again (a screen that goes away must not be called, nor kept alive, by it)
     */
    public static Runnable onLocaleChange(Consumer<Locale> listener) {
        LISTENERS.add(listener);
        return () -> LISTENERS.remove(listener);
    }

    public static String get(String key) {
        for (ResourceBundle b : bundles) {
            if (b.containsKey(key)) {
                return b.getString(key);
            }
        }
        // A missing key must show up in the UI, not crash it.
        return "!" + key + "!";
    }

    public static String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }

    private static List<ResourceBundle> load(Locale l) {
        List<ResourceBundle> out = new ArrayList<>();
        for (String base : BUNDLES) {
            try {
                // Fall back to the base file, never to the JVM's default locale: an English UI on a Spanish machine
                // must stay English until the learner picks Spanish.
                out.add(ResourceBundle.getBundle(base, l, Messages.class.getClassLoader(),
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
            } catch (MissingResourceException e) {
                // This feature has no bundle (yet).
            }
        }
        return List.copyOf(out);
    }
}
