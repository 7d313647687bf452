package org.fanoutlab.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Locale;
import org.fanoutlab.ui.common.Messages;
import org.fanoutlab.ui.common.UiLanguage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ShellViewModelTest {

    private final Map<String, String> saved = new HashMap<>();
    private final ShellSettings settings = new ShellSettings() {
        @Override
        public Optional<String> get(String key) {
            return Optional.ofNullable(saved.get(key));
        }

        @Override
        public void put(String key, String value) {
            saved.put(key, value);
        }
    };

    @Test
    void opensOnLessonsAndTitlesTheWindowAfterTheScreen() {
        ShellViewModel vm = new ShellViewModel(settings);
        assertThat(vm.destinationProperty().get()).isEqualTo(Destination.LESSONS);
        assertThat(vm.titleProperty().get()).isEqualTo("Fanout Lab \u2014 Lessons");

        vm.navigate(Destination.GUIDE);

        assertThat(vm.titleProperty().get()).isEqualTo("Fanout Lab \u2014 Decision guide");
    }

    @Test
    void themeChoiceIsRememberedForTheNextStart() {
        new ShellViewModel(settings).toggleTheme();

        ShellViewModel next = new ShellViewModel(settings);

        assertThat(next.themeProperty().get()).isEqualTo(ThemeChoice.DARK);
    }

    @Test
    void zoomStaysBetween80And200PercentAndIsRemembered() {
        ShellViewModel vm = new ShellViewModel(settings);
        for (int i = 0; i < 20; i++) {
            vm.zoomIn();
        }
        assertThat(vm.zoomPercentProperty().get()).isEqualTo(200);
        for (int i = 0; i < 20; i++) {
            vm.zoomOut();
        }
        assertThat(vm.zoomPercentProperty().get()).isEqualTo(80);
        vm.zoomIn();

        assertThat(new ShellViewModel(settings).zoomPercentProperty().get()).isEqualTo(90);
        assertThat(vm.statusProperty().get()).isEqualTo("Zoom 90%");
    }

    @Test
    void unreadableSettingsFallBackToDefaultsInsteadOfFailing() {
        saved.put(ShellViewModel.THEME_KEY, "purple");
        saved.put(ShellViewModel.ZOOM_KEY, "huge");

        ShellViewModel vm = new ShellViewModel(settings);

        assertThat(vm.themeProperty().get()).isEqualTo(ThemeChoice.LIGHT);
        assertThat(vm.zoomPercentProperty().get()).isEqualTo(100);
    }

    @Test
    void savedZoomOutsideTheRangeIsClampedAndSnappedToAStep() {
        saved.put(ShellViewModel.ZOOM_KEY, "437");
        assertThat(new ShellViewModel(settings).zoomPercentProperty().get()).isEqualTo(200);
        saved.put(ShellViewModel.ZOOM_KEY, "123");
        assertThat(new ShellViewModel(settings).zoomPercentProperty().get()).isEqualTo(120);
    }

    @Test
    void everyDestinationHasTextAndADistinctShortcut() {
        assertThat(Destination.values()).allSatisfy(d -> {
            assertThat(d.title()).doesNotStartWith("!");
            assertThat(d.purpose()).doesNotStartWith("!");
        });
        assertThat(java.util.Arrays.stream(Destination.values()).map(Destination::accelerator).distinct())
                .hasSize(Destination.values().length);
    }

    @Test
    void presenterModeShowsTheLabWithLargerTypeAndEscLeavesIt() {
        ShellViewModel vm = new ShellViewModel(settings);
        vm.zoomIn(); // 110 %

        vm.togglePresenting();

        assertThat(vm.presentingProperty().get()).isTrue();
        assertThat(vm.destinationProperty().get()).isEqualTo(Destination.LAB);
        assertThat(vm.effectiveZoomPercent()).isEqualTo(170);
        assertThat(vm.presentedFrom()).isEqualTo(Destination.LESSONS);
        assertThat(vm.escape()).isTrue();
        assertThat(vm.presentingProperty().get()).isFalse();
        assertThat(vm.destinationProperty().get()).as("back where the presenter started").isEqualTo(Destination.LESSONS);
        assertThat(vm.effectiveZoomPercent()).isEqualTo(110);
        assertThat(vm.escape()).as("nothing left to close").isFalse();
    }

    @Test
    void presenterScaleNeverPassesTheLargestZoom() {
        ShellViewModel vm = new ShellViewModel(settings);
        for (int i = 0; i < 8; i++) {
            vm.zoomIn();
        }
        vm.setPresenting(true);
        assertThat(vm.effectiveZoomPercent()).isEqualTo(200);
    }

    @Test
    void escClosesTheShortcutsOverlayBeforeLeavingPresenterMode() {
        ShellViewModel vm = new ShellViewModel(settings);
        vm.setPresenting(true);
        vm.toggleShortcuts();

        vm.escape();

        assertThat(vm.shortcutsShownProperty().get()).isFalse();
        assertThat(vm.presentingProperty().get()).isTrue();
    }

    @Test
    void globalShortcutsIncludePresenterModeAndTheLabListsItsTransportKeys() {
        assertThat(ShortcutCatalog.everywhere()).extracting(Shortcut::keys).contains("F5", "?", "F1");
        assertThat(ShortcutCatalog.on(Destination.LAB)).extracting(Shortcut::keys).contains("Space", "R");
    }

    @Test
    void reducedMotionIsRememberedForTheNextStart() {
        new ShellViewModel(settings).setReducedMotion(true);

        assertThat(new ShellViewModel(settings).reducedMotionProperty().get()).isTrue();
    }

    @AfterEach
    void englishAgain() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void theFirstStartSpeaksEnglishWhateverTheMachineSays() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("es-ES"));
            ShellViewModel vm = new ShellViewModel(settings);

            assertThat(vm.languageProperty().get()).isEqualTo(UiLanguage.ENGLISH);
            assertThat(vm.statusProperty().get()).isEqualTo("Ready");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aLanguageChosenInTheMenuAppliesAtOnceAndAtTheNextStart() {
        ShellViewModel vm = new ShellViewModel(settings);
        vm.navigate(Destination.GUIDE);

        vm.setLanguage(UiLanguage.SPANISH);

        assertThat(Messages.locale().getLanguage()).isEqualTo("es");
        assertThat(vm.titleProperty().get()).isEqualTo("Fanout Lab — Guía de decisión");
        assertThat(vm.statusProperty().get()).isEqualTo("Idioma: Español");
        assertThat(saved).containsEntry("language", "es");

        Messages.setLocale(Locale.ENGLISH); // as at a fresh start
        ShellViewModel next = new ShellViewModel(settings);
        assertThat(next.languageProperty().get()).isEqualTo(UiLanguage.SPANISH);
        assertThat(Messages.locale().getLanguage()).as("applied before any screen is built").isEqualTo("es");
        assertThat(next.statusProperty().get()).isEqualTo("Listo");
    }

    @Test
    void anUnknownRememberedLanguageFallsBackToEnglish() {
        saved.put("language", "tlh");

        assertThat(new ShellViewModel(settings).languageProperty().get()).isEqualTo(UiLanguage.ENGLISH);
        assertThat(Messages.locale()).isEqualTo(Locale.ENGLISH);
    }
}
