package london.patchwork.server.aggregation;

import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.ActivityJson;
import london.patchwork.federation.vocab.Actor;
import london.patchwork.federation.vocab.ApObject;
import london.patchwork.federation.vocab.VocabException;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The edge mapper for what the directory reads from a hub's Group actor beyond what the actors table keeps: its
 * {@code pw:area}, read from the document as fetched from the actor's own origin (kept in {@code actors.raw}).
 */
@Singleton
class RemoteHubArea {

    /** An area is a borough's name or so: anything longer is not one. */
    static final int MAX_LENGTH = 100;

    private final ActivityJson json;

    RemoteHubArea(ActivityJson json) {
        this.json = json;
    }

    /** The area the actor document says its Group serves, if it says one. */
    Optional<String> of(String actorDocument) {
        ApObject read;
        try {
            read = json.read(actorDocument.getBytes(StandardCharsets.UTF_8));
        } catch (VocabException | IllegalArgumentException unreadable) {
            return Optional.empty();
        }
        if (!(read instanceof Actor actor) || actor.actorFields().area() == null) {
            return Optional.empty();
        }
        return HubDirectoryReader.plain(actor.actorFields().area(), MAX_LENGTH);
    }
}
