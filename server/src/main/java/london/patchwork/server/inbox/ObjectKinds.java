package london.patchwork.server.inbox;

import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.Activity;
import london.patchwork.federation.vocab.Actor;
import london.patchwork.federation.vocab.ApObject;
import london.patchwork.federation.vocab.Ref;
import london.patchwork.server.follows.FollowRepository;
import london.patchwork.server.http.CanonicalUris;
import london.patchwork.server.posts.PostRepository;
import london.patchwork.server.posts.ReactionRepository;

import java.net.URI;
import java.util.Optional;

/**
 * The kind of an activity's object, which the handler registry dispatches on. An embedded object tells its
 * type; a bare URI is looked up among what we hold (our follows, reactions and posts), since peers often
 * send {@code Undo} with only the undone activity's id.
 */
@Singleton
public class ObjectKinds {

    private final FollowRepository follows;
    private final ReactionRepository reactions;
    private final PostRepository posts;

    public ObjectKinds(FollowRepository follows, ReactionRepository reactions, PostRepository posts) {
        this.follows = follows;
        this.reactions = reactions;
        this.posts = posts;
    }

    public String of(Activity activity) {
        Optional<Ref<ApObject>> reference = activity.object();
        if (reference.isEmpty()) {
            return ActivityPattern.ANY;
        }
        Ref<ApObject> object = reference.get();
        Optional<ApObject> embedded = object.embedded();
        if (embedded.isPresent()) {
            return embedded.get() instanceof Actor ? ActivityPattern.ACTOR : embedded.get().type();
        }
        URI id = object.id();
        if (id == null) {
            return ActivityPattern.ANY;
        }
        if (CanonicalUris.same(id, activity.actor().map(Ref::id).orElse(null))) {
            return ActivityPattern.ACTOR;
        }
        String uri = id.toString();
        if (follows.findByActivityUri(uri).isPresent()) {
            return "Follow";
        }
        Optional<String> reaction = reactions.findByActivityUri(uri).map(found -> found.type());
        if (reaction.isPresent()) {
            return reaction.get();
        }
        return posts.findByUri(uri).map(post -> post.type()).orElse(ActivityPattern.ANY);
    }
}
