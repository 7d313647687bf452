package org.fanoutlab.progress;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Something the learner must hear about a store's file (it could not be read, saved or kept), as facts rather than
 * a sentence, so the app can say it in the UI's language; {@link #toString()} is the English sentence.
 *
 * @param store  {@code progress} or {@code settings}
 * @param keptAs where an unreadable file was set aside, for {@link Kind#SET_ASIDE}; null otherwise
 * @param detail the system's own words for {@link Cause#OTHER}; empty otherwise
 */
public record StoreNotice(Kind kind, String store, Path file, Path keptAs, Cause cause, String detail) {

    /** What happened. */
    public enum Kind {
        /** The file is there but cannot be opened: the store works in memory and saves nothing this time. */
        CANNOT_OPEN,
        /** The data folder cannot be written: the store works in memory. */
        CANNOT_WRITE_FOLDER,
        /** A save failed during the session: changes are kept until the app closes. */
        SAVE_FAILED,
        /** The file could not be read and was moved aside (kept); the store starts afresh. */
        SET_ASIDE,
        /** The file could not be read nor moved aside: the store works in memory and saves nothing this time. */
        CANNOT_SET_ASIDE
    }

    /** Why, in the few cases that have plain words; {@link #OTHER} carries the system's. */
    public enum Cause {
        NONE, FOLDER_MISSING, FILE_IN_THE_WAY, PERMISSION_DENIED, OTHER
    }

    public StoreNotice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(cause, "cause");
        detail = detail == null ? "" : detail;
    }

    /** The folder the store lives in. */
    public Path folder() {
        return file.getParent();
    }

    /** The cause in English words. */
    public String reason() {
        return switch (cause) {
            case FOLDER_MISSING -> "a folder on the way is missing";
            case FILE_IN_THE_WAY -> "a file is in the way";
            case PERMISSION_DENIED -> "permission denied";
            case NONE, OTHER -> detail;
        };
    }

    /** What the store does instead, in English. */
    private String fallback() {
        return store.equals("settings") ? "is using the default settings" : "started with empty " + store;
    }

    @Override
    public String toString() {
        return switch (kind) {
            case CANNOT_OPEN -> "Fanout Lab cannot open your saved " + store + " at " + file + " (" + reason()
                    + "), so it " + fallback() + " and will not save changes this time.";
            case CANNOT_WRITE_FOLDER -> "Fanout Lab cannot save to " + folder() + " (" + reason() + "), so your "
                    + store + " will last only until you close the app.";
            case SAVE_FAILED -> "Fanout Lab could not save your " + store + " in " + folder() + " (" + reason()
                    + "); changes are kept only until you close the app.";
            case SET_ASIDE -> "Your saved " + store + " could not be read, so Fanout Lab " + fallback()
                    + "; the old file is kept as " + keptAs + ".";
            case CANNOT_SET_ASIDE -> "Your saved " + store + " at " + file + " could not be read or set aside ("
                    + reason() + "), so Fanout Lab " + fallback() + " and will not save changes this time.";
        };
    }
}
