package london.patchwork.server.assets;

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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The maps in a real browser: a member places a new asset by clicking the form's map, and the map page's filters
 * change its markers (counted through the clusters) and the list beside it.
 */
@MicronautTest(transactional = false)
class MapBrowserIT extends HubTest {

    /** The form's map opens on central London at zoom 10, where a pixel is about 0.0014° of longitude. */
    private static final double CENTRE_LATITUDE = 51.5072;
    private static final double CENTRE_LONGITUDE = -0.1276;

    @Inject
    AssetRepository assets;

    private Browser browser;
    private TestMembers.SignedIn grace;

    @BeforeAll
    void openBrowser() {
        TestMembers.ADA.join(baseUrl());
        grace = TestMembers.GRACE.join(baseUrl());
        browser = Browser.start();
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aMemberAddsAnAssetByClickingAPointOnTheMap() {
        WebDriver driver = browser.driver();
        signIn(driver);
        driver.get(baseUrl() + "/assets/new");
        waitFor(driver, By.cssSelector("#place-map.leaflet-container"));
        driver.findElement(By.id("name")).sendKeys("Hackney Marshes changing rooms");
        new Select(driver.findElement(By.id("category"))).selectByValue("gifts");
        WebElement map = driver.findElement(By.id("place-map"));
        assertThat(driver.findElement(By.id("latitude")).getAttribute("value")).isEmpty();

        new Actions(driver).moveToElement(map).click().perform();
        waitUntil(driver, d -> !d.findElement(By.id("latitude")).getAttribute("value").isEmpty());
        assertThat(number(driver, "latitude")).isCloseTo(CENTRE_LATITUDE, within(0.005));
        assertThat(number(driver, "longitude")).isCloseTo(CENTRE_LONGITUDE, within(0.005));

        // A second click up and to the right moves the point north and east.
        new Actions(driver).moveToElement(map, 120, -60).click().perform();
        waitUntil(driver, d -> number(d, "longitude") > CENTRE_LONGITUDE + 0.1);
        double latitude = number(driver, "latitude");
        double longitude = number(driver, "longitude");
        assertThat(latitude).isBetween(CENTRE_LATITUDE + 0.02, CENTRE_LATITUDE + 0.08);
        assertThat(longitude).isCloseTo(CENTRE_LONGITUDE + 120 * 360.0 / (256 * 1024), within(0.005));
        assertThat(map.findElements(By.cssSelector(".leaflet-marker-icon"))).hasSize(1);

        driver.findElement(By.id("save-asset")).click();
        waitFor(driver, By.id("asset-heading"));
        long id = Long.parseLong(driver.getCurrentUrl().substring(driver.getCurrentUrl().lastIndexOf('/') + 1));
        Asset saved = assets.findById(id).orElseThrow();
        assertThat(saved.name()).isEqualTo("Hackney Marshes changing rooms");
        assertThat(saved.latitude()).isCloseTo(latitude, within(1e-6));
        assertThat(saved.longitude()).isCloseTo(longitude, within(1e-6));

        // Editing it, the map opens on the saved point with its marker there.
        driver.get(baseUrl() + "/assets/" + id + "/edit");
        waitFor(driver, By.cssSelector("#place-map .leaflet-marker-icon"));
        assertThat(driver.findElement(By.id("latitude")).getAttribute("value")).isEqualTo(String.valueOf(latitude));
    }

    @Test
    void filteringTheMapChangesItsMarkersAndTheList() {
        add("place", "Clapton Community Garden", "garden", 51.5589, -0.0555);
        add("place", "Hackney City Farm garden", "garden", 51.5330, -0.0640);
        add("place", "Dalston Eastern Curve Garden", "garden", 51.5469, -0.0742);
        add("service", "Brixton Advice Centre", "advice", 51.4613, -0.1156);
        add("service", "Stockwell Law Clinic", "advice", 51.4723, -0.1230);

        WebDriver driver = browser.driver();
        // The asset the other test places is a gift: this one's markers are the physical spaces.
        driver.get(baseUrl() + "/map?category=physical-spaces");
        waitFor(driver, By.cssSelector("#asset-map[data-state='loaded']"));
        waitUntil(driver, d -> markers(d) == 5);
        assertThat(driver.findElements(By.cssSelector("#map-list li"))).hasSize(5);
        assertThat(driver.getCurrentUrl()).contains("bbox=");
        assertThat(driver.findElement(By.id("filter-bbox")).getAttribute("value")).matches("[-0-9.]+(,[-0-9.]+){3}");

        new Select(driver.findElement(By.id("filter-kind"))).selectByValue("service");
        submitFilters(driver);
        waitUntil(driver, d -> markers(d) == 2);
        assertThat(names(driver)).containsExactly("Brixton Advice Centre", "Stockwell Law Clinic");
        assertThat(driver.getCurrentUrl()).contains("kind=service", "bbox=");

        new Select(driver.findElement(By.id("filter-kind"))).selectByValue("");
        driver.findElement(By.id("filter-q")).sendKeys("garden");
        submitFilters(driver);
        waitUntil(driver, d -> markers(d) == 3);
        assertThat(names(driver)).containsExactly("Clapton Community Garden", "Dalston Eastern Curve Garden",
                "Hackney City Farm garden");
        assertThat(driver.findElement(By.id("map-list-status")).getText()).contains("3 assets in this area");
    }

    private void add(String kind, String name, String tag, double latitude, double longitude) {
        grace.jsonOk("POST", "/api/patchwork/assets", "{\"kind\": \"" + kind + "\", \"category\": "
                + "\"physical-spaces\", \"name\": \"" + name + "\", \"tags\": [\"" + tag + "\"], \"latitude\": "
                + latitude + ", \"longitude\": " + longitude + "}");
    }

    private void signIn(WebDriver driver) {
        driver.get(baseUrl() + "/sign-in");
        driver.findElement(By.id("identifier")).sendKeys(TestMembers.ADA.handle());
        driver.findElement(By.id("password")).sendKeys(TestMembers.ADA.password());
        driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
        waitFor(driver, By.id("edit-profile"));
    }

    /** Submits the filters and waits for the new page's map to load its markers. */
    private static void submitFilters(WebDriver driver) {
        WebElement old = driver.findElement(By.id("asset-map"));
        driver.findElement(By.id("filter-map")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(old));
        waitFor(driver, By.cssSelector("#asset-map[data-state='loaded']"));
    }

    /** The assets the map draws: one per single marker, a cluster's count for each cluster. */
    private static int markers(WebDriver driver) {
        int count = 0;
        for (WebElement icon : driver.findElements(By.cssSelector("#asset-map .leaflet-marker-icon"))) {
            String classes = icon.getAttribute("class");
            count += classes.contains("marker-cluster") ? Integer.parseInt(icon.getText().strip()) : 1;
        }
        return count;
    }

    private static List<String> names(WebDriver driver) {
        return driver.findElements(By.cssSelector("#map-list li > a")).stream().map(WebElement::getText).toList();
    }

    private static double number(WebDriver driver, String field) {
        return Double.parseDouble(driver.findElement(By.id(field)).getAttribute("value"));
    }

    private static void waitUntil(WebDriver driver, java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).withMessage(driver::getPageSource).until(condition);
    }

    private static void waitFor(WebDriver driver, By element) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).withMessage(driver::getPageSource)
                .until(ExpectedConditions.presenceOfElementLocated(element));
    }
}
