package london.patchwork.server.connections;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import london.patchwork.server.testing.Browser;
import london.patchwork.server.testing.HubTest;
import london.patchwork.server.testing.TestMembers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** In real Chromium the network page's Cytoscape view draws every node the server drew, beside the SVG. */
@MicronautTest(transactional = false)
class NetworkBrowserIT extends HubTest {

    private Browser browser;

    @BeforeAll
    void openBrowser() {
        NetworkFixture.build(TestMembers.ADA.join(baseUrl()));
        browser = Browser.start();
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theInteractiveViewDrawsTheNodes() {
        var driver = browser.driver();
        driver.get(baseUrl() + "/network");
        long drawn = driver.findElements(By.cssSelector("#network-svg circle.network__node")).size();
        assertThat(drawn).isEqualTo(9);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(page ->
                page.findElement(By.id("network-cy")).getAttribute("data-drawn") != null
                        || page.findElement(By.id("network-cy")).getAttribute("data-error") != null);
        assertThat(driver.findElement(By.id("network-cy")).getAttribute("data-error")).isNull();
        Object inCy = driver.executeScript("return window.patchworkNetwork.nodes().length;");
        assertThat(((Number) inCy).longValue()).isEqualTo(drawn);
        assertThat(driver.findElement(By.id("network-cy")).isDisplayed()).isTrue();
        assertThat(driver.findElements(By.cssSelector("#network-cy canvas"))).isNotEmpty();
    }
}
