package london.patchwork.server.posts;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.actors.ActorType;
import london.patchwork.server.actors.LocalActorUris;
import london.patchwork.server.instance.Instance;
import london.patchwork.server.moderation.Html;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Posts and their authors in Mastodon's API shapes. */
@Singleton
public class StatusJsonMapper {

    private final ActorRepository actors;
    private final LocalActorUris actorUris;
    private final PostRepository posts;
    private final PostMentions mentions;
    private final String authority;

    public StatusJsonMapper(ActorRepository actors, LocalActorUris actorUris, PostRepository posts,
                            PostMentions mentions, Instance instance) {
        this.actors = actors;
        this.actorUris = actorUris;
        this.posts = posts;
        this.mentions = mentions;
        this.authority = instance.authority();
    }

    /** The status; {@code withText} adds the source text, as Mastodon does when answering a delete. */
    public StatusJson toJson(Post post, boolean withText) {
        Actor author = actors.findById(post.authorId()).orElseThrow();
        Post parent = post.inReplyToId() == null ? null : posts.findById(post.inReplyToId()).orElse(null);
        List<StatusJson.MentionJson> mentioned = mentions.of(post.id()).stream()
                .map(uri -> actors.findByUri(uri).map(this::mentionOf)
                        .orElse(new StatusJson.MentionJson("", "", uri, uri)))
                .toList();
        return new StatusJson(post.id().toString(), post.uri(), post.url(), time(post.published()),
                post.updated() == null ? null : time(post.updated()), account(author),
                parent == null ? null : parent.id().toString(), parent == null ? null : parent.authorId().toString(),
                post.sensitive(), post.summary() == null ? "" : post.summary(), post.visibility().apiName(),
                post.language(), posts.countReplies(post.uri()), post.announceCount(), post.likeCount(),
                post.contentHtml() == null ? "" : post.contentHtml(), withText ? post.sourceText() : null,
                post.pinnedAt() != null, mentioned, List.of(), List.of(), List.of());
    }

    public AccountJson account(Actor actor) {
        String url = actor.local() ? String.valueOf(actorUris.profilePage(actor)) : orEmpty(actor.url());
        String uri = actor.local() ? actorUris.id(actor).toString() : actor.uri();
        return new AccountJson(actor.id().toString(), actor.username(), acct(actor),
                orEmpty(actor.displayName()), url, uri,
                actor.local() ? Html.paragraphs(actor.summary()) : orEmpty(actor.summary()), orEmpty(actor.iconUrl()),
                actor.manuallyApprovesFollowers(), actor.actorType() == ActorType.Service
                || actor.actorType() == ActorType.Application, actor.actorType() == ActorType.Group,
                time(actor.createdAt()));
    }

    private StatusJson.MentionJson mentionOf(Actor actor) {
        return new StatusJson.MentionJson(actor.id().toString(), actor.username(),
                actor.local() ? actorUris.id(actor).toString() : orEmpty(actor.url() != null ? actor.url() : actor.uri()),
                acct(actor));
    }

    private String acct(Actor actor) {
        return actor.local() ? actor.username() : actor.username() + "@" + actor.host();
    }

    private static String time(@Nullable Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS).toString();
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
