package london.patchwork.server.posts;

import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.Activity;
import london.patchwork.federation.vocab.ActivityFields;
import london.patchwork.federation.vocab.Add;
import london.patchwork.federation.vocab.Announce;
import london.patchwork.federation.vocab.ApObject;
import london.patchwork.federation.vocab.Article;
import london.patchwork.federation.vocab.AsObject;
import london.patchwork.federation.vocab.Create;
import london.patchwork.federation.vocab.Delete;
import london.patchwork.federation.vocab.Document;
import london.patchwork.federation.vocab.Extras;
import london.patchwork.federation.vocab.Hashtag;
import london.patchwork.federation.vocab.Image;
import london.patchwork.federation.vocab.Like;
import london.patchwork.federation.vocab.MediaFields;
import london.patchwork.federation.vocab.Mention;
import london.patchwork.federation.vocab.Note;
import london.patchwork.federation.vocab.ObjectFields;
import london.patchwork.federation.vocab.ObjectFieldsBuilder;
import london.patchwork.federation.vocab.Page;
import london.patchwork.federation.vocab.Ref;
import london.patchwork.federation.vocab.Remove;
import london.patchwork.federation.vocab.Source;
import london.patchwork.federation.vocab.Tombstone;
import london.patchwork.federation.vocab.Undo;
import london.patchwork.federation.vocab.Update;
import london.patchwork.federation.delivery.PublicAddress;
import london.patchwork.server.instance.Uris;
import london.patchwork.server.media.MediaService;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Local posts as peers receive them, and the activities that announce each change. Mastodon reads id, attributedTo,
 * content (and contentMap for the language), summary as the content warning, sensitive, published, updated, url,
 * inReplyTo, to/cc and the Mention and Hashtag tags; see docs/federation/mastodon.md.
 */
@Singleton
public class PostActivities {

    private final Uris uris;

    public PostActivities(Uris uris) {
        this.uris = uris;
    }

    /** The post as its ActivityStreams object, its images as {@code Document} attachments. */
    public AsObject document(Post post, URI author, List<Mention> mentions, List<String> hashtags,
                             List<MediaService.Attachment> images) {
        List<ApObject> tags = new ArrayList<>(mentions);
        hashtags.forEach(tag -> tags.add(Hashtag.of(uris.tag(tag), "#" + tag)));
        ObjectFieldsBuilder fields = ObjectFields.builder()
                .attributedTo(author)
                .content(post.contentHtml())
                .summary(post.summary() == null || post.summary().isBlank() ? null : post.summary())
                .sensitive(post.sensitive())
                .published(post.published())
                .updated(post.updated())
                .url(URI.create(post.url() != null ? post.url() : post.uri()))
                .to(uris(post.toUris()))
                .cc(uris(post.ccUris()))
                .tag(tags.toArray(ApObject[]::new));
        if (!images.isEmpty()) {
            fields.attachment(images.stream().map(PostActivities::attachment).toArray(ApObject[]::new));
            if ("Article".equals(post.type())) {
                fields.image(cover(images.getFirst()));
            }
        }
        if (post.language() != null) {
            fields.contentMap(Map.of(post.language(), post.contentHtml()));
        }
        if (post.sourceText() != null) {
            fields.source(Source.of(post.sourceText(), "Note".equals(post.type()) ? "text/plain" : "text/markdown"));
        }
        if (post.audienceUri() != null) {
            fields.audience(URI.create(post.audienceUri()));
        }
        if (post.inReplyToUri() != null) {
            fields.inReplyTo(URI.create(post.inReplyToUri()));
        }
        if (post.name() != null) {
            fields.name(post.name());
        }
        if (post.contextUri() != null && !post.contextUri().equals(post.uri())) {
            fields.context(URI.create(post.contextUri()));
        }
        if (post.local() && ("Page".equals(post.type()) || "Article".equals(post.type()))) {
            fields.replies(Ref.to(uris.forumThreadReplies(post.id())));
        }
        URI id = URI.create(post.uri());
        return switch (post.type()) {
            case "Article" -> new Article(id, fields.build(), Extras.EMPTY);
            case "Page" -> new Page(id, fields.build(), Extras.EMPTY);
            default -> new Note(id, fields.build(), Extras.EMPTY);
        };
    }

