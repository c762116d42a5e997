package london.patchwork.federation.conformance;

import java.net.URI;
import java.util.List;
import java.util.Map;
import london.patchwork.federation.vocab.Add;
import london.patchwork.federation.vocab.Addressing;
import london.patchwork.federation.vocab.Announce;
import london.patchwork.federation.vocab.Application;
import london.patchwork.federation.vocab.Article;
import london.patchwork.federation.vocab.Create;
import london.patchwork.federation.vocab.Delete;
import london.patchwork.federation.vocab.Flag;
import london.patchwork.federation.vocab.Follow;
import london.patchwork.federation.vocab.Group;
import london.patchwork.federation.vocab.Image;
import london.patchwork.federation.vocab.Like;
import london.patchwork.federation.vocab.Link;
import london.patchwork.federation.vocab.Note;
import london.patchwork.federation.vocab.OrderedCollection;
import london.patchwork.federation.vocab.Page;
import london.patchwork.federation.vocab.Person;
import london.patchwork.federation.vocab.Source;
import london.patchwork.federation.vocab.Tombstone;
import london.patchwork.federation.vocab.Undo;
import london.patchwork.federation.vocab.Update;
import london.patchwork.federation.vocab.Accept;

/** Lemmy, NodeBB and FEP-1b12 documents: forums and their Group actors. */
final class CommunityExpectations {

    private static final String MAIN = "https://enterprise.lemmy.ml/c/main";

    private CommunityExpectations() {
    }

