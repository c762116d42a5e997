package london.patchwork.server.site;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import london.patchwork.server.testing.Browser;
import london.patchwork.server.testing.HubTest;
import london.patchwork.server.testing.TestHubs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

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
    void pageHasOneMainLandmarkAndASkipLink() {
        var driver = browser.driver();
        driver.get(baseUrl() + "/");
        assertThat(driver.findElements(By.tagName("main"))).hasSize(1);
        WebElement skip = driver.findElement(By.cssSelector("a.skip-link"));
        assertThat(skip.getAttribute("href")).endsWith("#main");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en-GB");
    }
}
