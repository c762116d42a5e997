package london.patchwork.server.aggregation;

import london.patchwork.server.testing.RunningHub;
import london.patchwork.server.testing.TestHubs;
import london.patchwork.server.testing.TestMembers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The organisers' page of joined hubs, with forms only: it adds Hackney, lists it with its backfill, removes it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganiseHubsIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private RunningHub hackney;
    private RunningHub london;

    @BeforeAll
    void start() {
        hackney = RunningHub.start(TestHubs.HACKNEY);
        london = RunningHub.start(TestHubs.LONDON);
    }

    @AfterAll
    void stop() {
        london.close();
        hackney.close();
    }

    @Test
    void anOrganiserAddsListsAndRemovesAHubWithForms() {
        TestMembers.SignedIn olu = TestMembers.OLU.join(london.baseUrl());
        HttpResponse<String> empty = olu.get("/organise/hubs", "text/html");
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body()).contains("<label for=\"handle\">").contains("id=\"no-hubs\"");
        assertThat(olu.get("/account", "text/html").body()).contains("href=\"/organise/hubs\"");

        HttpResponse<String> refused = olu.form("/organise/hubs", Map.of("handle", "not a handle"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("handle-error").contains("value=\"not a handle\"");

        String handle = HubsApi.handle(hackney, "hackney");
        HttpResponse<String> added = olu.form("/organise/hubs", Map.of("handle", handle));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        assertThat(added.body()).contains("Joined up with " + TestHubs.HACKNEY.displayName())
                .contains(handle);
        long id = london.rows().queryLong("select id from hubs where origin = ?", HubsApi.origin(hackney));
        await().atMost(PATIENCE).until(() -> olu.get("/organise/hubs", "text/html").body().contains("Fetched"));

        HttpResponse<String> removed = olu.form("/organise/hubs/" + id + "/remove", Map.of());
        assertThat(removed.statusCode()).isEqualTo(200);
        assertThat(removed.body()).contains("Removed the hub").contains("id=\"no-hubs\"");
        assertThat(london.rows().queryLong("select count(*) from hubs")).isZero();
    }

    @Test
    void onlyOrganisersOpenThePage() {
        TestMembers.SignedIn grace = TestMembers.GRACE.join(london.baseUrl());
        assertThat(grace.get("/organise/hubs", "text/html").statusCode()).isEqualTo(403);
        assertThat(grace.form("/organise/hubs", Map.of("handle", HubsApi.handle(hackney, "hackney")))
                .statusCode()).isEqualTo(403);
    }
}
