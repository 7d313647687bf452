package org.fanoutlab.cli;

import picocli.CommandLine;

/** The headless commands: README.md, "Command line"; their names and exit codes are relied on. */
public final class Subcommands {
    private Subcommands() {
    }

    public static void addTo(CommandLine cl) {
        cl.addSubcommand(new RunCommand());
        cl.addSubcommand(new CheckLessonsCommand());
        cl.addSubcommand(new ClassCommand());
    }
}