    /** An image as Mastodon reads it: mediaType, url, name (the alt text), width, height and blurhash. */
    private static Document attachment(MediaService.Attachment image) {
        ObjectFieldsBuilder fields = ObjectFields.builder().mediaType(image.mimeType()).url(URI.create(image.url()));
        if (image.description() != null) {
            fields.name(image.description());
        }
        return new Document(null, fields.build(),
                new MediaFields(image.width(), image.height(), image.blurhash(), null), Extras.EMPTY);
    }

    /** An article's cover, as WordPress and Ghost send it: an {@code Image} in {@code image}. */
    private static Image cover(MediaService.Attachment image) {
        ObjectFieldsBuilder fields = ObjectFields.builder().mediaType(image.mimeType()).url(URI.create(image.url()));
        if (image.description() != null) {
            fields.name(image.description());
        }
        return new Image(null, fields.build(), new MediaFields(image.width(), image.height(), image.blurhash(), null),
                Extras.EMPTY);
    }

    /** What a deleted local post's URL answers with 410 Gone, and what its Delete carries. */
    public Tombstone tombstone(Post post) {
        return new Tombstone(URI.create(post.uri()), ObjectFields.EMPTY, post.type(), post.deletedAt(), Extras.EMPTY);
    }

    /** {@code Create} of a post, addressed as the post is and published when it was. */
    public Create create(URI id, URI author, Post post, AsObject document) {
        return Activity.of(Create::new, id, author, Ref.of(document), addressedAs(post, post.published()));
    }

    /** {@code Update} of an edited post, carrying the new version. */
    public Update update(URI id, URI author, Post post, AsObject document) {
        return Activity.of(Update::new, id, author, Ref.of(document), addressedAs(post, Instant.now()));
    }

    /** {@code Delete} of a post, carrying its {@code Tombstone}, to everyone who received it. */
    public Delete delete(URI id, URI author, Post post) {
        return Activity.of(Delete::new, id, author, Ref.of(tombstone(post)), addressedAs(post, Instant.now()));
    }

    /** {@code Add} (pinned) or {@code Remove} (unpinned) of a post on the author's featured collection. */
    public Activity pin(URI id, URI author, String authorUsername, Post post, boolean pinned) {
        ObjectFields addressing = ObjectFields.builder().to(uris.followers(authorUsername)).build();
        ActivityFields fields = ActivityFields.of(author, URI.create(post.uri()))
                .withTarget(uris.featured(authorUsername));
        return pinned ? new Add(id, addressing, fields, Extras.EMPTY) : new Remove(id, addressing, fields, Extras.EMPTY);
    }

    /** {@code Like} of a post, to its author, cc the liker's followers. */
    public Like like(URI id, URI liker, String likerUsername, URI post, URI postAuthor, Instant at) {
        return Activity.of(Like::new, id, liker, Ref.to(post), ObjectFields.builder().to(postAuthor)
                .cc(uris.followers(likerUsername)).published(at).build());
    }

    /** {@code Announce} (a boost) of a post: public, cc its author and the booster's followers, as Mastodon does. */
    public Announce announce(URI id, URI booster, String boosterUsername, URI post, URI postAuthor, Instant at) {
        return Activity.of(Announce::new, id, booster, Ref.to(post), ObjectFields.builder().to(PublicAddress.IRI)
                .cc(postAuthor, uris.followers(boosterUsername)).published(at).build());
    }

    /** Taking back a Like or Announce: the Undo embeds it, as Mastodon matches it by the embedded activity. */
    public Undo undo(URI id, URI actor, Activity undone) {
        return Activity.of(Undo::new, id, actor, Ref.<ApObject>of(undone), ObjectFields.builder()
                .to(undone.fields().to()).cc(undone.fields().cc())
                .published(Instant.now()).build());
    }

    private static ObjectFields addressedAs(Post post, Instant published) {
        return ObjectFields.builder()
                .to(uris(post.toUris()))
                .cc(uris(post.ccUris()))
                .published(published)
                .build();
    }

    private static URI[] uris(List<String> values) {
        return values.stream().map(URI::create).toArray(URI[]::new);
    }
}
