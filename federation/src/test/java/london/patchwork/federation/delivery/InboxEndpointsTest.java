package london.patchwork.federation.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class InboxEndpointsTest {

    @Test
    void readsTheSharedInboxFromEndpoints() throws Exception {
        InboxEndpoints endpoints = InboxEndpoints.fromActor(AudienceTest.fixture("actor-shared-inbox.json")).orElseThrow();

        assertThat(endpoints.inbox()).isEqualTo(URI.create("https://masto.example/users/carol/inbox"));
        assertThat(endpoints.sharedInboxUrl()).contains(URI.create("https://masto.example/inbox"));
        assertThat(endpoints.preferred()).isEqualTo(URI.create("https://masto.example/inbox"));
    }

    @Test
    void anActorWithoutASharedInboxIsDeliveredToPersonally() throws Exception {
        InboxEndpoints endpoints = InboxEndpoints.fromActor(AudienceTest.fixture("actor-personal-inbox.json")).orElseThrow();

        assertThat(endpoints.sharedInboxUrl()).isEmpty();
        assertThat(endpoints.preferred()).isEqualTo(URI.create("https://gts.example/users/dave/inbox"));
    }

    @Test
    void readsATopLevelSharedInboxAndIgnoresUnusableOnes() throws Exception {
        var json = AudienceTest.JSON;

        assertThat(InboxEndpoints.fromActor(json.readTree(
                "{\"inbox\":\"https://m.example/u/inbox\",\"sharedInbox\":\"https://m.example/inbox\"}")).orElseThrow()
                .sharedInboxUrl()).contains(URI.create("https://m.example/inbox"));
        assertThat(InboxEndpoints.fromActor(json.readTree(
                "{\"inbox\":\"https://m.example/u/inbox\",\"endpoints\":{\"sharedInbox\":\"javascript:x\"}}")).orElseThrow()
                .sharedInboxUrl()).isEmpty();
    }

    @Test
    void hasNoEndpointsWithoutAnHttpInbox() throws Exception {
        var json = AudienceTest.JSON;

        assertThat(InboxEndpoints.fromActor(json.readTree("{\"type\":\"Person\"}"))).isEmpty();
        assertThat(InboxEndpoints.fromActor(json.readTree("{\"inbox\":[\"https://m.example/inbox\"]}"))).isEmpty();
        assertThat(InboxEndpoints.fromActor(json.readTree("{\"inbox\":\"https://{{DOMAIN}}/inbox\"}"))).isEmpty();
        assertThat(InboxEndpoints.fromActor(json.readTree("[]"))).isEmpty();
        assertThat(InboxEndpoints.fromActor(null)).isEmpty();
    }
}
