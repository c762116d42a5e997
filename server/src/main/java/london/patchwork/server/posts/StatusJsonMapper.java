package london.patchwork.server.posts;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import london.patchwork.server.actors.AccountJsonMapper;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.actors.LocalActorUris;
import london.patchwork.server.actors.LocalActors;
import london.patchwork.server.instance.Uris;
import london.patchwork.server.media.MediaService;
import london.patchwork.server.moderation.Html;

import java.net.URI;
import java.util.List;

/** Posts and their authors in Mastodon's API shapes, with the viewer's own favourite and boost when signed in. */
@Singleton
public class StatusJsonMapper {

    private final ActorRepository actors;
    private final LocalActorUris actorUris;
    private final PostRepository posts;
    private final PostMentions mentions;
    private final PostTags tags;
    private final ReactionRepository reactions;
    private final AccountJsonMapper accounts;
    private final LocalActors localActors;
    private final Uris uris;
    private final MediaService media;

    public StatusJsonMapper(ActorRepository actors, LocalActorUris actorUris, PostRepository posts,
                            PostMentions mentions, PostTags tags, ReactionRepository reactions,
                            AccountJsonMapper accounts, LocalActors localActors, Uris uris,
                            MediaService media) {
        this.media = media;
        this.actors = actors;
        this.actorUris = actorUris;
        this.posts = posts;
        this.mentions = mentions;
        this.tags = tags;
        this.reactions = reactions;
        this.accounts = accounts;
        this.localActors = localActors;
        this.uris = uris;
    }

    /** The status; {@code withText} adds the source text, as Mastodon does when answering a delete. */
    public StatusJson toJson(Post post, boolean withText) {
        return toJson(post, withText, null);
    }

    /** The status as {@code viewerId} sees it: whether they favourited and boosted it. */
    public StatusJson toJson(Post post, boolean withText, @Nullable Long viewerId) {
        Actor author = actors.findById(post.authorId()).orElseThrow();
        Post parent = post.inReplyToId() == null ? null : posts.findById(post.inReplyToId()).orElse(null);
        List<StatusJson.MentionJson> mentioned = mentions.of(post.id()).stream()
                .map(uri -> localActors.findByUri(URI.create(uri)).or(() -> actors.findByUri(uri))
                        .map(this::mentionOf).orElse(new StatusJson.MentionJson("", "", uri, uri)))
                .toList();
        List<StatusJson.TagJson> hashtags = tags.of(post.id()).stream()
                .map(name -> new StatusJson.TagJson(name, uris.tag(name).toString())).toList();
        List<String> viewersReactions = viewerId == null ? List.of() : reactions.findTypes(post.id(), viewerId);
        boolean favourited = viewersReactions.contains("Like");
        boolean reblogged = viewersReactions.contains("Announce");
        return new StatusJson(post.id().toString(), post.uri(), post.url(), AccountJsonMapper.time(post.published()),
                post.updated() == null ? null : AccountJsonMapper.time(post.updated()), accounts.toJson(author),
                parent == null ? null : parent.id().toString(), parent == null ? null : parent.authorId().toString(),
                post.sensitive(), titled(post) ? "" : post.summary() == null ? "" : post.summary(),
                post.visibility().apiName(), post.language(), posts.countReplies(post.uri()), post.announceCount(),
                post.likeCount(), titled(post) ? titledContent(post) : post.contentHtml() == null ? ""
                : post.contentHtml(), withText ? post.sourceText() : null,
                post.pinnedAt() != null, mentioned,
                media.of(post.id()).stream().map(MediaService::toJson).toList(), hashtags, List.of(), favourited, reblogged, false,
                null);
    }

    /** An article or thread: Mastodon shows these as title, summary and a link, never as a content warning. */
    private static boolean titled(Post post) {
        return !"Note".equals(post.type()) && post.name() != null && !post.name().isBlank();
    }

    private static String titledContent(Post post) {
        String link = Html.escape(post.url() != null ? post.url() : post.uri());
        return "<p><strong>" + Html.escape(post.name()) + "</strong></p>" + Html.paragraphs(post.summary())
                + "<p><a href=\"" + link + "\">" + link + "</a></p>";
    }

    /** A boost as Mastodon lists it: a status of its own (the reaction's id) carrying the boosted one. */
    public StatusJson boostJson(Reaction boost, Post boosted, @Nullable Long viewerId) {
        Actor booster = actors.findById(boost.actorId()).orElseThrow();
        StatusJson inner = toJson(boosted, false, viewerId);
        String at = AccountJsonMapper.time(boost.createdAt());
        return new StatusJson(boost.id().toString(), boost.activityUri(), null, at, null, accounts.toJson(booster),
                null, null, false, "", boosted.visibility().apiName(), null, 0, 0, 0, "", null, false, List.of(),
                List.of(), List.of(), List.of(), inner.favourited(), inner.reblogged(), false, inner);
    }

    private StatusJson.MentionJson mentionOf(Actor actor) {
        return new StatusJson.MentionJson(actor.id().toString(), actor.username(),
                actor.local() ? actorUris.id(actor).toString() : actor.url() != null ? actor.url() : actor.uri(),
                AccountJsonMapper.acct(actor));
    }
}
