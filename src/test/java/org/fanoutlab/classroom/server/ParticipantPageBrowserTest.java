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
import org.openqa.selenium.interactions.Actions;
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

    /**
     * classify and order with the keyboard alone: Tab, Space and the arrow keys in each item's group of buckets; the
     * order list's Up buttons pressed with Enter, the focus staying on the step that moves; Enter on Send.
     */
    @Test
    void classifyAndOrderAreAnsweredByKeyboardAndEachPartIsMarkedAtTheReveal() {
        browser.get(server.joinUrl().toString());
        browser.findElement(By.id("join-button")).click();
        Participant p = onlyParticipantAfterJoin();
        waitForStream(p);

        server.ask("q-classify");
        wait.until(ExpectedConditions.textToBe(By.id("round"), "Question 1"));
        assertThat(browser.findElements(By.cssSelector("#inputs fieldset.item legend")))
                .extracting(WebElement::getText).containsExactly("APNs", "RSS", "Webhook");
        assertThat(browser.getPageSource()).doesNotContain("FEEDBACK-CLASSIFY").doesNotContain("EXPLAIN-CLASSIFY");
        Actions keys = new Actions(browser);
        keys.sendKeys(Keys.TAB).perform();
        assertThat(active().getAttribute("name")).as("Tab reaches the first item's buckets").isEqualTo("item-0");
        keys.sendKeys(Keys.SPACE).perform();                   // APNs → Push
        keys.sendKeys(Keys.TAB, Keys.ARROW_RIGHT).perform();   // RSS → Pull (an arrow moves and chooses)
        assertThat(active().getAttribute("name")).isEqualTo("item-1");
        keys.sendKeys(Keys.TAB, Keys.ARROW_RIGHT).perform();   // Webhook → Pull: wrong on purpose
        assertThat(active().getAttribute("name")).isEqualTo("item-2");
        keys.sendKeys(Keys.TAB).perform();
        assertThat(active().getAttribute("id")).as("then the Send button").isEqualTo("send");
        keys.sendKeys(Keys.ENTER).perform();
        statusContains("Answer sent: APNs \u2192 Push; RSS \u2192 Pull; Webhook \u2192 Pull.");
        assertThat(server.room().snapshot().current().answers().get(0).answer()).hasToString("[0,1,1]");

        server.reveal();
        wait.until(ExpectedConditions.textToBe(By.id("verdict"), "Not quite."));
        List<WebElement> items = browser.findElements(By.cssSelector("#inputs fieldset.item"));
        assertThat(items.get(0).findElement(By.className("mark")).getText()).contains("Right: Push.")
                .contains("FEEDBACK-CLASSIFY-0");
        assertThat(items.get(2).findElement(By.className("mark")).getText())
                .contains("It belongs in Push, not Pull.").contains("FEEDBACK-CLASSIFY-2");
        assertThat(items.get(2).getAttribute("class")).contains("chosen-wrong");
        assertThat(items.get(2).findElement(By.cssSelector(".bucket.right")).getText()).isEqualTo("Push");
        assertThat(text("feedback")).isEqualTo("2 of 3 items are in the right bucket.");

        server.ask("q-order");
        wait.until(ExpectedConditions.textToBe(By.id("round"), "Question 2"));
        List<String> written = List.of("Read the cache", "Pull the stars", "Merge");
        List<Integer> shown = org.fanoutlab.classroom.AnswerFormat.shownOrder(ClassQuizzes.ORDER);
        assertThat(stepTexts()).as("the shuffle every phone starts from")
                .containsExactlyElementsOf(shown.stream().map(written::get).toList());
        assertThat(browser.getPageSource()).doesNotContain("FEEDBACK-ORDER").doesNotContain("EXPLAIN-ORDER");
        // Each written step in turn is moved up to its place with Enter on its Up button.
        for (int position = 0; position < written.size(); position++) {
            String step = written.get(position);
            int at = stepTexts().indexOf(step);
            if (at == position) {
                continue;
            }
            browser.findElements(By.cssSelector("#steps li")).get(at)
                    .findElement(By.cssSelector("button[data-delta='-1']")).sendKeys(Keys.ENTER);
            for (int moves = at - 1; moves > position; moves--) {
                assertThat(active().getAttribute("aria-label")).as("the focus follows the step")
                        .startsWith("Move \u201c" + step + "\u201d up");
                keys.sendKeys(Keys.ENTER).perform();
            }
            statusContains("Moved \u201c" + step + "\u201d to position " + (position + 1) + " of 3.");
        }
        assertThat(stepTexts()).containsExactlyElementsOf(written);
        browser.findElement(By.id("send")).sendKeys(Keys.ENTER);
        statusContains("Answer sent: 1. Read the cache; 2. Pull the stars; 3. Merge.");

        server.reveal();
        wait.until(ExpectedConditions.textToBe(By.id("verdict"), "Right!"));
        List<WebElement> marks = browser.findElements(By.cssSelector("#steps li .mark"));
        assertThat(marks).hasSize(3);
        assertThat(marks.get(0).getText()).contains("Right: position 1.").contains("FEEDBACK-ORDER-0");
        assertThat(browser.findElements(By.cssSelector("#right-answer li"))).extracting(WebElement::getText)
                .containsExactlyElementsOf(written);
        assertThat(browser.findElement(By.cssSelector("#steps button.move")).isDisplayed())
                .as("no move buttons after the reveal").isFalse();
        assertThat(p.number()).isEqualTo(1);
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

    private Participant onlyParticipantAfterJoin() {
        visible("wait");
        return onlyParticipant();
    }

    private WebElement active() {
        return browser.switchTo().activeElement();
    }

    private List<String> stepTexts() {
        return browser.findElements(By.cssSelector("#steps li .text")).stream().map(WebElement::getText).toList();
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
