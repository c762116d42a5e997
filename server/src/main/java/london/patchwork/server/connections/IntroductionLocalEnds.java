package london.patchwork.server.connections;

import jakarta.inject.Singleton;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.ActorType;
import london.patchwork.server.actors.LocalActors;
import london.patchwork.server.http.CanonicalUris;
import london.patchwork.server.instance.Uris;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/** Which end of a peer's offered Relationship is ours to answer for: a member here, or an asset of the hub's. */
@Singleton
class IntroductionLocalEnds {

    private final LocalActors localActors;
    private final TieEnds ends;
    private final Uris uris;

    IntroductionLocalEnds(LocalActors localActors, TieEnds ends, Uris uris) {
        this.localActors = localActors;
        this.ends = ends;
        this.uris = uris;
    }

    /**
     * The side the Offer asks us about: the end that is the member it is addressed to, or else an asset of ours when
     * it is addressed to the hub's Group (which answers for the hub's assets).
     */
    Optional<Introduction.Side> concerned(URI subject, URI object, List<URI> addressed) {
        for (Introduction.Side side : Introduction.Side.values()) {
            URI end = side == Introduction.Side.SUBJECT ? subject : object;
            Optional<Actor> member = member(end);
            if (member.isPresent() && addressed.stream().anyMatch(to -> CanonicalUris.same(to, end))) {
                return Optional.of(side);
            }
        }
        URI hub = uris.actor(ends.hub().username());
        if (addressed.stream().noneMatch(to -> CanonicalUris.same(to, hub))) {
            return Optional.empty();
        }
        for (Introduction.Side side : Introduction.Side.values()) {
            Optional<ConnectionService.End> asset = asset(side == Introduction.Side.SUBJECT ? subject : object);
            if (asset.isPresent()) {
                return Optional.of(side);
            }
        }
        return Optional.empty();
    }

    /** The end this address names here, a member or an asset of ours. */
    Optional<ConnectionService.End> end(URI address) {
        Optional<Actor> member = member(address);
        return member.isPresent() ? Optional.of(new ConnectionService.End(null, member.get().id())) : asset(address);
    }

    private Optional<Actor> member(URI address) {
        return uris.isLocal(address) ? localActors.findByUri(address)
                .filter(actor -> actor.actorType() == ActorType.Person) : Optional.empty();
    }

    private Optional<ConnectionService.End> asset(URI address) {
        if (!uris.isLocal(address)) {
            return Optional.empty();
        }
        try {
            ConnectionService.End found = ends.find("asset",
                    new ConnectionService.EndRef(address.toString(), null));
            return ends.describe(found).local() ? Optional.of(found) : Optional.empty();
        } catch (ConnectionService.Invalid notOurs) {
            return Optional.empty();
        }
    }
}
