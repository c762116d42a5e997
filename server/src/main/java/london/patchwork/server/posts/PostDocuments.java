package london.patchwork.server.posts;

import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.AsObject;
import london.patchwork.federation.vocab.Mention;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.actors.LocalActorUris;
import london.patchwork.server.actors.LocalActors;
import london.patchwork.server.instance.Instance;
import london.patchwork.server.media.MediaService;

import java.net.URI;
import java.util.List;

/** A stored local post as its ActivityStreams document, for its URL and for collections that embed it. */
@Singleton
public class PostDocuments {

    private final ActorRepository actors;
    private final LocalActors localActors;
    private final LocalActorUris actorUris;
    private final PostMentions mentions;
    private final PostTags tags;
    private final PostActivities activities;
    private final String authority;
    private final MediaService media;

    public PostDocuments(ActorRepository actors, LocalActors localActors, LocalActorUris actorUris,
                         PostMentions mentions, PostTags tags, PostActivities activities, Instance instance,
                         MediaService media) {
        this.media = media;
        this.actors = actors;
        this.localActors = localActors;
        this.actorUris = actorUris;
        this.mentions = mentions;
        this.tags = tags;
        this.activities = activities;
        this.authority = instance.authority();
    }

    public AsObject document(Post post) {
        Actor author = actors.findById(post.authorId()).orElseThrow();
        List<Mention> mentioned = mentions.of(post.id()).stream().map(this::mention).toList();
        return activities.document(post, actorUris.id(author), mentioned, tags.of(post.id()), media.of(post.id()));
    }

    private Mention mention(String uri) {
        URI actor = URI.create(uri);
        String handle = localActors.findByUri(actor).map(local -> "@" + local.username() + "@" + authority)
                .or(() -> actors.findByUri(uri).map(remote -> "@" + remote.username() + "@" + remote.host()))
                .orElse(uri);
        return Mention.of(actor, handle);
    }
}
