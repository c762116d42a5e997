package london.patchwork.server.connections;

import jakarta.inject.Singleton;
import london.patchwork.server.http.CanonicalUris;
import london.patchwork.server.inbox.ActivityHandler;
import london.patchwork.server.inbox.HandlerOutcome;
import london.patchwork.server.inbox.InboundActivity;

import java.net.URI;
import java.util.Optional;

/** A peer removes a tie: it leaves our network too. Only the actor who sent it may. */
@Singleton
class DeleteRelationshipHandler implements ActivityHandler {

    private final RemoteTies remote;
    private final TieRepository ties;

    DeleteRelationshipHandler(RemoteTies remote, TieRepository ties) {
        this.remote = remote;
        this.ties = ties;
    }

    @Override
    public HandlerOutcome handle(InboundActivity inbound) {
        Optional<URI> id = inbound.activity().object().map(ref -> ref.id());
        Optional<Tie> stored = id.flatMap(uri -> ties.findByUri(uri.toString()));
        if (stored.isEmpty() || stored.get().deleted()) {
            return HandlerOutcome.ignored("we keep no such tie");
        }
        if (!CanonicalUris.sameHost(id.get(), URI.create(inbound.sender().uri()))
                || !RemoteTies.mayChange(stored.get(), inbound.sender())) {
            return HandlerOutcome.ignored(inbound.sender().uri() + " may not delete " + id.get());
        }
        remote.forget(stored.get());
        return HandlerOutcome.applied("deleted tie " + id.get());
    }
}
