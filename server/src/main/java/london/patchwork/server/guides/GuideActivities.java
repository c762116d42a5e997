package london.patchwork.server.guides;

import london.patchwork.server.moderation.Markdown;
import jakarta.inject.Singleton;
import london.patchwork.federation.delivery.PublicAddress;
import london.patchwork.federation.vocab.Activity;
import london.patchwork.federation.vocab.Article;
import london.patchwork.federation.vocab.Create;
import london.patchwork.federation.vocab.Delete;
import london.patchwork.federation.vocab.Extras;
import london.patchwork.federation.vocab.ObjectFields;
import london.patchwork.federation.vocab.Ref;
import london.patchwork.federation.vocab.Source;
import london.patchwork.federation.vocab.Tombstone;
import london.patchwork.federation.vocab.Update;
import london.patchwork.server.instance.Uris;

import java.net.URI;
import java.time.Instant;

/**
 * Guides as peers receive them: an {@code Article} attributed to the hub's Group actor, which publishes the wiki.
 * Mastodon shows an Article as its name, summary and a link, so the summary is the guide's first paragraph. Each
 * revision after the first goes out as an {@code Update}; see docs/FEDERATION.md.
 */
@Singleton
public class GuideActivities {

    private final Uris uris;

    public GuideActivities(Uris uris) {
        this.uris = uris;
    }

    /** A guide's id and page are one URL: browsers get the page, fediverse software the Article. */
    public URI uri(String slug) {
        return uris.page("/guides/" + slug);
    }

    public Article document(Guide guide, GuideRevision revision, URI hub, String hubUsername) {
        return new Article(uri(guide.slug()), ObjectFields.builder()
                .attributedTo(hub)
                .name(revision.title())
                .content(revision.bodyHtml())
                .source(Source.of(revision.body(), "text/markdown"))
                .summary(Markdown.summary(revision.bodyHtml()))
                .url(uri(guide.slug()))
                .published(guide.createdAt())
                .updated(revision.createdAt())
                .to(PublicAddress.IRI)
                .cc(uris.followers(hubUsername))
                .build(), Extras.EMPTY);
    }

    public Create create(URI id, URI hub, String hubUsername, Article document) {
        return Activity.of(Create::new, id, hub, Ref.of(document), addressing(hubUsername, Instant.now()));
    }

    public Update update(URI id, URI hub, String hubUsername, Article document) {
        return Activity.of(Update::new, id, hub, Ref.of(document), addressing(hubUsername, Instant.now()));
    }

    public Tombstone tombstone(Guide guide) {
        return new Tombstone(uri(guide.slug()), ObjectFields.EMPTY, "Article", guide.deletedAt(), Extras.EMPTY);
    }

    public Delete delete(URI id, URI hub, String hubUsername, Guide guide) {
        return Activity.of(Delete::new, id, hub, Ref.of(tombstone(guide)), addressing(hubUsername, Instant.now()));
    }

    private ObjectFields addressing(String hubUsername, Instant published) {
        return ObjectFields.builder().to(PublicAddress.IRI).cc(uris.followers(hubUsername)).published(published)
                .build();
    }
}
