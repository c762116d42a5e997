package london.patchwork.server.connections;

import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.Relationship;
import london.patchwork.server.assets.AssetService;
import london.patchwork.server.inbox.ActivityHandler;
import london.patchwork.server.inbox.HandlerOutcome;
import london.patchwork.server.inbox.InboundActivity;

import java.net.URI;
import java.util.Optional;

/**
 * A peer hub records or edits a tie ({@code Create} or {@code Update} of a {@code Relationship}): kept when someone
 * here follows the sender, only from an actor on the Relationship's own host, and an edit only from the actor who
 * sent it first. Its ends are found by id, fetching a Place or an actor not seen before from its origin.
 */
@Singleton
class KeepRelationshipHandler implements ActivityHandler {

    private final RemoteTies remote;
    private final TieRepository ties;
    private final TieEnds ends;

    KeepRelationshipHandler(RemoteTies remote, TieRepository ties, TieEnds ends) {
        this.remote = remote;
        this.ties = ties;
        this.ends = ends;
    }

    @Override
    public HandlerOutcome handle(InboundActivity inbound) throws RetryLater {
        Optional<Relationship> object = inbound.object(Relationship.class).filter(found -> found.id() != null);
        if (object.isEmpty()) {
            return HandlerOutcome.ignored("no relationship");
        }
        Relationship tie = object.get();
        if (!RemoteTies.fromItsOrigin(tie, inbound.sender())) {
            return HandlerOutcome.ignored("relationship " + tie.id() + " is not from " + inbound.sender().uri());
        }
        Optional<Tie> stored = ties.findByUri(tie.id().toString());
        if (stored.isPresent() && (!RemoteTies.mayChange(stored.get(), inbound.sender()) || stored.get().deleted())) {
            return HandlerOutcome.ignored(inbound.sender().uri() + " may not change " + tie.id());
        }
        if (stored.isEmpty() && !remote.fromSomeoneFollowed(inbound.sender())) {
            return HandlerOutcome.ignored("no one here follows " + inbound.sender().uri());
        }
        Optional<URI[]> ids = RemoteTies.endIds(tie);
        Optional<String> type = remote.type(tie);
        if (ids.isEmpty() || type.isEmpty()) {
            return HandlerOutcome.ignored("relationship " + tie.id() + " names no single subject, object and type");
        }
        Optional<ConnectionService.End> subject;
        Optional<ConnectionService.End> end;
        try {
            subject = ends.byWireId(ids.get()[0]);
            end = ends.byWireId(ids.get()[1]);
        } catch (AssetService.Unreachable unreachable) {
            // An end's hub is down or slow: the tie waits rather than being lost.
            throw new RetryLater(unreachable.getMessage(), unreachable);
        } catch (io.micronaut.data.exceptions.DataAccessException race) {
            // Another worker kept the same Place from its own Create at the same moment; the next try finds it.
            throw new RetryLater("an end of " + tie.id() + " was being kept at the same time", race);
        }
        if (subject.isEmpty() || end.isEmpty() || subject.equals(end)) {
            return HandlerOutcome.ignored("the ends of " + tie.id() + " are not assets or actors");
        }
        return remote.keep(tie, inbound.sender(), stored, type.get(), subject.get(), end.get())
                .map(kept -> HandlerOutcome.applied((stored.isPresent() ? "updated tie " : "kept tie ") + tie.id()))
                .orElseGet(() -> HandlerOutcome.ignored("the same tie is already kept"));
    }
}
