package london.patchwork.server.posts;

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
import org.openqa.selenium.support.ui.WebDriverWait;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser: a member writes a blog article with a cover image on the site, a mistake is shown beside its
 * field with the rest kept, the article page shows it, and another member replies in its discussion.
 */
@MicronautTest(transactional = false)
class ArticleBrowserIT extends HubTest {

    private Browser browser;
    private Path cover;

    @BeforeAll
    void openBrowser() throws IOException {
        TestMembers.ADA.join(baseUrl());
        TestMembers.GRACE.join(baseUrl());
        browser = Browser.start();
        cover = Files.createTempFile("allotment", ".jpg");
        BufferedImage picture = new BufferedImage(800, 500, BufferedImage.TYPE_INT_RGB);
        var graphics = picture.createGraphics();
        graphics.setColor(new Color(60, 140, 70));
        graphics.fillRect(0, 0, 800, 500);
        graphics.dispose();
        ImageIO.write(picture, "jpg", cover.toFile());
    }

    @AfterAll
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
        Files.deleteIfExists(cover);
    }

    @Test
    void aMemberWritesAnArticleWithACoverAndAnotherRepliesInItsDiscussion() {
        WebDriver driver = browser.driver();
        signIn(driver, TestMembers.ADA);
        driver.get(baseUrl() + "/blog");
        waitFor(driver, By.id("write-article"));
        driver.findElement(By.id("write-article")).click();
        waitFor(driver, By.id("article-form"));
        for (String field : new String[]{"title", "summary", "body", "tags", "language", "cover", "description"}) {
            assertThat(driver.findElements(By.cssSelector("label[for='" + field + "']"))).as(field).hasSize(1);
        }

        driver.findElement(By.id("body")).sendKeys("Our plots are **open** to everyone on Sundays.");
        driver.findElement(By.id("tags")).sendKeys("allotments, food");
        driver.findElement(By.id("cover")).sendKeys(cover.toAbsolutePath().toString());
        driver.findElement(By.id("description")).sendKeys("Rows of beans at the allotment");
        // The title is required in the page; take that away to see the server's own refusal.
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.getElementById('title').removeAttribute('required')");
        driver.findElement(By.id("publish-article")).click();
        waitFor(driver, By.id("title-error"));
        assertThat(driver.findElement(By.id("title")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(driver.findElement(By.id("tags")).getAttribute("value")).isEqualTo("allotments, food");
        assertThat(driver.findElements(By.id("kept-cover"))).as("the uploaded cover is kept").hasSize(1);

        driver.findElement(By.id("title")).sendKeys("Open plots on Sundays");
        driver.findElement(By.id("publish-article")).click();
        waitFor(driver, By.id("article-title"));
        assertThat(driver.findElement(By.id("article-title")).getText()).isEqualTo("Open plots on Sundays");
        assertThat(driver.findElement(By.cssSelector("article.article .post__content strong")).getText())
                .isEqualTo("open");
        assertThat(driver.findElement(By.cssSelector("article.article .post__images img")).getAttribute("alt"))
                .isEqualTo("Rows of beans at the allotment");
        assertThat(driver.findElements(By.cssSelector(".article__tags a"))).hasSize(2);
        String articleUrl = driver.getCurrentUrl();

        driver.manage().deleteAllCookies();
        signIn(driver, TestMembers.GRACE);
        driver.get(articleUrl);
        waitFor(driver, By.id("reply-form"));
        driver.findElement(By.id("reply-status")).sendKeys("I'll bring seedlings");
        driver.findElement(By.id("reply-publish")).click();
        waitFor(driver, By.cssSelector(".discussion .reply"));
        assertThat(driver.findElement(By.cssSelector(".discussion .reply .post__content")).getText())
                .contains("I'll bring seedlings");
        assertThat(driver.findElement(By.cssSelector(".discussion__count")).getText()).isEqualTo("(1 reply)");
    }

    private void signIn(WebDriver driver, TestMembers member) {
        driver.get(baseUrl() + "/sign-in");
        driver.findElement(By.id("identifier")).sendKeys(member.handle());
        driver.findElement(By.id("password")).sendKeys(member.password());
        driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
        waitFor(driver, By.id("write-post"));
    }

    private static void waitFor(WebDriver driver, By locator) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(locator));
    }
}
