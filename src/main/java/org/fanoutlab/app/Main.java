package org.fanoutlab.app;

import java.io.PrintWriter;
import picocli.CommandLine;
import org.fanoutlab.cli.Subcommands;

/**
 * The entry point of the jar and of {@code mvn javafx:run}. It does not extend {@code Application}, so the jar
 * runs with JavaFX on the class path, and so subcommands run headless without starting the toolkit.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Parses and runs; returns the exit code (0 ok, 1 invalid input, 2 usage). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new FanoutLabCommand());
        Subcommands.addTo(cl);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            // Bad input is reported by the commands themselves; anything reaching here is our bug, so say so plainly.
            commandLine.getErr().println("fanout-lab: internal error: " + ex);
            return 1;
        });
        return cl;
    }
}
