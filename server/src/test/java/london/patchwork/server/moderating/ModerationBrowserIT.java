package london.patchwork.server.moderating;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.testing.Browser;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.HubApi;
import london.patchwork.server.testing.HubTest;
import london.patchwork.server.testing.TestMembers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An organiser, in headless Chromium, resolves a member's report and blocks a domain from the moderation pages. */
@MicronautTest(transactional = false)
class ModerationBrowserIT extends HubTest {

    @Inject ActorRepository actors;

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
    void anOrganiserResolvesAReportAndBlocksADomain() {
        TestMembers.SignedIn ada = TestMembers.ADA.join(baseUrl());
        TestMembers.SignedIn olu = TestMembers.OLU.join(baseUrl());
        long hubId = actors.findLocal("hackney").orElseThrow().id();
        String reportId = ada.jsonOk("POST", "/api/v1/reports", "{\"account_id\":\"" + hubId
                + "\",\"comment\":\"The hub posted a phone number\"}").get("id").asText();
        // Members get no moderation pages; an action without a reason comes back with the error beside the field.
        assertThat(ada.get("/moderation", "text/html").statusCode()).isEqualTo(403);
        HttpResponse<String> noReason = olu.form("/moderation/reports/" + reportId, Map.of("action", "resolve"));
        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(noReason.body()).contains("id=\"why-" + reportId + "-error\"", "Say why");

        var driver = browser.driver();
        var wait = new WebDriverWait(driver, Duration.ofSeconds(10)).withMessage(driver::getPageSource);
        driver.get(baseUrl() + "/sign-in");
        driver.findElement(By.id("identifier")).sendKeys("olu");
        driver.findElement(By.id("password")).sendKeys(TestMembers.OLU.password());
        driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("account-handle")));

        driver.get(baseUrl() + "/moderation");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report-" + reportId)));
        assertThat(driver.findElement(By.id("report-" + reportId)).getText())
                .contains("The hub posted a phone number", "@ada@");
        assertThat(driver.findElements(By.cssSelector("label[for='why-" + reportId + "']"))).hasSize(1);
        driver.findElement(By.id("why-" + reportId)).sendKeys("Asked the organisers; the number is the hub's own");
        driver.findElement(By.id("resolve-" + reportId)).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("moderation-notice"), "Report resolved."));
        assertThat(driver.findElement(By.id("report-" + reportId)).getText()).contains("Resolved: resolved by @olu");

        driver.findElement(By.id("blocks-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("block-domain")));
        driver.findElement(By.id("domain")).sendKeys("spam.example");
        assertThat(driver.findElement(By.id("severity-suspend")).isSelected()).isTrue();
        driver.findElement(By.id("why")).sendKeys("A spam wave from its accounts");
        driver.findElement(By.id("block-domain")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("moderation-notice")));
        assertThat(driver.findElement(By.id("moderation-notice")).getText()).startsWith("spam.example blocked");
        assertThat(driver.findElement(By.id("domain-blocks")).getText()).contains("spam.example", "blocked",
                "A spam wave from its accounts");

        JsonNode blocks = HttpProbe.json(new HubApi(baseUrl()).send("GET", "/api/v1/admin/domain_blocks", Map.of()));
        assertThat(blocks.get(0).get("domain").asText()).isEqualTo("spam.example");
        assertThat(blocks.get(0).get("severity").asText()).isEqualTo("suspend");
        JsonNode log = olu.jsonOk("GET", "/api/patchwork/moderation/log", null);
        assertThat(log.get(0).get("action").asText()).isEqualTo("block domain");
        assertThat(log.get(0).get("by").asText()).isEqualTo("@olu");
        assertThat(log.get(1).get("action").asText()).isEqualTo("resolve report");
        assertThat(log.get(1).get("reason").asText()).isEqualTo("Asked the organisers; the number is the hub's own");
    }

    @Test
    void accountsAreSilencedAndLiftedFromTheBlocksPage() {
        TestMembers.SignedIn mo = TestMembers.MO.join(baseUrl());
        TestMembers.SignedIn grace = TestMembers.GRACE.join(baseUrl());
        HttpResponse<String> unknown = mo.form("/moderation/blocks/account", Map.of("account",
                "@nobody@nowhere.example", "severity", "suspend", "why", "spam"));
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(unknown.body()).contains("id=\"account-error\"", "value=\"@nobody@nowhere.example\"");

        HttpResponse<String> silenced = mo.form("/moderation/blocks/account", Map.of("account", "@grace",
                "severity", "silence", "why", "Shouting in every thread"));
        assertThat(silenced.statusCode()).isEqualTo(200);
        assertThat(silenced.body()).contains("@grace@", "silenced", "Shouting in every thread");
        assertThat(grace.get("/account", "text/html").statusCode()).as("silenced, not suspended").isEqualTo(200);

        String graceId = Long.toString(actors.findLocal("grace").orElseThrow().id());
        HttpResponse<String> lifted = mo.form("/moderation/blocks/lift-account", Map.of("target", graceId,
                "why", "Calmer now"));
        assertThat(lifted.statusCode()).isEqualTo(200);
        assertThat(lifted.body()).contains("id=\"account-blocks-none\"");
        assertThat(grace.get("/moderation/blocks", "text/html").statusCode()).isEqualTo(403);
    }
}
