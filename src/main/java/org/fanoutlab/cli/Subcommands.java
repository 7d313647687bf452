package org.fanoutlab.cli;

import picocli.CommandLine;

/** The headless commands of DESIGN.md §5. */
final class Subcommands {
    private Subcommands() {
    }

    static void addTo(CommandLine cl) {
        NotYetAvailableCommand.addTo(cl, "run", "Run a scenario headless and print its metrics.");
        NotYetAvailableCommand.addTo(cl, "check-lessons", "Validate lessons and presets.");
    }
}
