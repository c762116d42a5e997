package london.patchwork.server.events;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.HubTest;
import london.patchwork.server.testing.TestHubs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import static london.patchwork.server.events.PartnerCalendar.vevent;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hub in production mode (a public domain set) refuses to subscribe to plain http, loopback and other addresses
 * it may not fetch, stores nothing for them, and never asks the calendar behind them.
 */
@MicronautTest(transactional = false)
class CalendarSubscriptionProductionIT extends HubTest {

    private PartnerCalendar partner;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("patchwork.domain", "hackney.example");
        return properties;
    }

    @BeforeAll
    void startPartner() {
        partner = new PartnerCalendar();
        partner.serve(vevent("inside@partner", "20270112T190000", "Inside the firewall"));
    }

    @AfterAll
    void stopPartner() {
        partner.close();
    }

    @Test
    void privateAndPlainHttpAddressesAreRefusedWithNothingStored() {
        int port = Integer.parseInt(partner.url().replaceAll(".*:(\\d+)/.*", "$1"));
        for (String url : new String[] {partner.url(), "https://127.0.0.1:" + port + "/feed.ics",
                "https://localhost:" + port + "/feed.ics", "https://[::1]:" + port + "/feed.ics",
                "file:///etc/passwd", "javascript:alert(1)"}) {
            HttpResponse<String> refused = subscribe(url);
            assertThat(refused.statusCode()).as(url + ": " + refused.body()).isEqualTo(422);
            assertThat(HttpProbe.json(refused).get("error").asText()).isNotBlank();
        }
        assertThat(partner.requests()).isZero();
        HttpResponse<String> listed = http().send(HttpRequest.newBuilder(
                        http().uri("/api/patchwork/calendar-subscriptions")).GET()
                .header("Authorization", "Bearer " + TestHubs.ORGANISER_TOKEN));
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(HttpProbe.json(listed)).isEmpty();
    }

    private HttpResponse<String> subscribe(String url) {
        return http().send(HttpRequest.newBuilder(http().uri("/api/patchwork/calendar-subscriptions"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"url\":\"" + url + "\"}"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + TestHubs.ORGANISER_TOKEN));
    }
}
