package london.patchwork.server.forum;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import london.patchwork.server.testing.Browser;
import london.patchwork.server.testing.HubTest;
import london.patchwork.server.testing.TestMembers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A member opens a thread and replies to it in a real browser, without JavaScript doing anything. */
@MicronautTest(transactional = false)
class ForumBrowserIT extends HubTest {

    private Browser browser;

    @BeforeAll
    void openBrowser() {
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
    void aMemberOpensAThreadAndRepliesToIt() {
        var driver = browser.driver();
        driver.get(baseUrl() + "/sign-in");
        driver.findElement(By.id("identifier")).sendKeys(TestMembers.ADA.handle());
        driver.findElement(By.id("password")).sendKeys(TestMembers.ADA.password());
        driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
        waitFor(driver, By.id("edit-profile"));

        driver.findElement(By.linkText("Forum")).click();
        waitFor(driver, By.id("forum-heading"));
        driver.findElement(By.id("new-thread")).click();
        waitFor(driver, By.id("open-thread"));
        for (String field : new String[]{"title", "category", "text", "tags"}) {
            assertThat(driver.findElements(By.cssSelector("label[for='" + field + "']"))).as(field).hasSize(1);
        }
        driver.findElement(By.id("title")).sendKeys("Tool library opening hours");
        new Select(driver.findElement(By.id("category"))).selectByValue("general");
        driver.findElement(By.id("text")).sendKeys("We open on **Saturdays**.\n\nVolunteers welcome.");
        driver.findElement(By.id("tags")).sendKeys("tools repairs");
        driver.findElement(By.id("open-thread")).click();
        waitFor(driver, By.id("thread-title"));
        assertThat(driver.findElement(By.id("thread-title")).getText()).isEqualTo("Tool library opening hours");
        assertThat(driver.findElement(By.cssSelector("#thread-post strong")).getText()).isEqualTo("Saturdays");

        driver.findElement(By.id("reply-text")).sendKeys("I can help on the first Saturday.");
        driver.findElement(By.id("send-reply")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("thread-replies"), "I can help on the first Saturday."));
        assertThat(driver.findElement(By.id("replies-heading")).getText()).contains("1 reply");

        driver.findElement(By.linkText("Forum")).click();
        waitFor(driver, By.id("forum-latest"));
        assertThat(driver.findElement(By.id("forum-latest")).getText()).contains("Tool library opening hours")
                .contains("1 reply");
    }

    private static void waitFor(WebDriver driver, By element) {
        // A click returns before the page it opens has loaded: wait for what the page shows, not a fixed time.
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(element));
    }
}