    static void register(Map<String, PeerExpectations.Expectation> e) {
        e.put("lemmy/group.json", (r, c) -> {
            Group g = c.is(r, Group.class);
            c.ref("attributedTo (moderators)", g.fields().attributedTo().get(0), "https://enterprise.lemmy.ml/c/tenforward/moderators");
            c.eq("postingRestrictedToMods", g.actorFields().postingRestrictedToMods(), false);
            c.ref("featured", g.actorFields().featured(), "https://enterprise.lemmy.ml/c/tenforward//featured");
            c.eq("sharedInbox", g.sharedInbox(), URI.create("https://enterprise.lemmy.ml/inbox"));
            c.eq("publicKey.owner", g.publicKeys().get(0).owner(), g.id());
            c.eq("source", g.fields().source().mediaType(), "text/markdown");
        });
        e.put("lemmy/page.json", (r, c) -> {
            Page p = c.is(r, Page.class);
            c.ref("audience", p.fields().audience().get(0), "https://enterprise.lemmy.ml/c/tenforward");
            c.eq("name", p.fields().name(), "Post title");
            c.eq("link", c.embedded("attachment", p.fields().attachment().get(0), Link.class).href(),
                    URI.create("https://enterprise.lemmy.ml/pictrs/image/eOtYb9iEiB.png"));
            c.embedded("image", p.fields().image().get(0), Image.class);
            c.ref("context", p.fields().context().get(0), "https://enterprise.lemmy.ml/post/55143/context");
        });
        e.put("lemmy/comment-note.json", (r, c) -> {
            Note n = c.is(r, Note.class);
            c.ref("inReplyTo", n.fields().inReplyTo().get(0), "https://enterprise.lemmy.ml/post/55143");
            c.ref("audience", n.fields().audience().get(0), "https://enterprise.lemmy.ml/c/tenforward");
            c.eq("source", n.fields().source(), Source.of("first comment!", "text/markdown"));
        });
        e.put("lemmy/announce-create-page.json", (r, c) -> {
            Announce a = c.is(r, Announce.class);
            Create create = c.embedded("object", a.object().orElseThrow(), Create.class);
            Page page = c.embedded("object.object", create.object().orElseThrow(), Page.class);
            // The asset's own typo: the Page's audience is /u/main (SOURCES.md, known quirks).
            c.ref("audience", page.fields().audience().get(0), "http://enterprise.lemmy.ml/u/main");
            c.eq("public", page.fields().isPublic(), true);
        });
        e.put("lemmy/create-page.json", (r, c) -> {
            Create create = c.is(r, Create.class);
            c.ref("audience", create.audience().get(0), MAIN);
            c.eq("title", c.embedded("object", create.object().orElseThrow(), Page.class).fields().name(), "test post");
        });
        e.put("lemmy/delete-page.json", (r, c) -> c.ref("audience", c.is(r, Delete.class).audience().get(0), MAIN));
        e.put("lemmy/remove-note-by-mod.json", (r, c) -> c.eq("reason", c.is(r, Delete.class).fields().summary(), "bad comment"));
        e.put("lemmy/flag-report-page.json", (r, c) -> c.eq("reason", c.is(r, Flag.class).fields().summary(), "report this post"));
        e.put("lemmy/like-note.json", (r, c) -> c.ref("audience", c.is(r, Like.class).audience().get(0), "https://enterprise.lemmy.ml/c/tenforward"));
        e.put("lemmy/add-mod.json", (r, c) -> c.ref("target", c.is(r, Add.class).target().orElseThrow(), MAIN.replace("https", "http") + "/moderators"));
        e.put("lemmy/follow-group.json", (r, c) -> c.ref("object", c.is(r, Follow.class).object().orElseThrow(), MAIN.replace("https", "http")));
        e.put("lemmy/accept-follow.json", (r, c) -> c.embedded("object", c.is(r, Accept.class).object().orElseThrow(), Follow.class));
        e.put("lemmy/undo-follow.json", (r, c) -> c.embedded("object", c.is(r, Undo.class).object().orElseThrow(), Follow.class));
        e.put("lemmy/update-community.json", (r, c) -> {
            Group g = c.embedded("object", c.is(r, Update.class).object().orElseThrow(), Group.class);
            c.eq("name", g.fields().name(), "The Updated Community");
            c.eq("postingRestrictedToMods", g.actorFields().postingRestrictedToMods(), false);
        });
        e.put("lemmy/tombstone.json", (r, c) -> c.is(r, Tombstone.class));
        e.put("lemmy/group-outbox.json", (r, c) -> c.that("announces", c.is(r, OrderedCollection.class).collection().items(),
                l -> l.stream().filter(x -> x.embedded(Announce.class).isPresent()).count(), 2L));
        e.put("lemmy/group-moderators.json", (r, c) -> c.ref("moderator", c.is(r, OrderedCollection.class).collection().items().get(0),
                "https://enterprise.lemmy.ml/u/picard"));
        e.put("lemmy/person.json", (r, c) -> c.eq("publicKey.owner", c.is(r, Person.class).publicKeys().get(0).owner(), r.id()));
        e.put("lemmy/instance-application.json", (r, c) -> c.eq("publicKey.owner", c.is(r, Application.class).publicKeys().get(0).owner(), r.id()));

        e.put("nodebb/category-group.json", (r, c) -> c.eq("publicKey.id", c.is(r, Group.class).publicKeys().get(0).id(),
                URI.create("https://community.nodebb.org/category/30#key")));
        e.put("nodebb/announce-create-note.json", (r, c) -> {
            Create create = c.embedded("object", c.is(r, Announce.class).object().orElseThrow(), Create.class);
            Note note = c.embedded("object.object", create.object().orElseThrow(), Note.class);
            c.ref("context", note.fields().context().get(0), "https://community.nodebb.org/topic/18591");
            c.ref("audience", note.fields().audience().get(0), "https://community.nodebb.org/category/30");
            c.that("hashtags", note.fields().hashtags(), List::size, 5);
            c.that("mentions", note.fields().mentions(), List::size, 3);
            c.eq("image width", c.embedded("attachment", note.fields().attachment().get(0), Image.class).media().width(), 3264);
        });
        e.put("nodebb/context-topic-collection.json", (r, c) -> {
            OrderedCollection topic = c.is(r, OrderedCollection.class);
            c.that("items", topic.collection().items(), List::size, 20);
            c.eq("bare local id kept", topic.collection().items().get(0).id(), URI.create("103076"));
            c.eq("totalItems", topic.collection().totalItems(), 21);
        });
        e.put("nodebb/topic-article.json", (r, c) -> {
            Article a = c.is(r, Article.class);
            c.eq("title", a.fields().name(), "Welcome to your NodeBB!");
            c.eq("public", a.fields().isPublic(), true);
            c.eq("preview kept", a.extra().names().contains("preview"), true);
        });
        e.put("fep/fep-1b12-announce-add-mod.json", (r, c) -> {
            Add add = c.embedded("object", c.is(r, Announce.class).object().orElseThrow(), Add.class);
            c.ref("target", add.target().orElseThrow(), "https://example.org/my-forum/moderators");
            c.ref("audience", add.audience().get(0), "https://example.org/my-forum");
        });
        e.put("fep/fep-ae0c-relay-follow.json", (r, c) -> c.eq("object", c.is(r, Follow.class).object().orElseThrow().id(), Addressing.PUBLIC));
        e.put("fep/fep-ae0c-relay-accept.json", (r, c) -> c.eq("object.object", c.embedded("object",
                c.is(r, Accept.class).object().orElseThrow(), Follow.class).object().orElseThrow().id(), Addressing.PUBLIC));
        e.put("fep/fep-8b32-create-note-proof.json", (r, c) -> {
            c.eq("proof kept", c.is(r, Create.class).extra().get("proof").orElseThrow().get("cryptosuite").asText(), "eddsa-jcs-2022");
        });
    }
}
