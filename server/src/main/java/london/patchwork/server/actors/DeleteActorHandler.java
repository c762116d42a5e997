package london.patchwork.server.actors;

import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.Ref;
import london.patchwork.server.http.CanonicalUris;
import london.patchwork.server.inbox.ActivityHandler;
import london.patchwork.server.inbox.HandlerOutcome;
import london.patchwork.server.inbox.InboundActivity;

import java.net.URI;

/**
 * An account is deleted at its origin: the actor goes, and with it (by foreign keys) its posts, follows and
 * reactions; counts on local posts it reacted to are recomputed.
 */
@Singleton
public class DeleteActorHandler implements ActivityHandler {

    private final ActorRepository actors;

    public DeleteActorHandler(ActorRepository actors) {
        this.actors = actors;
    }

    @Override
    public HandlerOutcome handle(InboundActivity inbound) {
        URI deleted = inbound.activity().object().map(Ref::id).orElse(null);
        if (!CanonicalUris.same(deleted, URI.create(inbound.sender().uri()))) {
            return HandlerOutcome.ignored("an actor may only delete itself");
        }
        actors.deleteRemoteWithReactions(inbound.sender().id());
        return HandlerOutcome.applied("deleted actor " + inbound.sender().uri());
    }
}
