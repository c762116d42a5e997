package london.patchwork.server.inbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import london.patchwork.federation.signatures.KeyPairs;
import london.patchwork.federation.signatures.PemKeys;
import london.patchwork.federation.signatures.RequestSigner;
import london.patchwork.server.http.CanonicalUris;
import london.patchwork.server.posts.Post;
import london.patchwork.server.testing.Activities;
import london.patchwork.server.testing.HostileInbox;
import london.patchwork.server.testing.InboxPosts;
import london.patchwork.server.testing.RemoteServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signed by the right actor, but about what that actor does not own: objects on another host or by another
 * author, other actors' posts and accounts, a public key swapped in an Update. All are accepted (202: the
 * sender is who it says) and then change nothing. Hosts spelled differently are one host.
 */
@MicronautTest
class HostileOriginIT extends HostileInbox {

    private RemoteServer other;
    private URI carol;

    @BeforeAll
    void moreActors() {
        carol = remote.addActor("carol");
        other = new RemoteServer("localhost");
    }

    @AfterAll
    void stopOther() {
        other.close();
    }

    private ObjectNode noteForHub(URI id, URI author) {
        return Activities.note(id, author, "<p>hello hub</p>", hub());
    }

    private void assertIgnored(URI sender, ObjectNode activity, String why) {
        InboxActivity row = deliverAndAwait(sender, activity);
        assertThat(row.state()).isEqualTo("ignored");
        assertThat(row.outcome()).contains(why);
    }

    @Test
    void objectsOnAnotherHostOrByAnotherAuthorAreNotStored() {
        URI elsewhere = other.uri("/notes/1");
        assertIgnored(bob, Activities.create(bob, noteForHub(elsewhere, bob)), "is not by");
        assertThat(posts.findByUri(elsewhere.toString())).isEmpty();

        URI carolsNote = URI.create(carol + "/statuses/by-bob");
        assertIgnored(bob, Activities.create(bob, noteForHub(carolsNote, carol)), "is not by");
        assertThat(posts.findByUri(carolsNote.toString())).isEmpty();

        // Named by id only, on another host: refused before anything is fetched.
        URI fetched = other.uri("/notes/2");
        other.put("/notes/2", noteForHub(fetched, bob).put("@context", Activities.AS_CONTEXT));
        ObjectNode byReference = Activities.activity("Create", URI.create(bob + "/statuses/ref/activity"), bob,
                Activities.object().textNode(fetched.toString()));
        assertIgnored(bob, byReference, "is not by");
        assertThat(other.getsOf("/notes/2")).isZero();
        assertThat(posts.findByUri(fetched.toString())).isEmpty();
    }

    @Test
    void onlyTheAuthorEditsOrDeletesAPost() {
        URI noteId = URI.create(bob + "/statuses/bobs-own");
        deliverAndAwait(bob, Activities.create(bob, noteForHub(noteId, bob)));
        String content = posts.findByUri(noteId.toString()).orElseThrow().contentHtml();

        ObjectNode edited = noteForHub(noteId, carol).put("content", "<p>carol was here</p>");
        assertIgnored(carol, Activities.activity("Update", URI.create(carol + "#updates/1"), carol, edited),
                "may not edit");
        assertIgnored(carol, Activities.activity("Delete", URI.create(carol + "#deletes/1"), carol,
                Activities.object().textNode(noteId.toString())), "may not delete");

        Post after = posts.findByUri(noteId.toString()).orElseThrow();
        assertThat(after.contentHtml()).isEqualTo(content);
        assertThat(after.deleted()).isFalse();
    }

    @Test
    void anActorDeletesOnlyItself() {
        deliverAndAwait(carol, Activities.create(carol, noteForHub(URI.create(carol + "/statuses/1"), carol)));
        // Not bob himself, so not an actor's Delete at all: a Delete of a post we do not hold.
        assertIgnored(bob, Activities.activity("Delete", URI.create(bob + "#deletes/carol"), bob,
                Activities.object().textNode(carol.toString())), "we do not hold " + carol);
        assertThat(actors.findByUri(carol.toString())).isPresent();
    }

