package london.patchwork.server.site;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import com.fasterxml.jackson.databind.node.ObjectNode;
import london.patchwork.server.testing.Browser;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.RemoteServer;
import london.patchwork.server.testing.HubTest;
import london.patchwork.server.testing.TestHubs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** What a person sees when they open the hub's home page in a real browser. */
@MicronautTest
class HomePageBrowserIT extends HubTest {

    private Browser browser;

    @BeforeAll
    void openBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void visitorSeesTheHubAndHowToFollowItFromMastodon() {
        var driver = browser.driver();
        driver.get(baseUrl() + "/");

        assertThat(driver.getTitle()).isEqualTo(TestHubs.HACKNEY.displayName());
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(TestHubs.HACKNEY.displayName());
        assertThat(driver.findElement(By.cssSelector(".hub-card__summary")).getText())
                .isEqualTo(TestHubs.HACKNEY.summary());

        String authority = baseUrl().substring("http://".length());
        WebElement handle = driver.findElement(By.id("hub-handle"));
        assertThat(handle.isDisplayed()).isTrue();
        assertThat(handle.getText()).isEqualTo("@hackney@" + authority);
        assertThat(driver.findElement(By.id("hub-actor-url")).getText()).isEqualTo(baseUrl() + "/actors/hackney");

        WebElement notice = driver.findElement(By.id("local-mode"));
        assertThat(notice.isDisplayed()).isTrue();
        assertThat(notice.getText()).contains("Local mode");

        // The stylesheet loaded: the header is painted in the accent colour, not the browser default.
        String headerColour = driver.findElement(By.cssSelector(".site-header")).getCssValue("background-color");
        assertThat(headerColour).isEqualTo("rgba(11, 92, 74, 1)");
    }

    @Test
    void visitorIsSentToTheirOwnServerToFollow() {
        try (RemoteServer mastodon = new RemoteServer()) {
            ObjectNode jrd = (ObjectNode) HttpProbe.json("{}");
            jrd.put("subject", "acct:alice@127.0.0.1");
            jrd.putArray("links").addObject().put("rel", "http://ostatus.org/schema/1.0/subscribe")
                    .put("template", mastodon.base() + "/authorize_interaction?uri={uri}");
            mastodon.put("/.well-known/webfinger", jrd);

            var driver = browser.driver();
            driver.get(baseUrl() + "/");
            driver.findElement(By.id("follow-handle")).sendKeys("@alice@" + mastodon.uri("/").getAuthority());
            driver.findElement(By.cssSelector(".follow__form button")).click();

            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(d -> d.getCurrentUrl().startsWith(mastodon.base() + "/authorize_interaction"));
            assertThat(URLDecoder.decode(driver.getCurrentUrl(), StandardCharsets.UTF_8))
                    .endsWith("uri=" + baseUrl() + "/actors/hackney");
        }
    }

    @Test
    void aMistypedHandleIsExplained() {
        var driver = browser.driver();
        driver.get(baseUrl() + "/");
        driver.findElement(By.id("follow-handle")).sendKeys("not a handle");
        driver.findElement(By.cssSelector(".follow__form button")).click();
        // The click returns before the answer has loaded: wait for it.
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("notice-heading")));
        assertThat(driver.findElement(By.id("notice-heading")).getText()).isEqualTo("That doesn't look like a handle");
        assertThat(driver.findElement(By.id("notice-message")).getText()).contains("@you@mastodon.social");
    }

    @Test
    void pageHasOneMainLandmarkAndASkipLink() {
        var driver = browser.driver();
        driver.get(baseUrl() + "/");
        assertThat(driver.findElements(By.tagName("main"))).hasSize(1);
        WebElement skip = driver.findElement(By.cssSelector("a.skip-link"));
        assertThat(skip.getAttribute("href")).endsWith("#main");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en-GB");
    }
}
