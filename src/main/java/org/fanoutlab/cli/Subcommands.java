package org.fanoutlab.cli;

import picocli.CommandLine;

/** The headless commands of DESIGN.md §5. */
public final class Subcommands {
    private Subcommands() {
    }

    public static void addTo(CommandLine cl) {
        cl.addSubcommand(new RunCommand());
        cl.addSubcommand(new CheckLessonsCommand());
        cl.addSubcommand(new ClassCommand());
    }
}
