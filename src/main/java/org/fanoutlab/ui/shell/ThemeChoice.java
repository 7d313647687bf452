package org.fanoutlab.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Theme;

/** The two AtlantaFX themes the app offers. */
public enum ThemeChoice {
    LIGHT(new PrimerLight()),
    DARK(new PrimerDark());

    private final Theme theme;

    ThemeChoice(Theme theme) {
        this.theme = theme;
    }

    public String userAgentStylesheet() {
        return theme.getUserAgentStylesheet();
    }

    static ThemeChoice parse(String value) {
        for (ThemeChoice t : values()) {
            if (t.name().equalsIgnoreCase(value)) {
                return t;
            }
        }
        return LIGHT;
    }
}
