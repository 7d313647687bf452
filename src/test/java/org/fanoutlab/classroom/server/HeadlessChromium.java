package org.fanoutlab.classroom.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and ChromeDriver (packages {@code chromium}, {@code chromium-driver}; {@code .ci/run} installs
 * them), driven by Selenium with a fresh profile. Both paths are given to Selenium, so it never tries to download a
 * browser or a driver (there is no internet to download from). docs/decisions/0012-class-mode.md says why a machine
 * without them fails the browser test unless it opts out.
 */
final class HeadlessChromium {
    static final String OPT_OUT = "fanoutlab.skipBrowserTests";
    static final Path CHROMIUM = Path.of(System.getProperty("fanoutlab.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("fanoutlab.chromedriver", "/usr/bin/chromedriver"));

    /** Kept referenced: java.util.logging forgets the level of a logger nobody holds. */
    private static final Logger CDP_LOG = Logger.getLogger("org.openqa.selenium.devtools");

    static {
        // Selenium has no DevTools bindings for every Chromium release and says so on each start; the tests do not
        // use DevTools, so the warning is noise.
        CDP_LOG.setLevel(Level.OFF);
    }

    private HeadlessChromium() {
    }

    /** Whether both programs are there. */
    static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    static String missingMessage() {
        return "the participant page's browser test needs Debian's Chromium and ChromeDriver at " + CHROMIUM + " and "
                + CHROMEDRIVER + ": install them with `apt-get install -y chromium chromium-driver` (as .ci/run does), "
                + "point -Dfanoutlab.chromium / -Dfanoutlab.chromedriver at them, or skip this test on purpose with -D"
                + OPT_OUT + "=true";
    }

    /**
     * @param profile an empty folder for the browser's profile
     */
    static ChromeDriver start(Path profile, int width, int height) throws IOException {
        Files.createDirectories(profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withTimeout(Duration.ofSeconds(30))
                .withSilent(true)
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile.toAbsolutePath(),
                "--hide-scrollbars", "--lang=en-US");
        // A desktop window cannot be narrower than 500 px; device emulation gives a phone's viewport exactly.
        options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                Map.of("width", width, "height", height, "pixelRatio", 2.0, "touch", true)));
        return new ChromeDriver(service, options);
    }
}
