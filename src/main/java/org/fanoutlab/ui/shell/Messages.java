package org.fanoutlab.ui.shell;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The shell's user-visible text, from {@code messages.properties}, so a translation is a file, not a code change. */
public final class Messages {
    private static final String BUNDLE = "org.fanoutlab.ui.shell.messages";

    private Messages() {
    }

    public static String get(String key) {
        try {
            return ResourceBundle.getBundle(BUNDLE, Locale.getDefault()).getString(key);
        } catch (MissingResourceException e) {
            // A missing key must show up in the UI, not crash it.
            return "!" + key + "!";
        }
    }

    public static String format(String key, Object... args) {
        return new MessageFormat(get(key), Locale.getDefault()).format(args);
    }
}
