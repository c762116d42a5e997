package london.patchwork.server.connections;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
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

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser, without JavaScript needed: an organiser proposes the top suggestion on the weavers' page, and
 * a member accepts it on their introductions page; once the other end accepts, the tie exists.
 */
@MicronautTest(transactional = false)
class IntroductionBrowserIT extends HubTest {

    @Inject
    ConnectionService connections;

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
    void aMemberAcceptsASuggestedIntroduction() {
        TestMembers.OLU.join(baseUrl());
        TestMembers.SignedIn ada = TestMembers.ADA.join(baseUrl());
        TestMembers.SignedIn grace = TestMembers.GRACE.join(baseUrl());
        String hall = ada.jsonOk("POST", "/api/patchwork/assets", """
                {"kind": "place", "category": "physical-spaces", "name": "Round Chapel Hall"}""").get("id").asText();
        ada.jsonOk("POST", "/api/patchwork/connections", """
                {"type": "member-of", "subject": {"account": "%s"}, "object": {"asset": "%s"}}"""
                .formatted(TestMembers.ADA.handle(), hall));
        grace.jsonOk("POST", "/api/patchwork/connections", """
                {"type": "member-of", "subject": {"account": "%s"}, "object": {"asset": "%s"}}"""
                .formatted(TestMembers.GRACE.handle(), hall));

        WebDriver driver = browser.driver();
        signIn(driver, TestMembers.OLU);
        driver.get(baseUrl() + "/network/introductions");
        waitFor(driver, By.id("suggestions"));
        assertThat(driver.findElement(By.id("suggestions")).getText()).contains("both work with Round Chapel Hall");
        driver.findElement(By.cssSelector("#suggestions li input[name=message]"))
                .sendKeys("You both volunteer at the Round Chapel");
        driver.findElement(By.cssSelector("#suggestions li button[type=submit]")).click();
        waitFor(driver, By.id("weaver-notice"));
        assertThat(driver.findElement(By.id("introductions")).getText()).contains("pending");

        driver.manage().deleteAllCookies();
        signIn(driver, TestMembers.GRACE);
        driver.get(baseUrl() + "/introductions");
        waitFor(driver, By.id("awaiting"));
        assertThat(driver.findElement(By.id("awaiting")).getText()).contains("You both volunteer at the Round Chapel");
        driver.findElement(By.cssSelector("#awaiting button[id^=accept-]")).click();
        waitFor(driver, By.id("introductions-notice"));
        assertThat(driver.findElement(By.id("introductions-notice")).getText()).contains("You accepted");
        assertThat(driver.findElements(By.cssSelector("#awaiting li"))).isEmpty();

        String id = ada.jsonOk("GET", "/api/patchwork/introductions/awaiting", null).get(0).get("id").asText();
        ada.jsonOk("POST", "/api/patchwork/introductions/" + id + "/accept", null);
        long graceId = ada.jsonOk("GET", "/api/patchwork/introductions/awaiting", null).size();
        assertThat(graceId).isZero();
        assertThat(connections.network().links()).anySatisfy(link -> {
            assertThat(link.type()).isEqualTo("partners-with");
            assertThat(link.from() + " " + link.to()).contains("/actors/ada").contains("/actors/grace");
        });
    }

    private void signIn(WebDriver driver, TestMembers member) {
        driver.get(baseUrl() + "/sign-in");
        driver.findElement(By.id("identifier")).sendKeys(member.handle());
        driver.findElement(By.id("password")).sendKeys(member.password());
        driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
        waitFor(driver, By.id("edit-profile"));
    }

    private static void waitFor(WebDriver driver, By element) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).withMessage(driver::getPageSource)
                .until(ExpectedConditions.presenceOfElementLocated(element));
    }
}
