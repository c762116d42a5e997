package london.patchwork.server.media;

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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member writes a post that mentions another member, with a photo and its description, on the site, in a real
 * browser: the mention is a link to her profile and she is notified.
 */
@MicronautTest(transactional = false)
class PostWithImageBrowserIT extends HubTest {

    private Browser browser;
    private Path photo;
    private TestMembers.SignedIn grace;

    @BeforeAll
    void openBrowser() throws IOException {
        TestMembers.ADA.join(baseUrl());
        grace = TestMembers.GRACE.join(baseUrl());
        browser = Browser.start();
        photo = Files.createTempFile("garden", ".jpg");
        Files.write(photo, MediaPictures.withGpsExif(MediaPictures.jpeg(1000, 750)));
    }

    @AfterAll
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
        Files.deleteIfExists(photo);
    }

    @Test
    void aMemberPostsAPhotoWithItsDescriptionMentioningAnother() {
        var driver = browser.driver();
        driver.get(baseUrl() + "/sign-in");
        driver.findElement(By.id("identifier")).sendKeys(TestMembers.ADA.handle());
        driver.findElement(By.id("password")).sendKeys(TestMembers.ADA.password());
        driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
        waitFor(driver, By.id("write-post"));
        driver.findElement(By.id("write-post")).click();
        waitFor(driver, By.id("new-post-heading"));

        for (String field : new String[]{"status", "spoilerText", "visibility", "image", "description"}) {
            assertThat(driver.findElements(By.cssSelector("label[for='" + field + "']"))).as(field).hasSize(1);
        }
        // Only a description and no text or image: refused beside the field, the description kept.
        driver.findElement(By.id("description")).sendKeys("Raised beds in the community garden");
        driver.findElement(By.id("publish")).click();
        waitFor(driver, By.id("status-error"));
        assertThat(driver.findElement(By.id("status")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(driver.findElement(By.id("description")).getAttribute("value"))
                .isEqualTo("Raised beds in the community garden");

        driver.findElement(By.id("status")).sendKeys("The garden is open on Saturday! @grace bring the seeds");
        driver.findElement(By.id("image")).sendKeys(photo.toAbsolutePath().toString());
        driver.findElement(By.id("publish")).click();
        waitFor(driver, By.cssSelector("article.post .post__images img"));

        WebElement image = driver.findElement(By.cssSelector("article.post .post__images img"));
        assertThat(image.getAttribute("alt")).isEqualTo("Raised beds in the community garden");
        assertThat(image.getAttribute("src")).startsWith(baseUrl() + "/media/").endsWith("-small.jpg");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> ((Number) ((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return arguments[0].complete ? arguments[0].naturalWidth : 0;", image)).intValue() > 0);
        assertThat(((Number) driver.executeScript("return arguments[0].naturalWidth;", image)).intValue())
                .isEqualTo(640);
        assertThat(driver.findElement(By.cssSelector("article.post .post__content")).getText())
                .contains("The garden is open on Saturday!").contains("@grace bring the seeds");

        WebElement mention = driver.findElement(By.cssSelector("article.post .post__content a.mention"));
        assertThat(mention.getText()).isEqualTo("@grace");
        assertThat(mention.getAttribute("href")).isEqualTo(baseUrl() + "/@grace");
        String post = driver.getCurrentUrl();
        mention.click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(baseUrl() + "/@grace"));
        waitFor(driver, By.id("profile-heading"));
        assertThat(driver.findElement(By.id("profile-heading")).getText()).isEqualTo("Grace Hopper");

        var notifications = grace.jsonOk("GET", "/api/v1/notifications", null);
        assertThat(notifications).anySatisfy(notification -> {
            assertThat(notification.get("type").asText()).isEqualTo("mention");
            assertThat(notification.at("/account/acct").asText()).isEqualTo("ada");
            assertThat(notification.at("/status/url").asText()).isEqualTo(post);
        });
    }

    private static void waitFor(WebDriver driver, By locator) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(locator));
    }
}
