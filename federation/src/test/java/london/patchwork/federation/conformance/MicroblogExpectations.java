package london.patchwork.federation.conformance;

import java.net.URI;
import java.util.List;
import java.util.Map;
import london.patchwork.federation.vocab.Addressing;
import london.patchwork.federation.vocab.Application;
import london.patchwork.federation.vocab.Create;
import london.patchwork.federation.vocab.Delete;
import london.patchwork.federation.vocab.Emoji;
import london.patchwork.federation.vocab.Flag;
import london.patchwork.federation.vocab.Follow;
import london.patchwork.federation.vocab.GenericActivity;
import london.patchwork.federation.vocab.Image;
import london.patchwork.federation.vocab.Like;
import london.patchwork.federation.vocab.Move;
import london.patchwork.federation.vocab.Note;
import london.patchwork.federation.vocab.OrderedCollection;
import london.patchwork.federation.vocab.Person;
import london.patchwork.federation.vocab.PropertyValue;
import london.patchwork.federation.vocab.Question;
import london.patchwork.federation.vocab.Service;
import london.patchwork.federation.vocab.Tombstone;
import london.patchwork.federation.vocab.Undo;
import london.patchwork.federation.vocab.Update;
import london.patchwork.federation.vocab.Accept;
import london.patchwork.federation.vocab.Collection;

/** Mastodon, GoToSocial and Misskey documents. */
final class MicroblogExpectations {

    private MicroblogExpectations() {
    }

