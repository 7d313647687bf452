package org.fanoutlab.ui.quiz;

import javafx.application.Application;

/** The theme the shell applies (AtlantaFX Primer Light), so UI tests see the same looked-up colours. */
public final class FxTheme {
    private FxTheme() {
    }

    public static void apply() {
        // By resource, not by class: atlantafx-base's classes target Java 21, its stylesheets load anywhere.
        Application.setUserAgentStylesheet(
                FxTheme.class.getResource("/atlantafx/base/theme/primer-light.css").toExternalForm());
    }
}
