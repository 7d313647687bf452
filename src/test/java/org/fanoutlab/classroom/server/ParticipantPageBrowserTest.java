package org.fanoutlab.classroom.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.fanoutlab.classroom.ClassQuizzes;
import org.fanoutlab.classroom.Participant;
import org.fanoutlab.classroom.PushConnection;
import org.fanoutlab.classroom.RoomSettings;
import org.fanoutlab.classroom.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The participant page in a real browser (headless Chromium through Selenium): join by the QR link, answer, survive a
 * reload and a cut stream with the answer kept, get the reveal, see the end. Waits are Selenium's bounded waits for
 * what the page shows; the room's own clock is a test clock.
 */
class ParticipantPageBrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String NAME = "<img src=x onerror=alert(1)>Al";

    @TempDir
    Path profile;

    private final TestClock clock = new TestClock();
    private ClassServer server;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void start() throws Exception {
        if (!HeadlessChromium.installed()) {
            Assumptions.assumeFalse(Boolean.getBoolean(HeadlessChromium.OPT_OUT), "browser tests skipped on purpose");
            Assertions.fail(HeadlessChromium.missingMessage());
        }
        server = ClassServer.start(ClassQuizzes.catalog(), quiz -> 100.0,
                new ClassServer.Options(InetAddress.getLoopbackAddress(), 0, RoomSettings.withMax(10), 10, 16 * 1024,
                        false),
                clock, new Random(5));
        browser = HeadlessChromium.start(profile, 390, 844);
        wait = new WebDriverWait(browser, WAIT);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aPhoneJoinsAnswersSurvivesAReloadAndACutStreamAndGetsTheReveal() {
        browser.get(server.joinUrl().toString());
        assertThat(input("code").getAttribute("value")).as("the QR link fills the code in").isEqualTo(server.room().code().value());
        input("name").sendKeys(NAME);
        browser.findElement(By.id("join-button")).click();

        WebElement who = visible("who");
        assertThat(who.getText()).isEqualTo("Joined as \u201c" + NAME + "\u201d.");
        assertThat(who.findElements(By.xpath("./*"))).as("the name is text, not markup").isEmpty();
        assertThat(browser.findElements(By.tagName("img"))).isEmpty();
        Participant p = onlyParticipant();
        assertThat(p.name()).isEqualTo(NAME);
        waitForStream(p);

        clock.advance(Duration.ofSeconds(1));
        server.ask("q-single");
        WebElement prompt = visible("prompt");
        assertThat(prompt.getText()).isEqualTo("Who takes the initiative in pull?");
        assertThat(prompt.findElement(By.tagName("strong")).getText()).isEqualTo("initiative");
        List<WebElement> options = browser.findElements(By.cssSelector("#inputs .option"));
        assertThat(options).extracting(o -> o.getText().replace('\n', ' '))
                .containsExactly("A. The producer", "B. The consumer", "C. The cache");
        assertThat(browser.getPageSource()).doesNotContain("FEEDBACK-SINGLE").doesNotContain("EXPLAIN-SINGLE");

        options.get(1).click();
        browser.findElement(By.id("send")).click();
        statusContains("Answer sent: B.");
        assertThat(server.room().snapshot().current().tally().counts()).containsEntry("1", 1);

        // A reload (a phone that dropped the tab) finds its token again and shows the answer it sent.
        clock.advance(Duration.ofSeconds(1));
        browser.navigate().refresh();
        visible("prompt");
        statusContains("Your answer is in: B.");
        assertThat(radio(1).isSelected()).isTrue();

        // The network drops the stream; the reveal happens meanwhile; the browser reconnects with Last-Event-ID.
        PushConnection before = waitForStream(p);
        server.room().drop(before, PushConnection.End.SLOW);
        server.reveal();
        WebElement verdict = visible("verdict");
        assertThat(verdict.getText()).isEqualTo("Right!");
        PushConnection after = server.room().stream(p).orElseThrow();
        assertThat(after).isNotSameAs(before);
        assertThat(after.resumedAfter()).as("the reconnect said which event it had").isEqualTo(1L);
        assertThat(radio(1).isSelected()).as("the answer is kept").isTrue();
        assertThat(text("explain")).isEqualTo("EXPLAIN-SINGLE");
        assertThat(text("feedback")).isEqualTo("FEEDBACK-SINGLE-1");
        assertThat(browser.findElements(By.cssSelector("#inputs .option")).get(1).getText())
                .contains("Right answer \u2014 your choice");
        assertThat(browser.findElement(By.id("send")).isDisplayed()).isFalse();

        // Keyboard only: type a guess and press Enter.
        clock.advance(Duration.ofSeconds(1));
        server.ask("q-numeric");
        wait.until(ExpectedConditions.textToBe(By.id("round"), "Question 2"));
        WebElement number = input("number");
        assertThat(browser.findElement(By.cssSelector("label[for=number]")).getText()).isEqualTo("Your answer (writes)");
        number.sendKeys("1,995.5", Keys.ENTER);
        statusContains("Answer sent: 1,995.5 writes.");
        server.reveal();
        wait.until(ExpectedConditions.textToBe(By.id("verdict"), "Right!"));
        assertThat(text("right-answer")).isEqualTo("The answer: 2,000 writes.");

        server.close();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("closed")));
        assertThat(text("status")).isEqualTo("The session has ended.");
        assertThat(browser.findElements(By.tagName("img"))).isEmpty();
    }

    @Test
    void aWrongCodeIsToldInTheFormAndNothingJoins() {
        browser.get(server.url().toString());
        String wrong = server.room().code().value().equals("000000") ? "000001" : "000000";
        input("code").sendKeys(wrong);
        input("code").sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("join-error"), "not this room"));
        assertThat(browser.findElement(By.id("join-error")).getAttribute("role")).isEqualTo("alert");
        assertThat(server.room().snapshot().joined()).isZero();
        input("code").clear();
        input("code").sendKeys("12");
        browser.findElement(By.id("join-button")).click();
        assertThat(text("join-error")).isEqualTo("The join code is six digits.");
    }

    private Participant onlyParticipant() {
        assertThat(server.room().snapshot().joined()).isEqualTo(1);
        String token = (String) browser.executeScript(
                "return JSON.parse(localStorage.getItem('fanoutlab-class')).token;");
        return server.room().participant(token).orElseThrow();
    }

    private PushConnection waitForStream(Participant p) {
        return wait.until(d -> server.room().stream(p).filter(PushConnection::isOpen).orElse(null));
    }

    private WebElement visible(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    private void statusContains(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), text));
    }

    private WebElement input(String id) {
        return browser.findElement(By.id(id));
    }

    private WebElement radio(int index) {
        return browser.findElements(By.cssSelector("#inputs input[name=answer]")).get(index);
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }
}
