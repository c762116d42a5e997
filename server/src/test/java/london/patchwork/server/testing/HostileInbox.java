package london.patchwork.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.inbox.InboxActivity;
import london.patchwork.server.inbox.InboxActivityRepository;
import london.patchwork.server.posts.PostRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Base for the hostile-inbox tests: one hub, one stand-in remote server with {@code bob} on it, and the
 * checks every case needs (the status, then what was and was not stored).
 */
public abstract class HostileInbox extends HubTest {

    @Inject protected InboxActivityRepository inbox;
    @Inject protected PostRepository posts;
    @Inject protected ActorRepository actors;

    protected RemoteServer remote;
    protected URI bob;

    /** What a refused request must leave unchanged. */
    public record Stored(long inboxActivities, long posts, long actors) {
    }

    @BeforeAll
    void startRemote() {
        remote = new RemoteServer();
        bob = remote.addActor("bob");
    }

    @AfterAll
    void stopRemote() {
        remote.close();
    }

    protected String inboxUrl() {
        return baseUrl() + "/inbox";
    }

    /** The hub's Group actor. */
    protected URI hub() {
        return URI.create(baseUrl() + "/actors/hackney");
    }

    protected Stored stored() {
        return new Stored(inbox.count(), posts.count(), actors.count());
    }

    /** Delivers as {@code actor}, signed the way Mastodon signs, and expects the given status. */
    protected HttpResponse<String> deliver(URI actor, JsonNode activity, int expectedStatus) {
        HttpResponse<String> response = remote.deliver(actor, inboxUrl(), activity);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        return response;
    }

    /** Waits until a worker has applied or ignored the stored activity, and returns its row. */
    protected InboxActivity awaitProcessed(String activityId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> inbox.findByActivityUri(activityId)
                .map(row -> !row.state().equals("pending")).orElse(false));
        return inbox.findByActivityUri(activityId).orElseThrow();
    }

    protected InboxActivity deliverAndAwait(URI actor, JsonNode activity) {
        deliver(actor, activity, 202);
        return awaitProcessed(activity.get("id").asText());
    }
}
