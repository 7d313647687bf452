package org.fanoutlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check behind DesktopBuildsIT (run by `mvn -Pdist verify`), tried here on small hand-made jars so that each
 * way a download can be broken is shown to fail it.
 */
class DesktopJarCheckTest {
    private static final List<String> APP = List.of("org/fanoutlab/app/Main.class", "lessons/01-who-moves-the-data.md",
            "assets/icon.png");

    @TempDir
    Path dir;

    @Test
    void aWholeJarForEachDesktopPasses() throws IOException {
        for (Desktop desktop : Desktop.values()) {
            Path jar = write(desktop.jarName(), wholeJar(desktop));
            assertThat(DesktopJarCheck.problems(jar, desktop, APP)).as(desktop.name()).isEmpty();
        }
    }

    @Test
    void aMissingNativeIsNamed() throws IOException {
        Map<String, byte[]> entries = wholeJar(Desktop.WINDOWS_X64);
        entries.remove("prism_d3d.dll");
        Path jar = write("fanout-lab-windows-x64.jar", entries);
        assertThat(DesktopJarCheck.problems(jar, Desktop.WINDOWS_X64, APP))
                .containsExactly("fanout-lab-windows-x64.jar: lacks prism_d3d.dll, which JavaFX needs on Windows (64-bit)");
    }

    @Test
    void anotherDesktopsNativeIsReported() throws IOException {
        Map<String, byte[]> entries = wholeJar(Desktop.WINDOWS_X64);
        entries.put("libglass.so", NativeHeaders.of(NativeMachine.LINUX_X64));
        Path jar = write("fanout-lab-windows-x64.jar", entries);
        assertThat(DesktopJarCheck.problems(jar, Desktop.WINDOWS_X64, APP))
                .containsExactly("fanout-lab-windows-x64.jar: holds libglass.so, a native of another desktop");
    }

    @Test
    void macNativesForTheOtherChipAreReported() throws IOException {
        Path jar = write("fanout-lab-macos-intel.jar", wholeJar(Desktop.MACOS_APPLE_SILICON));
        List<String> problems = DesktopJarCheck.problems(jar, Desktop.MACOS_INTEL, APP);
        assertThat(problems).hasSize(DesktopJarCheck.requiredNatives(Desktop.MACOS_INTEL).size());
        assertThat(problems).contains("fanout-lab-macos-intel.jar: libglass.dylib is a macOS Apple silicon (arm64) "
                + "library, not a macOS Intel (x86-64) library");
    }

    @Test
    void missingLessonsAssetsOrLibrariesAreReported() throws IOException {
        Map<String, byte[]> entries = wholeJar(Desktop.LINUX_X64);
        entries.keySet().removeIf(name -> name.startsWith("lessons/") || name.startsWith("assets/"));
        Path jar = write("fanout-lab-linux-x64.jar", entries);
        List<String> required = List.of(APP.get(0), APP.get(1), APP.get(2), "com/fasterxml/jackson/Json.class");
        assertThat(DesktopJarCheck.problems(jar, Desktop.LINUX_X64, required)).containsExactly(
                "fanout-lab-linux-x64.jar: holds nothing under lessons/",
                "fanout-lab-linux-x64.jar: holds nothing under assets/",
                "fanout-lab-linux-x64.jar: lacks 3 entries the app needs, e.g. assets/icon.png, "
                        + "com/fasterxml/jackson/Json.class, lessons/01-who-moves-the-data.md");
    }

    @Test
    void aJarWithoutTheToolkitOrMainClassIsReported() throws IOException {
        Map<String, byte[]> entries = wholeJar(Desktop.LINUX_X64);
        entries.remove(DesktopJarCheck.toolkitClass(Desktop.LINUX_X64));
        Path jar = dir.resolve("fanout-lab-linux-x64.jar");
        writeJar(jar, new Manifest(), entries);
        assertThat(DesktopJarCheck.problems(jar, Desktop.LINUX_X64, APP)).containsExactly(
                "fanout-lab-linux-x64.jar: Main-Class is null, so `java -jar` would not start the app",
                "fanout-lab-linux-x64.jar: lacks com/sun/glass/ui/gtk/GtkApplication.class, JavaFX's window toolkit "
                        + "for it");
    }

    @Test
    void aJarThatWasNotBuiltIsReported() throws IOException {
        assertThat(DesktopJarCheck.problems(dir.resolve("fanout-lab-macos-intel.jar"), Desktop.MACOS_INTEL, APP))
                .singleElement().asString().contains("not built");
    }

    @Test
    void headersTellEveryDesktopApart() {
        for (NativeMachine machine : List.of(NativeMachine.WINDOWS_X64, NativeMachine.MACOS_INTEL,
                NativeMachine.MACOS_APPLE_SILICON, NativeMachine.LINUX_X64)) {
            assertThat(NativeMachine.of(NativeHeaders.of(machine))).isEqualTo(machine);
        }
        assertThat(NativeMachine.of("MZ but far too short".getBytes())).isEqualTo(NativeMachine.OTHER);
        assertThat(NativeMachine.of(new byte[0])).isEqualTo(NativeMachine.OTHER);
    }

    private static Map<String, byte[]> wholeJar(Desktop desktop) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (String name : APP) {
            entries.put(name, new byte[] {1});
        }
        entries.put(DesktopJarCheck.toolkitClass(desktop), new byte[] {1});
        for (String library : DesktopJarCheck.requiredNatives(desktop)) {
            entries.put(library, NativeHeaders.of(desktop.machine()));
        }
        return entries;
    }

    private Path write(String name, Map<String, byte[]> entries) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
        Path jar = dir.resolve(name);
        writeJar(jar, manifest, entries);
        return jar;
    }

    private static void writeJar(Path jar, Manifest manifest, Map<String, byte[]> entries) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new JarEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
    }
}
