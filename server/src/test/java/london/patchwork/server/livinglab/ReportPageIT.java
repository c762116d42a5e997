package london.patchwork.server.livinglab;

import london.patchwork.server.testing.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The written report.html opened from disk in headless Chromium, read as a facilitator would see it. */
class ReportPageIT {

    @TempDir
    Path out;

    @Test
    void aFacilitatorSeesTheFiguresChartsNetworksMapAndFaults() {
        LabReport report = ReportFilesTest.sample();
        Path html = ReportFiles.write(out, report).html();
        try (Browser browser = Browser.start()) {
            ChromeDriver driver = browser.driver();
            driver.get(html.toUri().toString());

            assertThat(driver.getTitle()).isEqualTo("Living Lab report: a week in " + ReportFilesTest.HOSTILE);
            assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
            assertThat(figure(driver, "published")).isEqualTo("1,234");
            assertThat(figure(driver, "delivered")).isEqualTo("4,990 of 5,000");
            assertThat(figure(driver, "lost")).isEqualTo("10");
            assertThat(figure(driver, "duplicates")).isEqualTo("3");
            assertThat(figure(driver, "p50")).isEqualTo("120 ms");
            assertThat(figure(driver, "p95")).isEqualTo("900 ms");
            assertThat(figure(driver, "p99")).isEqualTo("2.5 s");
            assertThat(figure(driver, "deliveries-per-second")).isEqualTo("37.5");
            assertThat(figure(driver, "failures")).isEqualTo("48 of 5,200");
            assertThat(figure(driver, "retries")).isEqualTo("40");
            assertThat(figure(driver, "wall")).isEqualTo("4 min 14 s");

            for (String id : List.of("chart-daily", "chart-propagation", "chart-memory", "network-before",
                    "network-after", "map")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> box = (Map<String, Object>) driver.executeScript(
                        "const r = document.getElementById(arguments[0]).getBoundingClientRect();"
                                + "return {width: r.width, height: r.height};", id);
                assertThat(((Number) box.get("width")).doubleValue()).as(id + " width").isGreaterThan(200);
                assertThat(((Number) box.get("height")).doubleValue()).as(id + " height").isGreaterThan(100);
            }
            // Side by side at this width: the two drawings share a row.
            assertThat(driver.findElement(By.id("network-before")).getLocation().getY())
                    .isEqualTo(driver.findElement(By.id("network-after")).getLocation().getY());
            assertThat(driver.findElements(By.cssSelector("#network-before circle")))
                    .hasSize(report.before().nodes().size());
            assertThat(driver.findElements(By.cssSelector("#network-after circle")))
                    .hasSize(report.after().nodes().size());
            assertThat(driver.findElements(By.cssSelector("#chart-daily rect.bar"))).hasSize(9);
            List<WebElement> points = driver.findElements(By.cssSelector("#map circle"));
            assertThat(points).hasSize(5);
            assertThat(points).allSatisfy(point -> assertThat(point.getRect().getWidth()).isPositive());

            WebElement faults = driver.findElement(By.id("faults"));
            assertThat(faults.findElement(By.cssSelector("tbody tr")).getText())
                    .startsWith("hub down Hackney 2 1 min 30 s 57 12.5 s 0");
            assertThat(faults.findElement(By.className("verdict")).getText()).contains("1 fault was injected.");
            assertThat(driver.findElement(By.id("network-metrics")).getText()).contains("Ties across hubs");
        }
    }

    private static String figure(ChromeDriver driver, String key) {
        return driver.findElement(By.cssSelector("[data-figure='" + key + "'] .value")).getText();
    }
}
