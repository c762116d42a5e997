package london.patchwork.server.follows;

import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.Accept;
import london.patchwork.federation.vocab.Activity;
import london.patchwork.federation.vocab.ApObject;
import london.patchwork.federation.vocab.ObjectFields;
import london.patchwork.federation.vocab.Ref;

import java.net.URI;
import java.time.Instant;

/** Follow-related activities as Patchwork sends them. */
@Singleton
public class FollowMapper {

    /**
     * An Accept of a received Follow. It embeds the Follow exactly as received: Mastodon matches the Accept to
     * its pending follow by the embedded Follow's id and actor.
     */
    public Accept accept(URI id, URI localActor, Activity follow, URI follower, Instant at) {
        return Activity.of(Accept::new, id, localActor, Ref.<ApObject>of(follow),
                ObjectFields.builder().to(follower).published(at).build());
    }
}
