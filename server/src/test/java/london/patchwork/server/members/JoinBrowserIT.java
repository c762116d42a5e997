package london.patchwork.server.members;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import london.patchwork.server.testing.Browser;
import london.patchwork.server.testing.HubTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** An invited person joins in a real browser, fixing a mistake on the way, then signs in and out. (Not transactional: the invitation is
 * made through the bean and must be committed for the hub to see it.) */
@MicronautTest(transactional = false)
class JoinBrowserIT extends HubTest {

    @Inject Invitations invitations;

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
    void anInvitedPersonJoinsFixesWhatTheFormPointsOutAndHasAPage() {
        String link = invitations.invite(MemberRole.MEMBER, Duration.ofDays(1), "browser test").url().toString();
        var driver = browser.driver();
        driver.get(link);
        assertThat(driver.findElement(By.id("join-heading")).getText()).startsWith("Join ");
        // Every field is labelled, so a screen reader announces it.
        for (String field : new String[]{"handle", "displayName", "email", "password"}) {
            assertThat(driver.findElements(By.cssSelector("label[for='" + field + "']"))).as(field).hasSize(1);
        }

        driver.findElement(By.id("handle")).sendKeys("ada_l");
        driver.findElement(By.id("displayName")).sendKeys("Ada Lovelace");
        driver.findElement(By.id("email")).sendKeys("ada@example.org");
        driver.findElement(By.id("password")).sendKeys("short");
        driver.findElement(By.cssSelector("form.form button[type=submit]")).click();

        new WebDriverWait(driver, Duration.ofSeconds(10)).withMessage(() -> driver.getPageSource())
                .until(ExpectedConditions.presenceOfElementLocated(By.id("form-errors")));
        WebElement passwordError = driver.findElement(By.id("password-error"));
        assertThat(passwordError.isDisplayed()).isTrue();
        assertThat(passwordError.getText()).contains("at least 10");
        WebElement password = driver.findElement(By.id("password"));
        assertThat(password.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(password.getAttribute("aria-describedby")).contains("password-error");
        assertThat(password.getAttribute("value")).isEmpty();
        // What was typed is still there.
        assertThat(driver.findElement(By.id("handle")).getAttribute("value")).isEqualTo("ada_l");
        assertThat(driver.findElement(By.id("email")).getAttribute("value")).isEqualTo("ada@example.org");
        assertThat(driver.findElements(By.id("handle-error"))).isEmpty();

        password.sendKeys("analytical-engine-1843");
        driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
        String authority = baseUrl().substring("http://".length());
        new WebDriverWait(driver, Duration.ofSeconds(10)).withMessage(() -> driver.getPageSource())
                .until(ExpectedConditions.presenceOfElementLocated(By.id("notice-heading")));
        assertThat(driver.findElement(By.id("notice-heading")).getText()).isEqualTo("Welcome, Ada Lovelace");
        assertThat(driver.findElement(By.id("notice-message")).getText()).contains("@ada_l@" + authority);

        driver.get(baseUrl() + "/actors/ada_l");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(baseUrl() + "/@ada_l"));
        assertThat(driver.findElement(By.id("profile-heading")).getText()).isEqualTo("Ada Lovelace");
        assertThat(driver.findElement(By.id("profile-handle")).getText()).isEqualTo("@ada_l@" + authority);

        driver.get(link);
        assertThat(driver.findElement(By.id("notice-heading")).getText()).isEqualTo("This invitation has been used");

        // Signing in from the navigation, then out.
        driver.get(baseUrl() + "/");
        driver.findElement(By.linkText("Your account")).click();
        // A click returns before the page it opens has loaded: wait for the page, not a fixed time.
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(baseUrl() + "/sign-in"));
        driver.findElement(By.id("identifier")).sendKeys("ada@example.org");
        driver.findElement(By.id("password")).sendKeys("analytical-engine-1843");
        driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).withMessage(() -> driver.getPageSource())
                .until(ExpectedConditions.presenceOfElementLocated(By.id("account-handle")));
        assertThat(driver.getCurrentUrl()).isEqualTo(baseUrl() + "/account");
        assertThat(driver.findElement(By.id("account-handle")).getText()).isEqualTo("@ada_l@" + authority);
        driver.findElement(By.id("sign-out")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(baseUrl() + "/"));
        driver.get(baseUrl() + "/account");
        assertThat(driver.getCurrentUrl()).isEqualTo(baseUrl() + "/sign-in");
    }
}
