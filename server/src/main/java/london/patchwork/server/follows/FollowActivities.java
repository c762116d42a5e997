package london.patchwork.server.follows;

import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.Accept;
import london.patchwork.federation.vocab.Activity;
import london.patchwork.federation.vocab.ApObject;
import london.patchwork.federation.vocab.ObjectFields;
import london.patchwork.federation.vocab.Ref;
import london.patchwork.federation.vocab.Undo;

import java.net.URI;
import java.time.Instant;

/** Follow-related activities as Patchwork sends them. */
@Singleton
public class FollowActivities {

    /** A follow our actor sends. */
    public london.patchwork.federation.vocab.Follow follow(URI id, URI localActor, URI target, Instant at) {
        return Activity.of(london.patchwork.federation.vocab.Follow::new, id, localActor, Ref.to(target),
                ObjectFields.builder().to(target).published(at).build());
    }

    /** Taking back a follow our actor sent: the Undo embeds the original Follow, as Mastodon expects. */
    public Undo undo(URI id, URI localActor, URI followId, URI target, Instant at) {
        return Activity.of(Undo::new, id, localActor, Ref.<ApObject>of(follow(followId, localActor, target, at)),
                ObjectFields.builder().to(target).published(at).build());
    }

    /**
     * An Accept of a received Follow. It embeds the Follow exactly as received: Mastodon matches the Accept to
     * its pending follow by the embedded Follow's id and actor.
     */
    public Accept accept(URI id, URI localActor, Activity follow, URI follower, Instant at) {
        return Activity.of(Accept::new, id, localActor, Ref.<ApObject>of(follow),
                ObjectFields.builder().to(follower).published(at).build());
    }
}
