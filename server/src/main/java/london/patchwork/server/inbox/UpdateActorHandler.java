package london.patchwork.server.inbox;

import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.Ref;
import london.patchwork.server.actors.RemoteActorException;
import london.patchwork.server.actors.RemoteActors;
import london.patchwork.server.http.CanonicalUris;

import java.net.URI;

/**
 * An actor announces a change to its profile. The embedded copy is not trusted (it could swap the public
 * key): the actor is fetched again from its origin and only what that serves is stored.
 */
@Singleton
public class UpdateActorHandler implements ActivityHandler {

    private final RemoteActors remoteActors;

    public UpdateActorHandler(RemoteActors remoteActors) {
        this.remoteActors = remoteActors;
    }

    @Override
    public HandlerOutcome handle(InboundActivity inbound) throws RetryLater {
        URI updated = inbound.activity().object().map(Ref::id).orElse(null);
        URI sender = URI.create(inbound.sender().uri());
        if (!CanonicalUris.same(updated, sender)) {
            return HandlerOutcome.ignored("an actor may only update itself");
        }
        try {
            remoteActors.refresh(sender);
        } catch (RemoteActorException e) {
            throw new RetryLater("refetching " + sender + ": " + e.getMessage(), e);
        }
        return HandlerOutcome.applied("refetched " + sender);
    }
}
