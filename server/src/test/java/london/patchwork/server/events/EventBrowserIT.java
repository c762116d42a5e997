package london.patchwork.server.events;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import london.patchwork.server.testing.Browser;
import london.patchwork.server.testing.HubTest;
import london.patchwork.server.testing.TestMembers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member creates an event in a real browser (a bad latitude first: refused beside its field, what was typed
 * kept), answers it, finds the "add to calendar" link, puts an image on it; the month view lists it.
 */
@MicronautTest(transactional = false)
class EventBrowserIT extends HubTest {

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
    void aMemberCreatesAnEventAnswersItAndSeesAddToCalendar() {
        var driver = browser.driver();
        driver.get(baseUrl() + "/sign-in");
        driver.findElement(By.id("identifier")).sendKeys(TestMembers.ADA.handle());
        driver.findElement(By.id("password")).sendKeys(TestMembers.ADA.password());
        driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
        waitFor(driver, By.id("edit-profile"));

        driver.get(baseUrl() + "/events");
        waitFor(driver, By.id("events-heading"));
        driver.findElement(By.id("new-event")).click();
        waitFor(driver, By.id("save-event"));
        for (String field : new String[]{"title", "description", "start", "end", "time_zone", "place_name",
                "latitude", "longitude", "capacity", "join_mode"}) {
            assertThat(driver.findElements(By.cssSelector("label[for='" + field + "']"))).as(field).hasSize(1);
        }
        driver.findElement(By.id("title")).sendKeys("Bike repair workshop");
        driver.findElement(By.id("description")).sendKeys("Bring your bike and a **puncture**.");
        setValue(driver, "start", "2031-09-12T19:00");
        setValue(driver, "end", "2031-09-12T21:00");
        driver.findElement(By.id("place_name")).sendKeys("Hackney Wick Library");
        driver.findElement(By.id("latitude")).sendKeys("95");
        driver.findElement(By.id("longitude")).sendKeys("-0.02");
        driver.findElement(By.id("capacity")).sendKeys("12");
        driver.findElement(By.id("save-event")).click();
        waitFor(driver, By.id("latitude-error"));
        assertThat(driver.findElement(By.id("latitude-error")).getText()).contains("between -90 and 90");
        assertThat(driver.findElement(By.id("title")).getAttribute("value")).isEqualTo("Bike repair workshop");
        assertThat(driver.findElement(By.id("latitude")).getAttribute("aria-invalid")).isEqualTo("true");

        WebElement latitude = driver.findElement(By.id("latitude"));
        latitude.clear();
        latitude.sendKeys("51.543");
        driver.findElement(By.id("save-event")).click();
        waitFor(driver, By.id("event-heading"));
        assertThat(driver.findElement(By.id("event-heading")).getText()).isEqualTo("Bike repair workshop");
        assertThat(driver.findElement(By.id("event-when")).getText())
                .contains("Friday 12 September 2031, 19:00–21:00 (Europe/London)");
        assertThat(driver.findElement(By.id("event-map")).getText()).contains("51.54300, -0.02000");
        WebElement addToCalendar = driver.findElement(By.id("add-to-calendar"));
        assertThat(addToCalendar.getText()).isEqualTo("Add to calendar");
        assertThat(addToCalendar.getAttribute("href")).matches(".*/events/\\d+\\.ics");

        driver.findElement(By.id("rsvp-going")).click();
        driver.findElement(By.id("send-rsvp")).click();
        waitFor(driver, By.id("rsvp-state"));
        assertThat(driver.findElement(By.id("rsvp-state")).getText()).contains("Your answer: going");
        assertThat(driver.findElement(By.id("event-count")).getText()).contains("1 going, 11 places left");

        driver.findElement(By.id("event-image")).sendKeys(picture().toString());
        driver.findElement(By.id("event-image-description")).sendKeys("Bikes upside down on stands");
        driver.findElement(By.id("upload-event-image")).click();
        waitFor(driver, By.cssSelector("img.event__image"));
        assertThat(driver.findElement(By.cssSelector("img.event__image")).getAttribute("alt"))
                .isEqualTo("Bikes upside down on stands");

        driver.findElement(By.id("event-attendees")).click();
        waitFor(driver, By.id("attendee-table"));
        assertThat(driver.findElement(By.id("attendee-table")).getText()).contains("@ada@");
        assertThat(driver.findElement(By.id("attendees-csv")).getAttribute("href")).endsWith("/attendees.csv");

        driver.get(baseUrl() + "/events/2031/9");
        waitFor(driver, By.id("month-table"));
        assertThat(driver.findElement(By.id("day-2031-09-12")).getText()).contains("19:00 Bike repair workshop");
    }

    /** A small PNG to upload. */
    private static Path picture() {
        try {
            BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
            image.setRGB(5, 5, 0x336699);
            Path file = Files.createTempFile("event-", ".png");
            ImageIO.write(image, "png", file.toFile());
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void setValue(WebDriver driver, String id, String value) {
        // Date-time pickers take typed keys in the browser's locale; set the value the form will send instead.
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", driver.findElement(By.id(id)),
                value);
    }

    private static void waitFor(WebDriver driver, By element) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).withMessage(driver::getPageSource)
                .until(ExpectedConditions.presenceOfElementLocated(element));
    }
}
