package org.fanoutlab.progress;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * App settings (theme, zoom, reduced motion, …) in {@code DATA_DIR/settings.json}: string keys and values,
 * the same atomic, corruption-safe storage as {@link ProgressStore}. Thread-safe.
 */
public final class SettingsStore extends JsonStore<SettingsStore.SettingsFile> {
    static final String FILE_NAME = "settings.json";

    record SettingsFile(int schemaVersion, Map<String, String> values) {
    }

    private final Map<String, String> values = new TreeMap<>();

    private SettingsStore(Path dataDir, Clock clock) {
        super(new SafeJsonFile<>(dataDir, FILE_NAME, SettingsFile.class, "settings", clock));
        file.load(SettingsStore::toValues).ifPresent(values::putAll);
    }

    /** Never throws: an unreadable file or folder becomes a {@link #notice()}. */
    public static SettingsStore open(Path dataDir) {
        return new SettingsStore(dataDir, Clock.systemUTC());
    }

    static SettingsStore open(Path dataDir, Clock clock) {
        return new SettingsStore(dataDir, clock);
    }

    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** Saves at once; a null value removes the key. */
    public synchronized void put(String key, String value) {
        Objects.requireNonNull(key, "key");
        if (Objects.equals(values.get(key), value)) {
            return; // sliders fire on every pixel; unchanged values need no disk write
        }
        if (value == null) {
            values.remove(key);
        } else {
            values.put(key, value);
        }
        file.save(new SettingsFile(SafeJsonFile.SCHEMA_VERSION, new TreeMap<>(values)));
    }

    public synchronized void remove(String key) {
        put(key, null);
    }

    /** Every setting, sorted by key (a copy). */
    public synchronized Map<String, String> all() {
        return Collections.unmodifiableMap(new TreeMap<>(values));
    }

    /** The file this store writes. */
    public Path file() {
        return file.file();
    }

    private static Map<String, String> toValues(SettingsFile f) {
        Map<String, String> values = new TreeMap<>();
        if (f.values() != null) {
            f.values().forEach((k, v) -> {
                if (v != null) {
                    values.put(k, v);
                }
            });
        }
        return values;
    }
}
