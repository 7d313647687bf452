package org.fanoutlab.ui.shell;

import java.util.Optional;

/** Where the shell remembers its choices (theme, zoom); the app backs it with the settings store. */
public interface ShellSettings {
    Optional<String> get(String key);

    void put(String key, String value);
}
