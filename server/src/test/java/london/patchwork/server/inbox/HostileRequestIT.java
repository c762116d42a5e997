package london.patchwork.server.inbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import london.patchwork.server.testing.Activities;
import london.patchwork.server.testing.HostileInbox;
import london.patchwork.server.testing.InboxPosts;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the inbox refuses before it looks at who signed: the wrong media type, a body too big, JSON that is
 * broken, too deep or not an activity, and no signature at all. Each is refused with its status and leaves
 * nothing behind; a redelivery is accepted and applied once.
 */
@MicronautTest
class HostileRequestIT extends HostileInbox {

    private ObjectNode createForHub(String statusId) {
        return Activities.create(bob, Activities.note(URI.create(bob + "/statuses/" + statusId), bob,
                "<p>hello hub</p>", hub()));
    }

    private HttpResponse<String> signedByBob(byte[] body) {
        return InboxPosts.signed(remote.signerFor(bob), inboxUrl(), body);
    }

    private void assertRefused(HttpResponse<String> response, int status, Stored before) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.body()).contains("\"error\"");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void unsignedIs401() {
        Stored before = stored();
        assertRefused(InboxPosts.unsigned(inboxUrl(), InboxPosts.ACTIVITY_JSON,
                Activities.bytes(createForHub("unsigned"))), 401, before);
    }

    @Test
    void plainTextIs415() {
        Stored before = stored();
        byte[] body = Activities.bytes(createForHub("plain"));
        assertRefused(InboxPosts.signed(remote.signerFor(bob), inboxUrl(), "text/plain", body, body,
                java.time.Instant.now()), 415, before);
    }

    @Test
    void fiveMebibytesIs413() {
        Stored before = stored();
        ObjectNode create = createForHub("big");
        char[] padding = new char[5 * 1024 * 1024];
        Arrays.fill(padding, 'a');
        ((ObjectNode) create.get("object")).put("content", new String(padding));
        HttpResponse<String> response = signedByBob(Activities.bytes(create));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void malformedJsonIs400() {
        Stored before = stored();
        byte[] truncated = ("{\"id\": \"" + bob + "/statuses/broken\", \"type\": \"Create\", \"actor\": ")
                .getBytes(StandardCharsets.UTF_8);
        assertRefused(signedByBob(truncated), 400, before);
        assertRefused(signedByBob("[]".getBytes(StandardCharsets.UTF_8)), 400, before);
    }

    @Test
    void jsonTenThousandLevelsDeepIs400AndTheHubCarriesOn() {
        Stored before = stored();
        String head = "{\"id\": \"" + bob + "/statuses/deep/activity\", \"type\": \"Create\", \"actor\": \"" + bob
                + "\", \"object\": ";
        String deep = head + "[".repeat(5_000) + "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000)
                + "]".repeat(5_000) + "}";
        assertRefused(signedByBob(deep.getBytes(StandardCharsets.UTF_8)), 400, before);

        ObjectNode after = createForHub("after-deep");
        deliverAndAwait(bob, after);
        assertThat(posts.findByUri(after.at("/object/id").asText())).isPresent();
    }

    @Test
    void activityWithoutIdOrActorIs400() {
        Stored before = stored();
        ObjectNode noId = createForHub("no-id");
        noId.remove("id");
        assertRefused(signedByBob(Activities.bytes(noId)), 400, before);
        ObjectNode noActor = createForHub("no-actor");
        noActor.remove("actor");
        assertRefused(signedByBob(Activities.bytes(noActor)), 400, before);
        ObjectNode notAUrl = createForHub("bad-id");
        notAUrl.put("id", "urn:uuid:0c1f5c3e-4f6e-4a43-8a52-0d2f8d7b2a1e");
        assertRefused(signedByBob(Activities.bytes(notAUrl)), 400, before);
    }

    @Test
    void redeliveryIsAcceptedAndAppliedOnce() {
        ObjectNode create = createForHub("twice");
        String id = create.get("id").asText();
        InboxActivity first = deliverAndAwait(bob, create);
        assertThat(first.state()).isEqualTo("done");
        Stored afterFirst = stored();

        deliver(bob, create, 202);
        deliver(bob, create, 202);

        assertThat(stored()).isEqualTo(afterFirst);
        InboxActivity row = inbox.findByActivityUri(id).orElseThrow();
        assertThat(row.id()).isEqualTo(first.id());
        assertThat(row.attempts()).isEqualTo(1);
        assertThat(row.processedAt()).isEqualTo(first.processedAt());
    }
}
