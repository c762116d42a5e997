package london.patchwork.server.posts;

import jakarta.inject.Singleton;
import london.patchwork.server.actors.AccountJsonMapper;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.actors.LocalActorUris;
import london.patchwork.server.actors.LocalActors;

import java.net.URI;
import java.util.List;

/** Posts and their authors in Mastodon's API shapes. */
@Singleton
public class StatusJsonMapper {

    private final ActorRepository actors;
    private final LocalActorUris actorUris;
    private final PostRepository posts;
    private final PostMentions mentions;
    private final AccountJsonMapper accounts;
    private final LocalActors localActors;

    public StatusJsonMapper(ActorRepository actors, LocalActorUris actorUris, PostRepository posts,
                            PostMentions mentions, AccountJsonMapper accounts, LocalActors localActors) {
        this.actors = actors;
        this.actorUris = actorUris;
        this.posts = posts;
        this.mentions = mentions;
        this.accounts = accounts;
        this.localActors = localActors;
    }

    /** The status; {@code withText} adds the source text, as Mastodon does when answering a delete. */
    public StatusJson toJson(Post post, boolean withText) {
        Actor author = actors.findById(post.authorId()).orElseThrow();
        Post parent = post.inReplyToId() == null ? null : posts.findById(post.inReplyToId()).orElse(null);
        List<StatusJson.MentionJson> mentioned = mentions.of(post.id()).stream()
                .map(uri -> localActors.findByUri(URI.create(uri)).or(() -> actors.findByUri(uri))
                        .map(this::mentionOf).orElse(new StatusJson.MentionJson("", "", uri, uri)))
                .toList();
        return new StatusJson(post.id().toString(), post.uri(), post.url(), AccountJsonMapper.time(post.published()),
                post.updated() == null ? null : AccountJsonMapper.time(post.updated()), accounts.toJson(author),
                parent == null ? null : parent.id().toString(), parent == null ? null : parent.authorId().toString(),
                post.sensitive(), post.summary() == null ? "" : post.summary(), post.visibility().apiName(),
                post.language(), posts.countReplies(post.uri()), post.announceCount(), post.likeCount(),
                post.contentHtml() == null ? "" : post.contentHtml(), withText ? post.sourceText() : null,
                post.pinnedAt() != null, mentioned, List.of(), List.of(), List.of());
    }

    private StatusJson.MentionJson mentionOf(Actor actor) {
        return new StatusJson.MentionJson(actor.id().toString(), actor.username(),
                actor.local() ? actorUris.id(actor).toString() : actor.url() != null ? actor.url() : actor.uri(),
                AccountJsonMapper.acct(actor));
    }

}