    static void register(Map<String, PeerExpectations.Expectation> e) {
        e.put("mastodon/actor-person.json", (r, c) -> {
            Person p = c.is(r, Person.class);
            c.eq("publicKey.owner", p.publicKeys().get(0).owner(), p.id());
            c.eq("sharedInbox", p.sharedInbox(), URI.create("https://masto.qa.urbanwildlife.biz/inbox"));
            c.ref("featured", p.actorFields().featured(), "https://masto.qa.urbanwildlife.biz/users/mastodon/collections/featured");
            c.ref("featuredTags", p.actorFields().featuredTags(), "https://masto.qa.urbanwildlife.biz/users/mastodon/collections/tags");
            c.eq("discoverable", p.actorFields().discoverable(), false);
            c.eq("manuallyApprovesFollowers", p.actorFields().manuallyApprovesFollowers(), false);
            c.embedded("icon", p.fields().icon().get(0), Image.class);
            c.eq("devices kept as an extra", p.extra().names().stream().anyMatch(n -> n.endsWith("devices")), true);
        });
        e.put("mastodon/actor-service-bot.json", (r, c) -> {
            Service s = c.is(r, Service.class);
            c.eq("indexable", s.actorFields().indexable(), false);
            c.eq("memorial", s.actorFields().memorial(), false);
            c.that("PropertyValue fields", s.fields().attachment(), a -> a.stream()
                    .filter(x -> x.embedded(PropertyValue.class).isPresent()).count(), 3L);
            c.embedded("image", s.fields().image().get(0), Image.class);
        });
        e.put("mastodon/actor-application-instance.json", (r, c) -> {
            Application a = c.is(r, Application.class);
            c.eq("manuallyApprovesFollowers", a.actorFields().manuallyApprovesFollowers(), true);
            c.eq("publicKey.owner", a.publicKeys().get(0).owner(), a.id());
        });
        e.put("mastodon/create-note.json", (r, c) -> {
            Create create = c.is(r, Create.class);
            Note note = c.embedded("object", create.object().orElseThrow(), Note.class);
            c.ref("inReplyTo", note.fields().inReplyTo().get(0), "https://mamot.fr/users/retiolus/statuses/107224244380204526");
            c.eq("public via cc", note.fields().isPublic(), true);
            c.that("mentions", note.fields().mentions(), List::size, 1);
            c.eq("conversation", note.fields().conversation(), "tag:mamot.fr,2021-11-05:objectId=64635960:objectType=Conversation");
        });
        e.put("mastodon/note.json", (r, c) -> {
            Note note = c.is(r, Note.class);
            c.that("contentMap", note.fields().contentMap(), Map::keySet, java.util.Set.of("en"));
            c.embedded("replies", note.fields().replies(), Collection.class);
            c.eq("sensitive", note.fields().sensitive(), false);
        });
        e.put("mastodon/announce.json", (r, c) -> {
            c.is(r, london.patchwork.federation.vocab.Announce.class);
            c.eq("to", ((london.patchwork.federation.vocab.Announce) r).to().get(0).id(), Addressing.PUBLIC);
            c.eq("LD signature kept", r.extra().names().contains("signature"), true);
        });
        e.put("mastodon/delete-note-tombstone.json", (r, c) -> {
            Delete d = c.is(r, Delete.class);
            c.embedded("object", d.object().orElseThrow(), Tombstone.class);
        });
        e.put("mastodon/delete-actor.json", (r, c) -> {
            Delete d = c.is(r, Delete.class);
            c.eq("object is the actor", d.object().orElseThrow().id(), d.actor().orElseThrow().id());
            c.embedded("object", d.object().orElseThrow(), Person.class);
        });
        e.put("mastodon/update-actor.json", (r, c) -> {
            Person p = c.embedded("object", c.is(r, Update.class).object().orElseThrow(), Person.class);
            c.eq("publicKey.owner", p.publicKeys().get(0).owner(), p.id());
            c.eq("preferredUsername", p.preferredUsername(), "framasoft");
        });
        e.put("mastodon/flag.json", (r, c) -> {
            Flag f = c.is(r, Flag.class);
            c.that("objects", f.objects(), List::size, 3);
            c.eq("content", f.fields().content(), "Please take a look at this user and their posts");
        });
        e.put("mastodon/undo-follow.json", (r, c) -> c.embedded("object", c.is(r, Undo.class).object().orElseThrow(), Follow.class));
        e.put("mastodon/accept-follow.json", (r, c) -> c.embedded("object", c.is(r, Accept.class).object().orElseThrow(), Follow.class));
        e.put("mastodon/reject-follow.json", (r, c) -> c.is(r, london.patchwork.federation.vocab.Reject.class));
        e.put("mastodon/follow.json", (r, c) -> c.is(r, Follow.class));
        e.put("mastodon/like.json", (r, c) -> c.is(r, Like.class));
        e.put("mastodon/block.json", (r, c) -> c.eq("type", c.is(r, GenericActivity.class).type(), "Block"));
        e.put("mastodon/poll-vote-create-note.json", (r, c) -> {
            Note vote = c.embedded("object", c.is(r, Create.class).object().orElseThrow(), Note.class);
            c.eq("option", vote.fields().name(), "suya..");
            c.ref("inReplyTo", vote.fields().inReplyTo().get(0), "https://testing.uguu.ltd/objects/9d300947-2dcb-445d-8978-9a3b4b84fa14");
        });
        e.put("mastodon/featured-collection.json", (r, c) -> {
            OrderedCollection f = c.is(r, OrderedCollection.class);
            Note pinned = c.embedded("orderedItems", f.collection().items().get(0), Note.class);
            c.that("hashtags", pinned.fields().hashtags(), List::size, 3);
            c.eq("totalItems", f.collection().totalItems(), 1);
        });

        e.put("gotosocial/actor-person.json", (r, c) -> {
            Person p = c.is(r, Person.class);
            c.that("PropertyValue fields", p.fields().attachment(), List::size, 2);
            c.ref("featured", p.actorFields().featured(), "http://example.org/users/1happyturtle/collections/featured");
            c.eq("publicKey.owner", p.publicKeys().get(0).owner(), p.id());
        });
        e.put("gotosocial/main-key-stub.json", (r, c) -> c.eq("publicKey.id", c.is(r, Person.class).publicKeys().get(0).id(),
                URI.create("https://example.org/users/example_user/main-key")));
        e.put("gotosocial/move.json", (r, c) -> c.ref("target", c.is(r, Move.class).target().orElseThrow(),
                "https://another-server.com/users/my_new_account_hurray"));
        e.put("gotosocial/flag.json", (r, c) -> c.that("objects", c.is(r, Flag.class).objects(), List::size, 2));
        e.put("gotosocial/poll-votes-create.json", (r, c) -> c.that("votes", c.is(r, Create.class).objects(),
                l -> l.stream().filter(x -> x.embedded(Note.class).isPresent()).count(), 2L));

        e.put("misskey/actor-person.json", (r, c) -> {
            Person p = c.is(r, Person.class);
            c.eq("sharedInbox", p.sharedInbox(), URI.create("https://misskey.io/inbox"));
            c.eq("publicKey.type", p.publicKeys().get(0).type(), "Key");
            c.eq("isCat kept as an extra", p.extra().names().stream().anyMatch(n -> n.endsWith("isCat")), true);
        });
        e.put("misskey/like-reaction.json", (r, c) -> {
            Like like = c.is(r, Like.class);
            c.eq("reaction", like.fields().content(), ":pudding:");
            c.embedded("emoji icon", c.embedded("tag", like.fields().tag().get(0), Emoji.class).fields().icon().get(0), Image.class);
        });
        e.put("misskey/question-poll.json", (r, c) -> {
            Question q = c.is(r, Question.class);
            Note broken = c.embedded("oneOf", q.oneOf().get(1), Note.class);
            c.eq("option", broken.fields().name(), "Broken af");
            c.eq("votes", c.embedded("replies", broken.fields().replies(), Collection.class).collection().totalItems(), 1);
        });
    }
}
