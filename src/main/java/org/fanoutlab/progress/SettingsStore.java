package org.fanoutlab.progress;

import java.nio.file.Path;
import java.util.Optional;

/**
 * App settings (theme, zoom, reduced motion, …) in {@code DATA_DIR/settings.json}: string keys and values,
 * the same atomic, corruption-safe storage as {@link ProgressStore}.
 */
public final class SettingsStore {

    public static SettingsStore open(Path dataDir) {
        throw new UnsupportedOperationException("settings store not implemented yet");
    }

    public Optional<String> notice() {
        throw new UnsupportedOperationException();
    }

    public Optional<String> get(String key) {
        throw new UnsupportedOperationException();
    }

    public void put(String key, String value) {
        throw new UnsupportedOperationException();
    }
}