    @Test
    void anUpdateThatSwapsThePublicKeyKeepsWhatTheOriginServes() {
        URI erin = remote.addActor("erin");
        deliverAndAwait(erin, Activities.create(erin, noteForHub(URI.create(erin + "/statuses/1"), erin)));
        String original = PemKeys.encode(remote.keyOf(erin).getPublic());

        ObjectNode swapped = actorDocument(erin, PemKeys.encode(KeyPairs.rsa2048().getPublic()));
        assertThat(deliverAndAwait(erin, Activities.activity("Update", URI.create(erin + "#updates/1"), erin,
                swapped)).state()).isEqualTo("done");
        assertThat(actors.findByUri(erin.toString()).orElseThrow().publicKeyPem()).isEqualTo(original);

        // Erin's origin really rotates the key and says so, signing with the old key one last time.
        RequestSigner oldKey = remote.signerFor(erin);
        remote.addActor("erin");
        String rotated = PemKeys.encode(remote.keyOf(erin).getPublic());
        ObjectNode announce = Activities.activity("Update", URI.create(erin + "#updates/2"), erin,
                actorDocument(erin, rotated));
        assertThat(InboxPosts.signed(oldKey, inboxUrl(), Activities.bytes(announce)).statusCode()).isEqualTo(202);
        assertThat(awaitProcessed(announce.get("id").asText()).state()).isEqualTo("done");
        assertThat(actors.findByUri(erin.toString()).orElseThrow().publicKeyPem()).isEqualTo(rotated);
        assertThat(deliverAndAwait(erin, Activities.create(erin, noteForHub(URI.create(erin + "/statuses/2"),
                erin))).state()).isEqualTo("done");
    }

    private ObjectNode actorDocument(URI id, String publicKeyPem) {
        ObjectNode actor = Activities.object().put("id", id.toString()).put("type", "Person")
                .put("inbox", id + "/inbox");
        actor.putObject("publicKey").put("id", id + "#main-key").put("owner", id.toString())
                .put("publicKeyPem", publicKeyPem);
        return actor;
    }

    @Test
    void hostsSpelledDifferentlyAreTheSameActor() {
        URI lou = other.addActor("lou");
        String port = Integer.toString(lou.getPort());
        String[] spellings = {"HTTP://LOCALHOST.:" + port + "/users/lou", "http://Localhost:" + port + "/users/lou"};
        for (int i = 0; i < spellings.length; i++) {
            ObjectNode create = Activities.create(lou, noteForHub(URI.create(lou + "/statuses/" + i), lou));
            create.put("actor", spellings[i]);
            assertThat(InboxPosts.signed(other.signerFor(lou), inboxUrl(), Activities.bytes(create)).statusCode())
                    .isEqualTo(202);
            InboxActivity row = awaitProcessed(create.get("id").asText());
            assertThat(row.actorUri()).isEqualTo(lou.toString());
            assertThat(row.state()).isEqualTo("done");
        }
        // The path is not the host: another path is another actor.
        ObjectNode shouting = Activities.create(lou, noteForHub(URI.create(lou + "/statuses/x"), lou));
        shouting.put("actor", other.base() + "/users/LOU");
        assertThat(InboxPosts.signed(other.signerFor(lou), inboxUrl(), Activities.bytes(shouting)).statusCode())
                .isEqualTo(403);

        assertThat(CanonicalUris.same(URI.create("https://Hackney.Example.:443/users/bob"),
                URI.create("https://hackney.example/users/bob"))).isTrue();
        assertThat(CanonicalUris.same(URI.create("http://hackney.example:443/users/bob"),
                URI.create("https://hackney.example/users/bob"))).isFalse();
    }
}
