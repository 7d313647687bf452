package org.fanoutlab.ui.common;

import java.util.Locale;
import java.util.Optional;

/**
 * The languages the UI speaks, as View → Language lists them. Each has a complete set of
 * {@code messages_<tag>.properties} (English is the base files); a test holds the key parity.
 */
public enum UiLanguage {
    ENGLISH("en"),
    SPANISH("es");

    private final String tag;
    private final Locale locale;

    UiLanguage(String tag) {
        this.tag = tag;
        this.locale = Locale.forLanguageTag(tag);
    }

    /** The BCP 47 tag, as settings keep it and as translated lesson folders are named ({@code lessons/es/}). */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /** The language's name in itself ("Español"), so a learner finds their language whatever the UI speaks now. */
    public String nativeName() {
        return Messages.get("language." + tag);
    }

    public static Optional<UiLanguage> fromTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        for (UiLanguage l : values()) {
            if (l.tag.equalsIgnoreCase(tag.strip())) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** The language of {@code locale}, English for any the UI does not speak. */
    public static UiLanguage of(Locale locale) {
        return fromTag(locale.getLanguage()).orElse(ENGLISH);
    }
}
