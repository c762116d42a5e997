package london.patchwork.server.members;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.actors.LocalActors;
import london.patchwork.server.instance.Uris;

import java.util.Optional;

/** A member's avatar: stored re-encoded, served by the hub, and sent to followers in an {@code Update}. */
@Singleton
public class Avatars {

    static final String PATH = "/media/avatars/";
    /** As for pictures in posts; the server's own limit on a request is a little above it. */
    static final int LARGEST_UPLOAD = 10 * 1024 * 1024;

    private final AvatarRepository avatars;
    private final ActorRepository actors;
    private final LocalActors localActors;
    private final Store store;

    public Avatars(AvatarRepository avatars, ActorRepository actors, LocalActors localActors, Store store) {
        this.avatars = avatars;
        this.actors = actors;
        this.localActors = localActors;
        this.store = store;
    }

    /** Stores a re-encoded avatar in its own transaction (a separate bean, so the transaction applies). */
    @Singleton
    public static class Store {
        private final AvatarRepository avatars;
        private final ActorRepository actors;
        private final LocalActors localActors;
        private final Uris uris;

        public Store(AvatarRepository avatars, ActorRepository actors, LocalActors localActors, Uris uris) {
            this.avatars = avatars;
            this.actors = actors;
            this.localActors = localActors;
            this.uris = uris;
        }

        @Transactional
        public Actor store(long actorId, AvatarImages.Square square) {
            Actor actor = actors.findById(actorId).orElseThrow();
            Avatar saved = avatars.save(new Avatar(null, actorId, "image/png", square.png(), square.size(), null));
            avatars.deleteOthers(actorId, saved.id());
            return localActors.updateIcon(actor, uris.base().resolve(PATH + saved.id() + ".png").toString());
        }
    }

    /** The picture was refused; the avatar is unchanged. */
    public static final class Refused extends Exception {
        Refused(String reason) {
            super(reason);
        }
    }

    /** Re-encodes the upload and makes it the member's avatar. */
    public Actor replace(long actorId, byte[] upload) throws Refused {
        if (upload.length > LARGEST_UPLOAD) {
            throw new Refused("Choose a picture of at most 10 MB.");
        }
        AvatarImages.Square square;
        try {
            // Decoding is the slow part: done before the transaction opens.
            square = AvatarImages.avatar(upload);
        } catch (AvatarImages.Unusable unusable) {
            throw new Refused(unusable.getMessage());
        }
        return store.store(actorId, square);
    }

    /** The member goes back to having no avatar. */
    @Transactional
    public Actor remove(long actorId) {
        Actor actor = actors.findById(actorId).orElseThrow();
        avatars.deleteAllOf(actorId);
        return localActors.updateIcon(actor, null);
    }

    public Optional<Avatar> find(long id) {
        return avatars.findById(id);
    }
}
