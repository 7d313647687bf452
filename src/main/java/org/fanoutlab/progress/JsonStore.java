package org.fanoutlab.progress;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What every store of the data folder tells the app about its file: the notices of a file that could not be read,
 * kept or saved. Thread-safe: the subclasses synchronise on the store, and so do these methods.
 *
 * @param <T> the file's JSON record
 */
public abstract class JsonStore<T> {
    final SafeJsonFile<T> file;

    JsonStore(SafeJsonFile<T> file) {
        this.file = file;
    }

    /**
     * Calls {@code listener} with each notice that arises later (a save that failed mid-session), on the thread
     * that saved; the start-up notices stay in {@link #notice()}.
     */
    public final synchronized void onLaterNotice(Consumer<StoreNotice> listener) {
        file.onLaterNotice(listener);
    }

    /** A message for the learner when the saved file was unreadable and was set aside. */
    public final synchronized Optional<String> notice() {
        return file.notice();
    }

    /** The same notices as facts, for the app to say in the UI's language. */
    public final synchronized List<StoreNotice> notices() {
        return file.notices();
    }
}
