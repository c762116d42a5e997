package london.patchwork.server.posts;

import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.ApObject;
import london.patchwork.federation.vocab.Article;
import london.patchwork.federation.vocab.AsObject;
import london.patchwork.federation.vocab.Extras;
import london.patchwork.federation.vocab.Mention;
import london.patchwork.federation.vocab.Note;
import london.patchwork.federation.vocab.ObjectFields;
import london.patchwork.federation.vocab.ObjectFieldsBuilder;
import london.patchwork.federation.vocab.Source;
import london.patchwork.federation.vocab.Tombstone;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * A local post as the object peers receive. Mastodon reads id, attributedTo, content (and contentMap for the
 * language), summary as the content warning, sensitive, published, updated, url, inReplyTo, to/cc and the
 * Mention tags; see docs/federation/mastodon.md.
 */
@Singleton
public class PostMapper {

    public AsObject toActivityStreams(Post post, URI author, List<Mention> mentions) {
        ObjectFieldsBuilder fields = ObjectFields.builder()
                .attributedTo(author)
                .content(post.contentHtml())
                .summary(post.summary() == null || post.summary().isEmpty() ? null : post.summary())
                .sensitive(post.sensitive())
                .published(post.published())
                .updated(post.updated())
                .url(URI.create(post.url() != null ? post.url() : post.uri()))
                .to(uris(post.toUris()))
                .cc(uris(post.ccUris()))
                .tag(mentions.toArray(ApObject[]::new));
        if (post.language() != null) {
            fields.contentMap(Map.of(post.language(), post.contentHtml()));
        }
        if (post.sourceText() != null) {
            fields.source(Source.of(post.sourceText(), "text/plain"));
        }
        if (post.inReplyToUri() != null) {
            fields.inReplyTo(URI.create(post.inReplyToUri()));
        }
        if (post.name() != null) {
            fields.name(post.name());
        }
        URI id = URI.create(post.uri());
        return "Article".equals(post.type()) ? new Article(id, fields.build(), Extras.EMPTY)
                : new Note(id, fields.build(), Extras.EMPTY);
    }

    /** What a deleted local post's URL answers with 410 Gone. */
    public Tombstone tombstone(Post post) {
        return new Tombstone(URI.create(post.uri()), ObjectFields.EMPTY, post.type(), post.deletedAt(), Extras.EMPTY);
    }

    private static URI[] uris(List<String> values) {
        return values.stream().map(URI::create).toArray(URI[]::new);
    }
}
