package london.patchwork.server.apps;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import london.patchwork.server.testing.AppAuthorisations;
import london.patchwork.server.testing.AppAuthorisations.App;
import london.patchwork.server.testing.Browser;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.HubTest;
import london.patchwork.server.testing.TestMembers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A member authorises an app in a real browser: signed out, they sign in, consent, and copy the code. */
@MicronautTest(transactional = false)
class AuthoriseAppBrowserIT extends HubTest {

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
    void aSignedOutMemberSignsInThroughTheAuthorisationPageConsentsAndSeesTheCode() {
        TestMembers.ADA.join(baseUrl());
        App app = AppAuthorisations.register(http(), "Tusky", AppAuthorisations.OOB, "read write follow");
        var driver = browser.driver();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.withMessage(driver::getPageSource);

        driver.get(baseUrl() + AppAuthorisations.authorizePath(app, AppAuthorisations.OOB, "read write", null, null));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("identifier")));
        assertThat(driver.getCurrentUrl()).contains("/sign-in?next=");
        driver.findElement(By.id("identifier")).sendKeys("ada");
        driver.findElement(By.id("password")).sendKeys(TestMembers.ADA.password());
        driver.findElement(By.cssSelector("form.form button[type=submit]")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("consent-heading")));
        assertThat(driver.findElement(By.id("consent-heading")).getText()).isEqualTo("Authorise Tusky?");
        assertThat(driver.findElement(By.id("consent-member")).getText()).startsWith("@ada@");
        assertThat(driver.findElement(By.id("consent-permissions")).getText())
                .contains("read everything in your account").contains("post, edit and delete as you");
        assertThat(driver.findElements(By.cssSelector("button#deny"))).hasSize(1);

        driver.findElement(By.id("authorise")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("oob-code")));
        assertThat(driver.findElements(By.cssSelector("label[for='oob-code']"))).hasSize(1);
        String code = driver.findElement(By.id("oob-code")).getAttribute("value");
        assertThat(code).hasSize(43);

        String token = AppAuthorisations.exchange(http(), app, code, AppAuthorisations.OOB, null);
        var me = AppAuthorisations.get(http(), "/api/v1/accounts/verify_credentials", token);
        assertThat(HttpProbe.json(me).get("username").asText()).isEqualTo("ada");

        // The member's list of apps shows it, reached from their account page.
        driver.get(baseUrl() + "/account");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("authorised-apps")));
        driver.findElement(By.id("authorised-apps")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("apps-heading")));
        assertThat(driver.findElement(By.id("app-list")).getText()).contains("Tusky");
    }
}
