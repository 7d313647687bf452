package org.fanoutlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A student who took the jar for another computer is told which one to take, before JavaFX fails. */
class DownloadCheckTest {

    @Test
    void theJarForThisComputerStarts() {
        for (Desktop desktop : Desktop.values()) {
            var jar = Map.of(desktop.glassLibrary(), NativeHeaders.of(desktop.machine()));
            assertThat(DownloadCheck.problem(desktop, jar::get)).as(desktop.name()).isEmpty();
        }
    }

    @Test
    void theWindowsJarOnLinuxNamesTheLinuxJar() {
        var jar = Map.of("glass.dll", NativeHeaders.of(NativeMachine.WINDOWS_X64));
        assertThat(DownloadCheck.problem(Desktop.LINUX_X64, jar::get)).contains("fanout-lab: this download is for "
                + "Windows (64-bit), but this computer is Linux (x86-64). Take fanout-lab-linux-x64.jar instead "
                + "(see \"Download and run\" in the README).");
    }

    @Test
    void theIntelJarOnAnAppleChipIsToldApartByItsNatives() {
        var intelJar = Map.of("libglass.dylib", NativeHeaders.of(NativeMachine.MACOS_INTEL));
        assertThat(DownloadCheck.problem(Desktop.MACOS_APPLE_SILICON, intelJar::get)).hasValueSatisfying(message ->
                assertThat(message).contains("for a Mac with an Intel chip", "fanout-lab-macos-apple-silicon.jar"));
        var appleJar = Map.of("libglass.dylib", NativeHeaders.of(NativeMachine.MACOS_APPLE_SILICON));
        assertThat(DownloadCheck.problem(Desktop.MACOS_INTEL, appleJar::get)).hasValueSatisfying(message ->
                assertThat(message).contains("for a Mac with an Apple chip", "fanout-lab-macos-intel.jar"));
    }

    @Test
    void withoutNativesInTheJarJavaFxIsLeftToFindItsOwn() {
        Map<String, byte[]> none = Map.of();
        assertThat(DownloadCheck.problem(Desktop.WINDOWS_X64, none::get)).isEmpty();
        var unreadable = Map.of("libglass.dylib", NativeHeaders.of(NativeMachine.OTHER));
        assertThat(DownloadCheck.problem(Desktop.MACOS_INTEL, unreadable::get)).isEmpty();
    }

    @Test
    void aComputerWithoutItsOwnDownloadIsNotTurnedAway() {
        var jar = Map.of("libglass.so", NativeHeaders.of(NativeMachine.LINUX_X64));
        assertThat(DownloadCheck.problem(Desktop.of("Linux", "aarch64"), jar::get)).isEmpty();
    }

    @Test
    void everyDesktopIsRecognisedFromTheJvmsNames() {
        assertThat(Desktop.of("Windows 11", "amd64")).isEqualTo(Desktop.WINDOWS_X64);
        assertThat(Desktop.of("Mac OS X", "x86_64")).isEqualTo(Desktop.MACOS_INTEL);
        assertThat(Desktop.of("Mac OS X", "aarch64")).isEqualTo(Desktop.MACOS_APPLE_SILICON);
        assertThat(Desktop.of("Linux", "amd64")).isEqualTo(Desktop.LINUX_X64);
        assertThat(Desktop.of("Linux", "aarch64")).isNull();
        assertThat(Desktop.of("FreeBSD", "amd64")).isNull();
    }
}
