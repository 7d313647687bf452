package org.fanoutlab.ui.common;

import java.util.Locale;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs each test with the UI in Spanish on a machine that says English ({@code @ExtendWith(SpanishUi.class)}):
 * only the UI's choice may make figures Spanish. Both locales are put back afterwards.
 */
public final class SpanishUi implements BeforeEachCallback, AfterEachCallback {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(SpanishUi.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NS).put("jvmDefault", Locale.getDefault());
        Locale.setDefault(Locale.US);
        Messages.setLocale(UiLanguage.SPANISH.locale());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Messages.setLocale(UiLanguage.ENGLISH.locale());
        Locale.setDefault(context.getStore(NS).get("jvmDefault", Locale.class));
    }
}
