package org.fanoutlab.app;

import java.util.Locale;

/**
 * The kinds of computer `mvn -Pdist package` builds a jar for (docs/decisions/0010-per-os-builds.md), each with
 * the name of JavaFX's windowing native as it sits at the root of that jar.
 */
enum Desktop {
    WINDOWS_X64("windows-x64", "Windows (64-bit)", "glass.dll", NativeMachine.WINDOWS_X64),
    MACOS_INTEL("macos-intel", "a Mac with an Intel chip", "libglass.dylib", NativeMachine.MACOS_INTEL),
    MACOS_APPLE_SILICON("macos-apple-silicon", "a Mac with an Apple chip (M1, M2, …)", "libglass.dylib",
            NativeMachine.MACOS_APPLE_SILICON),
    LINUX_X64("linux-x64", "Linux (x86-64)", "libglass.so", NativeMachine.LINUX_X64);

    private final String id;
    private final String description;
    private final String glassLibrary;
    private final NativeMachine machine;

    Desktop(String id, String description, String glassLibrary, NativeMachine machine) {
        this.id = id;
        this.description = description;
        this.glassLibrary = glassLibrary;
        this.machine = machine;
    }

    String jarName() {
        return "fanout-lab-" + id + ".jar";
    }

    String glassLibrary() {
        return glassLibrary;
    }

    NativeMachine machine() {
        return machine;
    }

    @Override
    public String toString() {
        return description;
    }

    /** The desktop this JVM runs on, or null when no jar is built for it (e.g. Linux on ARM). */
    static Desktop current() {
        return of(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
    }

    static Desktop of(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        String arch = osArch.toLowerCase(Locale.ROOT);
        boolean x64 = arch.equals("amd64") || arch.equals("x86_64");
        if (os.startsWith("windows")) {
            return x64 ? WINDOWS_X64 : null;
        }
        if (os.startsWith("mac")) {
            return x64 ? MACOS_INTEL : arch.equals("aarch64") ? MACOS_APPLE_SILICON : null;
        }
        if (os.startsWith("linux")) {
            return x64 ? LINUX_X64 : null;
        }
        return null;
    }

    /** The desktop whose natives were built for that machine, or null for none of ours. */
    static Desktop builtFor(NativeMachine machine) {
        for (Desktop desktop : values()) {
            if (desktop.machine == machine) {
                return desktop;
            }
        }
        return null;
    }
}
