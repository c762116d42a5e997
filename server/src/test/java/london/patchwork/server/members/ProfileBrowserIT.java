package london.patchwork.server.members;

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

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A member signs in and edits their profile and community roles in a real browser, with the keyboard's labels. */
@MicronautTest(transactional = false)
class ProfileBrowserIT extends HubTest {

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
    void aMemberEditsTheirProfileAndCommunityRolesAndSeesThemOnTheirPage() {
        var driver = browser.driver();
        driver.get(baseUrl() + "/sign-in");
        driver.findElement(By.id("identifier")).sendKeys(TestMembers.ADA.handle());
        driver.findElement(By.id("password")).sendKeys(TestMembers.ADA.password());
        driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
        waitFor(driver, By.id("edit-profile"));
        driver.findElement(By.id("edit-profile")).click();
        waitFor(driver, By.id("profile-edit-heading"));

        // Every control has a label a screen reader announces, the roles' checkboxes included.
        for (String field : new String[]{"displayName", "bio", "role-adviser", "role-service-user", "field0Name",
                "field0Value", "discoverable"}) {
            assertThat(driver.findElements(By.cssSelector("label[for='" + field + "']"))).as(field).hasSize(1);
        }
        driver.findElement(By.id("displayName")).clear();
        driver.findElement(By.id("displayName")).sendKeys("Ada Lovelace");
        driver.findElement(By.id("bio")).sendKeys("I help people with benefits forms.");
        driver.findElement(By.cssSelector("label[for='role-adviser']")).click();
        driver.findElement(By.id("role-service-user")).sendKeys(" ");
        driver.findElement(By.id("field0Name")).sendKeys("Drop-in");
        // A value without a label: the page says so beside the field, and keeps everything typed.
        driver.findElement(By.id("save-profile")).click();
        waitFor(driver, By.id("field0-error"));
        assertThat(driver.findElement(By.id("field0Name")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(driver.findElement(By.id("displayName")).getAttribute("value")).isEqualTo("Ada Lovelace");
        assertThat(driver.findElement(By.id("role-adviser")).isSelected()).isTrue();
        assertThat(driver.findElement(By.id("role-service-user")).isSelected()).isTrue();

        driver.findElement(By.id("field0Value")).sendKeys("Tuesdays 10–12, Hackney Central library");
        driver.findElement(By.id("save-profile")).click();
        waitFor(driver, By.id("profile-saved"));

        driver.get(baseUrl() + "/@ada");
        waitFor(driver, By.id("profile-roles"));
        assertThat(driver.findElement(By.id("profile-heading")).getText()).isEqualTo("Ada Lovelace");
        assertThat(driver.findElement(By.id("profile-roles")).getText()).contains("Adviser").contains("Service user");
        assertThat(driver.findElement(By.id("profile-fields")).getText())
                .contains("Drop-in").contains("Tuesdays 10–12, Hackney Central library");

        driver.findElement(By.linkText("Adviser")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.urlToBe(baseUrl() + "/members?role=adviser"));
        waitFor(driver, By.id("directory"));
        assertThat(driver.findElement(By.id("directory")).getText()).contains("Ada Lovelace");
    }

    private static void waitFor(WebDriver driver, By element) {
        // A click returns before the page it opens has loaded: wait for what the page shows, not a fixed time.
        new WebDriverWait(driver, Duration.ofSeconds(10)).withMessage(driver::getPageSource)
                .until(ExpectedConditions.presenceOfElementLocated(element));
    }
}
