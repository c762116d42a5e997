package london.patchwork.server.inbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import london.patchwork.server.posts.Post;
import london.patchwork.server.posts.PostMentions;
import london.patchwork.server.posts.RemotePostMapper;
import london.patchwork.server.testing.Activities;
import london.patchwork.server.testing.HostileInbox;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Well-signed posts built to cost: a reply at the end of an inReplyTo chain 10,000 deep, two replies to each
 * other, 10,000 mentions. Each is stored (bounded) or ignored without fetching the chain or recursing.
 */
@MicronautTest
class HostileContentIT extends HostileInbox {

    private static final int DEPTH = 10_000;

    @Inject PostMentions mentions;

    private URI status(String name) {
        return URI.create(bob + "/statuses/" + name);
    }

    private ObjectNode replyForHub(URI id, URI inReplyTo) {
        return Activities.note(id, bob, "<p>replying</p>", hub()).put("inReplyTo", inReplyTo.toString());
    }

    @Test
    void aReplyAtTheEndOfAChainTenThousandDeepIsStoredWithoutFetchingTheChain() {
        for (int i = 1; i < DEPTH; i++) {
            remote.put("/users/bob/statuses/chain-" + i, replyForHub(status("chain-" + i), status("chain-" + (i - 1)))
                    .put("@context", Activities.AS_CONTEXT));
        }
        ObjectNode last = replyForHub(status("chain-" + DEPTH), status("chain-" + (DEPTH - 1)));
        assertThat(deliverAndAwait(bob, Activities.create(bob, last)).state()).isEqualTo("done");

        Post stored = posts.findByUri(status("chain-" + DEPTH).toString()).orElseThrow();
        assertThat(stored.inReplyToUri()).isEqualTo(status("chain-" + (DEPTH - 1)).toString());
        assertThat(stored.inReplyToId()).isNull();
        for (int i = 1; i < DEPTH; i++) {
            assertThat(remote.getsOf("/users/bob/statuses/chain-" + i)).isZero();
        }
        assertThat(http().get("/api/v1/statuses/" + stored.id(), "application/json").statusCode()).isEqualTo(200);
    }

    @Test
    void postsReplyingToEachOtherAreStoredAndShown() {
        URI a = status("cycle-a");
        URI b = status("cycle-b");
        deliverAndAwait(bob, Activities.create(bob, replyForHub(a, b)));
        deliverAndAwait(bob, Activities.create(bob, replyForHub(b, a)));
        // Edited, a now points at b, which points at a: a cycle in the stored thread.
        ObjectNode edit = Activities.activity("Update", URI.create(a + "#updates/1"), bob,
                replyForHub(a, b).put("content", "<p>edited</p>"));
        assertThat(deliverAndAwait(bob, edit).state()).isEqualTo("done");

        Post first = posts.findByUri(a.toString()).orElseThrow();
        Post second = posts.findByUri(b.toString()).orElseThrow();
        assertThat(first.inReplyToId()).isEqualTo(second.id());
        assertThat(second.inReplyToId()).isEqualTo(first.id());
        for (Post post : new Post[]{first, second}) {
            var response = http().get("/api/v1/statuses/" + post.id(), "application/json");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"in_reply_to_id\"");
        }
    }

    @Test
    void tenThousandMentionsAreCappedQuickly() {
        URI id = status("shouty");
        ObjectNode note = Activities.note(id, bob, "<p>everyone look</p>", hub());
        ArrayNode tags = note.putArray("tag");
        ArrayNode cc = note.putArray("cc");
        for (int i = 0; i < DEPTH; i++) {
            tags.addObject().put("type", "Mention").put("href", remote.base() + "/u/" + i);
            if (i % 5 == 0) {
                cc.add(remote.base() + "/u/" + i);
            }
        }
        ObjectNode create = Activities.create(bob, note);
        assertThat(Activities.bytes(create).length).isLessThan(1024 * 1024);

        long started = System.nanoTime();
        deliver(bob, create, 202);
        long accepted = System.nanoTime();
        InboxActivity row = awaitProcessed(create.get("id").asText());
        System.out.printf("10,000 mentions: 202 after %d ms, %s after %d ms more%n",
                Duration.ofNanos(accepted - started).toMillis(), row.state(),
                Duration.ofNanos(System.nanoTime() - accepted).toMillis());
        assertThat(row.state()).isEqualTo("done");
        Post stored = posts.findByUri(id.toString()).orElseThrow();
        assertThat(mentions.of(stored.id())).hasSize(RemotePostMapper.MAX_ADDRESSEES);
        assertThat(stored.ccUris()).hasSizeLessThanOrEqualTo(RemotePostMapper.MAX_ADDRESSEES);
        assertThat(remote.getsOf("/u/0")).isZero();
    }
}
