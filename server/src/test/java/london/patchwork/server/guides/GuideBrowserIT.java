package london.patchwork.server.guides;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import london.patchwork.server.testing.Browser;
import london.patchwork.server.testing.HubTest;
import london.patchwork.server.testing.TestMembers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A member edits a guide in a real browser, then reads its history and the diff of their change. */
@MicronautTest(transactional = false)
class GuideBrowserIT extends HubTest {

    private Browser browser;

    @BeforeAll
    void openBrowser() {
        TestMembers.SignedIn grace = TestMembers.GRACE.join(baseUrl());
        grace.form("/guides/new", Map.of("title", "Using the tool library", "topic", "Repairs",
                "body", "Borrow a drill for a week.\n\nBring it back clean."));
        TestMembers.ADA.join(baseUrl());
        browser = Browser.start();
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aMemberEditsAGuideAndViewsItsHistoryAndADiff() {
        var driver = browser.driver();
        driver.get(baseUrl() + "/sign-in");
        driver.findElement(By.id("identifier")).sendKeys(TestMembers.ADA.handle());
        driver.findElement(By.id("password")).sendKeys(TestMembers.ADA.password());
        driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
        waitFor(driver, By.id("edit-profile"));

        driver.get(baseUrl() + "/guides");
        waitFor(driver, By.id("guides-heading"));
        driver.findElement(By.linkText("Using the tool library")).click();
        waitFor(driver, By.id("edit-guide"));
        driver.findElement(By.id("edit-guide")).click();
        waitFor(driver, By.id("save-guide"));

        for (String field : new String[]{"title", "topic", "body", "summary"}) {
            assertThat(driver.findElements(By.cssSelector("label[for='" + field + "']"))).as(field).hasSize(1);
        }
        WebElement body = driver.findElement(By.id("body"));
        body.clear();
        body.sendKeys("Borrow a drill for two weeks.\n\nBring it back clean.");
        driver.findElement(By.id("summary")).sendKeys("Longer loans");
        driver.findElement(By.id("save-guide")).click();
        waitFor(driver, By.id("guide-meta"));
        assertThat(driver.findElement(By.id("guide-content")).getText()).contains("two weeks");
        assertThat(driver.findElement(By.id("guide-meta")).getText()).contains("Revision 2").contains("ada");

        driver.findElement(By.id("guide-history")).click();
        waitFor(driver, By.id("revisions"));
        assertThat(driver.findElement(By.id("revision-2")).getText()).contains("ada").contains("Longer loans");
        assertThat(driver.findElement(By.id("revision-1")).getText()).contains("grace");

        driver.findElement(By.id("diff-2")).click();
        waitFor(driver, By.id("diff"));
        assertThat(driver.findElement(By.id("diff-summary")).getText()).contains("Lines added: 1")
                .contains("Lines removed: 1");
        List<WebElement> rows = driver.findElements(By.cssSelector("#diff tbody tr"));
        // Added and removed lines say so in words, not only by colour.
        assertThat(rows).extracting(WebElement::getText).anySatisfy(text -> assertThat(text)
                .contains("Removed").contains("Borrow a drill for a week."));
        assertThat(rows).extracting(WebElement::getText).anySatisfy(text -> assertThat(text)
                .contains("Added").contains("Borrow a drill for two weeks."));
    }

    private static void waitFor(WebDriver driver, By element) {
        // A click returns before the page it opens has loaded: wait for what the page shows, not a fixed time.
        new WebDriverWait(driver, Duration.ofSeconds(10)).withMessage(driver::getPageSource)
                .until(ExpectedConditions.presenceOfElementLocated(element));
    }
}
