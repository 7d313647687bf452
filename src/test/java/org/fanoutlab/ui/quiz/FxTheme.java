package org.fanoutlab.ui.quiz;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** The theme the shell applies (AtlantaFX Primer Light), so UI tests see the same looked-up colours. */
public final class FxTheme {
    private FxTheme() {
    }

    public static void apply() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }
}
