package org.fanoutlab.classroom.server;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import org.fanoutlab.classroom.PresetFigureSource;
import org.fanoutlab.classroom.QuizCatalog;
import org.fanoutlab.classroom.RoomSettings;
import org.fanoutlab.content.Course;
import org.fanoutlab.content.CourseLoader;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Screenshots of the participant page at phone width (390 × 844 CSS px) in headless Chromium, with the real course:
 * the join form, a question with an answer chosen, and the reveal. Not a test: for looking at the page.
 *
 * <pre>mvn -B -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.fanoutlab.classroom.server.ParticipantPageShots -Dexec.args=target/class-shots</pre>
 */
public final class ParticipantPageShots {
    private ParticipantPageShots() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/class-shots");
        Files.createDirectories(dir);
        Course course = CourseLoader.load(Path.of("lessons"));
        try (ClassServer server = ClassServer.start(QuizCatalog.of(course, null), new PresetFigureSource(course::preset),
                ClassServer.Options.of(InetAddress.getLoopbackAddress(), 0, RoomSettings.DEFAULT_MAX),
                Clock.systemUTC(), new SecureRandom())) {
            ChromeDriver browser = HeadlessChromium.start(Files.createTempDirectory("class-shots"), 390, 844);
            try {
                WebDriverWait wait = new WebDriverWait(browser, java.time.Duration.ofSeconds(20));
                browser.get(server.joinUrl().toString());
                browser.findElement(By.id("name")).sendKeys("Sam");
                shot(browser, dir.resolve("1-join.png"));
                browser.findElement(By.id("join-button")).click();
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("wait")));
                shot(browser, dir.resolve("2-joined.png"));

                server.ask(args.length > 1 ? args[1] : "push-characteristic");
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("prompt")));
                browser.findElements(By.cssSelector("#inputs .option")).get(1).click();
                browser.findElement(By.id("send")).click();
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Answer sent"));
                shot(browser, dir.resolve("3-question.png"));

                server.reveal();
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verdict")));
                shot(browser, dir.resolve("4-reveal.png"));

                server.ask("push-predict-small-writes");
                wait.until(ExpectedConditions.textToBe(By.id("round"), "Question 2"));
                browser.findElement(By.id("number")).sendKeys("2,500");
                browser.findElement(By.id("send")).click();
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Answer sent"));
                server.reveal();
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verdict")));
                shot(browser, dir.resolve("5-predict-reveal.png"));
            } finally {
                browser.quit();
            }
        }
    }

    private static void shot(ChromeDriver browser, Path file) throws Exception {
        Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
        System.out.println(file);
    }
}
