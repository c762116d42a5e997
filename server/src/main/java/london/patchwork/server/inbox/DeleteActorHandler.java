package london.patchwork.server.inbox;

import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.Ref;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.actors.RemoteActorDeleting;
import london.patchwork.server.http.CanonicalUris;

import java.net.URI;

/**
 * An account is deleted at its origin: the actor goes, and with it (by foreign keys) its posts, follows and
 * reactions; capabilities first take back what it counted for.
 */
@Singleton
public class DeleteActorHandler implements ActivityHandler {

    private final ActorRepository actors;
    private final ApplicationEventPublisher<RemoteActorDeleting> deletions;

    public DeleteActorHandler(ActorRepository actors, ApplicationEventPublisher<RemoteActorDeleting> deletions) {
        this.actors = actors;
        this.deletions = deletions;
    }

    @Override
    public HandlerOutcome handle(InboundActivity inbound) {
        URI deleted = inbound.activity().object().map(Ref::id).orElse(null);
        if (!CanonicalUris.same(deleted, URI.create(inbound.sender().uri()))) {
            return HandlerOutcome.ignored("an actor may only delete itself");
        }
        deletions.publishEvent(new RemoteActorDeleting(inbound.sender()));
        actors.deleteRemote(inbound.sender().id());
        return HandlerOutcome.applied("deleted actor " + inbound.sender().uri());
    }
}
