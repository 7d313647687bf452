package org.fanoutlab.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** A declared command whose feature has not landed: it says so and exits 2 instead of pretending. */
@Command(mixinStandardHelpOptions = true)
final class NotYetAvailableCommand implements Callable<Integer> {
    private final String name;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", hidden = true)
    List<String> ignored;

    private NotYetAvailableCommand(String name) {
        this.name = name;
    }

    static void addTo(CommandLine parent, String name, String description) {
        CommandLine sub = new CommandLine(new NotYetAvailableCommand(name));
        sub.getCommandSpec().usageMessage().description(description);
        parent.addSubcommand(name, sub);
    }

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("fanout-lab " + name + ": not available yet in this build");
        return 2;
    }
}
