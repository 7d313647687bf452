package org.fanoutlab.cli;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.fanoutlab.classroom.BindAddresses;
import org.fanoutlab.classroom.PresetFigureSource;
import org.fanoutlab.classroom.QuizCatalog;
import org.fanoutlab.classroom.RoomSettings;
import org.fanoutlab.classroom.server.ClassServer;
import org.fanoutlab.content.Course;
import org.fanoutlab.content.CourseLoader;
import org.fanoutlab.content.LessonsLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code class}: a class session with no window (docs/class-mode.md). Prints {@code url=}, {@code code=} and
 * {@code host-token=} lines, then serves until the host closes the session or the process gets SIGTERM.
 */
@Command(name = "class", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs a class session without a window: phones join at the printed url with the printed code "
                + "and answer the quizzes the host asks through the HTTP API (docs/class-mode.md).",
            "Prints url=..., code=... and host-token=..., each on its own line; ends when the host closes the session "
                + "or on SIGTERM."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the session ended", "1:the room could not start (address or port not available)",
            "2:usage error"})
public final class ClassCommand implements Callable<Integer> {
    static final int ENDED = 0;
    static final int CANNOT_START = 1;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "P", defaultValue = "8080",
            description = "Port to listen on (default: ${DEFAULT-VALUE}); 0 picks a free one.")
    int port;

    @Option(names = "--bind", paramLabel = "ADDR",
            description = "Address to listen on, e.g. 192.168.1.20, 127.0.0.1, or 0.0.0.0 for every interface "
                    + "(default: this computer's first private LAN address, else 127.0.0.1).")
    String bind;

    @Option(names = "--max", paramLabel = "N", defaultValue = "" + RoomSettings.DEFAULT_MAX,
            description = "Most participants who may join (default: ${DEFAULT-VALUE}, at most " + RoomSettings.LIMIT_MAX
                    + ").")
    int max;

    @Option(names = "--lesson", paramLabel = "ID", description = "Offer only this lesson's quizzes (default: the whole course).")
    String lesson;

    @Option(names = "--qr", description = "Also print the join link as a QR code (for a terminal on the projector).")
    boolean qr;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port takes 0 to 65535, was " + port);
        }
        if (max < 1 || max > RoomSettings.LIMIT_MAX) {
            throw new ParameterException(spec.commandLine(),
                    "--max takes 1 to " + RoomSettings.LIMIT_MAX + " participants, was " + max);
        }
        InetAddress address = address();
        Course course = CourseLoader.load(LessonsLocation.lessonsDir(), LessonsLocation.assetsDir());
        QuizCatalog catalog;
        try {
            catalog = QuizCatalog.of(course, lesson);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--lesson: " + e.getMessage());
        }
        if (catalog.entries().isEmpty()) {
            err.println("class: warning: no quizzes to ask" + (course.problems().isEmpty() ? ""
                    : "; check-lessons lists " + course.problems().size() + " problem(s)"));
        }
        ClassServer server;
        try {
            server = ClassServer.start(catalog, new PresetFigureSource(course::preset),
                    ClassServer.Options.of(address, port, max), Clock.systemUTC(), new SecureRandom());
        } catch (IllegalStateException e) {
            err.println("class: " + e.getMessage() + (port != 0 ? " (try another --port, or --port 0 for a free one)" : ""));
            err.flush();
            return CANNOT_START;
        }
        Thread hook = new Thread(server::close, "class-room-sigterm");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("url=" + server.url());
        out.println("code=" + server.room().code());
        out.println("host-token=" + server.room().hostToken());
        if (qr) {
            out.print(server.qr().toText());
            out.println(server.joinUrl());
        }
        out.flush();
        try {
            server.awaitClosed();
        } finally {
            removeHook(hook);
        }
        return ENDED;
    }

    private InetAddress address() {
        if (bind == null) {
            return BindAddresses.preferred().address();
        }
        String b = bind.trim();
        // Literals only: a host name would send a DNS query from a classroom that may have no network.
        boolean literal = b.equals("localhost") || b.contains(":")
                || b.matches("(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}");
        if (!literal) {
            throw new ParameterException(spec.commandLine(),
                    "--bind takes an IP address such as 192.168.1.20, 127.0.0.1 or 0.0.0.0, was '" + bind + "'");
        }
        try {
            return InetAddress.getByName(b);
        } catch (UnknownHostException | SecurityException e) {
            throw new ParameterException(spec.commandLine(), "--bind: '" + bind + "' is not an IP address");
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // Already shutting down (SIGTERM): the hook is running or has run.
        }
    }
}
