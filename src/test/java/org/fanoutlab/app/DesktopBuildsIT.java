package org.fanoutlab.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The downloads `mvn -Pdist verify` leaves in target/dist (docs/decisions/0010-per-os-builds.md): a jar per
 * desktop, this machine's app image and, on Linux, the .deb. The jars for other desktops cannot be started here,
 * so their contents are checked entry by entry against what the app and its libraries hold.
 */
class DesktopBuildsIT {
    private static final Path DIST = Path.of(property("fanoutlab.dist"));
    private static final String APP_NAME = property("fanoutlab.dist.appName");
    private static final Path HOST_JAR = Path.of(property("fanoutlab.hostJar"));
    private static final Path CLASSES = Path.of(property("fanoutlab.classes"));
    private static final String VERSION = property("fanoutlab.version");
    private static final String SCENARIO = "lessons/scenarios/celebrity-hybrid.json";
    private static final long HANG_GUARD_SECONDS = 120;

    @Test
    void everyDesktopJarHoldsItsOwnNativesAndTheWholeApp() throws IOException {
        Set<String> required = requiredEntries();
        assertThat(required).contains("org/fanoutlab/app/Main.class", "assets/icon.png",
                "javafx/application/Application.class", "com/fasterxml/jackson/databind/ObjectMapper.class");
        List<String> problems = new ArrayList<>();
        for (Desktop desktop : Desktop.values()) {
            problems.addAll(DesktopJarCheck.problems(DIST.resolve(desktop.jarName()), desktop, required));
        }
        assertThat(problems).as("problems in target/dist").isEmpty();
    }

    @Test
    void theJarForThisDesktopRunsTheEngine() throws IOException, InterruptedException {
        Desktop here = Desktop.current();
        assumeTrue(here != null, "no dist jar is built for this machine's desktop");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path jar = DIST.resolve(here.jarName());
        assertThat(run(java.toString(), "-jar", jar.toString(), "--version")).contains("Fanout Lab " + VERSION);
        assertThat(run(java.toString(), "-jar", jar.toString(), "run", SCENARIO, "--format", "json"))
                .contains("\"deliveries\"");
    }

    @Test
    void theAppImageRunsOnItsOwnRuntime() throws IOException, InterruptedException {
        Path launcher = imageLauncher();
        assertThat(launcher).as("the app image's launcher").isRegularFile();
        Path app = isMac() ? DIST.resolve(APP_NAME + ".app/Contents/app")
                : DIST.resolve(APP_NAME + (isWindows() ? "/app" : "/lib/app"));
        Path runtime = isMac() ? DIST.resolve(APP_NAME + ".app/Contents/runtime/Contents/Home")
                : DIST.resolve(APP_NAME + (isWindows() ? "/runtime" : "/lib/runtime"));
        assertThat(app.resolve(HOST_JAR.getFileName())).as("the app inside the image").hasSameBinaryContentAs(HOST_JAR);
        // jdk.zipfs reads the lessons inside the jar and jdk.localedata formats numbers in the learner's language;
        // neither is a static dependency, so jdeps would not name them.
        assertThat(Files.readString(runtime.resolve("release"))).contains("jdk.zipfs", "jdk.localedata", "java.desktop");
        if (!isWindows()) { // the Windows launcher is a GUI program without a console to print to
            assertThat(run(launcher.toString(), "--version")).contains("Fanout Lab " + VERSION);
            assertThat(run(launcher.toString(), "run", SCENARIO, "--format", "json")).contains("\"deliveries\"");
        }
        if (isLinux()) {
            assertThat(DIST.resolve(APP_NAME + "/lib/" + APP_NAME + ".png"))
                    .hasSameBinaryContentAs(Path.of("assets/icon.png"));
        }
    }

    @Test
    void theDebPackageNamesTheAppAndInstallsALauncherAndMenuEntry() throws IOException, InterruptedException {
        assumeTrue(isLinux(), ".deb packages are built on Linux only");
        Path deb;
        try (Stream<Path> files = Files.list(DIST)) {
            deb = files.filter(p -> p.getFileName().toString().endsWith(".deb")).findFirst().orElse(null);
        }
        assertThat(deb).as("a .deb in " + DIST).isNotNull();
        String control = run("dpkg-deb", "--field", deb.toString());
        assertThat(control).contains("Package: fanout-lab", "Version: " + VERSION.replaceFirst("[^0-9.].*$", ""),
                "Architecture: " + (Desktop.current() == Desktop.LINUX_X64 ? "amd64" : ""), "Section: education",
                "Maintainer: Fanout Lab <", "Description: ", "libgtk-3-0").doesNotContain("<Unknown>");
        String contents = run("dpkg-deb", "--contents", deb.toString());
        assertThat(contents).contains("./opt/fanout-lab/bin/" + APP_NAME, "./opt/fanout-lab/lib/app/fanout-lab.jar",
                ".desktop");
    }

    /**
     * Every file the app is built from (classes, lessons, assets, bundles), every entry of its non-JavaFX
     * libraries, and JavaFX's public API, which is the same on every desktop.
     */
    private static Set<String> requiredEntries() throws IOException {
        Set<String> required = new TreeSet<>();
        try (Stream<Path> files = Files.walk(CLASSES)) {
            files.filter(Files::isRegularFile)
                    .forEach(f -> required.add(CLASSES.relativize(f).toString().replace(File.separatorChar, '/')));
        }
        for (String element : property("fanoutlab.runtimeClasspath").split(File.pathSeparator)) {
            boolean javaFx = element.replace(File.separatorChar, '/').contains("/org/openjfx/");
            for (String name : entries(Path.of(element))) {
                if (javaFx ? name.startsWith("javafx/") : !isDroppedWhenShading(name)) {
                    required.add(name);
                }
            }
        }
        return required;
    }

    /** What the shade filters in pom.xml leave out on purpose: signatures, manifests and module descriptors. */
    private static boolean isDroppedWhenShading(String name) {
        return name.equals("META-INF/MANIFEST.MF") || name.equals("META-INF/INDEX.LIST")
                || name.endsWith("module-info.class") || name.matches("META-INF/[^/]+\\.(SF|DSA|RSA)");
    }

    private static List<String> entries(Path jarFile) throws IOException {
        List<String> names = new ArrayList<>();
        try (JarFile jar = new JarFile(jarFile.toFile())) {
            for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                JarEntry entry = e.nextElement();
                if (!entry.isDirectory()) {
                    names.add(entry.getName());
                }
            }
        }
        return names;
    }

    private static Path imageLauncher() {
        if (isWindows()) {
            return DIST.resolve(APP_NAME + "/" + APP_NAME + ".exe");
        }
        return isMac() ? DIST.resolve(APP_NAME + ".app/Contents/MacOS/" + APP_NAME)
                : DIST.resolve(APP_NAME + "/bin/" + APP_NAME);
    }

    /** Runs a program from the project folder and returns what it printed; fails on a non-zero exit or a hang. */
    private static String run(String... command) throws IOException, InterruptedException {
        Path output = Files.createTempFile("dist-run", ".txt");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            process.getOutputStream().close();
            if (!process.waitFor(HANG_GUARD_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish");
            }
            String text = Files.readString(output, StandardCharsets.UTF_8);
            assertThat(process.exitValue()).as(String.join(" ", command) + " printed:\n" + text).isZero();
            return text;
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set: run this check with `mvn -Pdist verify`");
        }
        return value;
    }

    private static boolean isLinux() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux");
    }

    private static boolean isMac() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("mac");
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }
}
