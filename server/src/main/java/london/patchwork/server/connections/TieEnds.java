package london.patchwork.server.connections;

import jakarta.inject.Singleton;
import london.patchwork.server.actors.AccountResolver;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.actors.ActorType;
import london.patchwork.server.actors.LocalActors;
import london.patchwork.server.actors.RemoteActorException;
import london.patchwork.server.actors.RemoteActors;
import london.patchwork.server.assets.AssetService;
import london.patchwork.server.instance.Uris;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the ends a member names (an asset by id or address, an account by handle or address) and describes ends for
 * pages and datasets. Finding an account may go to the network, so it is done before any transaction.
 */
@Singleton
class TieEnds {

    private static final Pattern LOCAL_ASSET = Pattern.compile("^/assets/(\\d{1,18})$");

    private final AssetService assets;
    private final AccountResolver accounts;
    private final ActorRepository actors;
    private final LocalActors localActors;
    private final Uris uris;
    private final RemoteActors remoteActors;

    TieEnds(AssetService assets, AccountResolver accounts, ActorRepository actors, LocalActors localActors,
            Uris uris, RemoteActors remoteActors) {
        this.remoteActors = remoteActors;
        this.assets = assets;
        this.accounts = accounts;
        this.actors = actors;
        this.localActors = localActors;
        this.uris = uris;
    }

    /** The end named, or why it cannot be a tie's end. */
    ConnectionService.End find(String field, ConnectionService.EndRef ref) {
        if (ref.asset() != null) {
            return new ConnectionService.End(asset(field, ref.asset().strip()).id(), null);
        }
        return new ConnectionService.End(null, account(field, ref.account().strip()).id());
    }

    private AssetService.Entry asset(String field, String named) {
        Optional<AssetService.Entry> found;
        if (named.matches("\\d{1,18}")) {
            found = assets.entry(Long.parseLong(named));
        } else if (named.startsWith("https://") || named.startsWith("http://")) {
            found = byAddress(named);
        } else {
            throw invalid(field, field + ": an asset is named by its id or its address");
        }
        return found.filter(AssetService.Entry::listed)
                .orElseThrow(() -> invalid(field, field + ": no asset " + named + " on the map here"));
    }

    private Optional<AssetService.Entry> byAddress(String address) {
        URI uri;
        try {
            uri = URI.create(address);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (uris.isLocal(uri) && uri.getRawPath() != null) {
            Matcher local = LOCAL_ASSET.matcher(uri.getRawPath());
            return local.matches() ? assets.entry(Long.parseLong(local.group(1))) : Optional.empty();
        }
        // A peer's Place not kept yet is fetched from its origin now, before the tie's transaction.
        try {
            return assets.entryByUri(address).or(() -> assets.remember(uri));
        } catch (AssetService.Unreachable unreachable) {
            return Optional.empty();
        }
    }

    /**
     * An end as peers name it: an asset on the map by its page (ours) or Place id (a peer's), an actor by its id.
     * Empty for an asset that is not on the map, which is not shown to peers.
     */
    Optional<URI> wireId(ConnectionService.End end) {
        if (end.assetId() != null) {
            return assets.entry(end.assetId()).filter(AssetService.Entry::listed)
                    .map(asset -> URI.create(asset.uri() != null ? asset.uri()
                            : uris.page("/assets/" + asset.id()).toString()));
        }
        return actors.findById(end.actorId()).map(actor -> actor.local() ? uris.actor(actor.username())
                : URI.create(actor.uri()));
    }

    private Actor account(String field, String named) {
        Optional<Actor> found;
        try {
            found = AccountResolver.looksLikeAccount(named) || !named.contains("@")
                    ? accounts.find(named, true) : Optional.empty();
        } catch (Exception e) {
            // Whatever went wrong out there (no such handle, the server down), the tie cannot be made now.
            throw invalid(field, field + ": could not find the account " + named);
        }
        return found.filter(actor -> actor.actorType() == ActorType.Person || actor.actorType() == ActorType.Group
                        || actor.actorType() == ActorType.Organization)
                .orElseThrow(() -> invalid(field, field + ": no account " + named));
    }

    /**
     * The end a peer's Relationship names by id: an asset on our map or kept from a peer, an actor known here, or
     * else fetched from its origin (a Place is kept as a peer's asset; an actor is stored as actors are). Goes to the
     * network at most twice for an id never seen.
     */
    Optional<ConnectionService.End> byWireId(URI id) {
        if (uris.isLocal(id)) {
            Matcher local = id.getRawPath() == null ? null : LOCAL_ASSET.matcher(id.getRawPath());
            if (local != null && local.matches()) {
                return assets.entry(Long.parseLong(local.group(1))).filter(AssetService.Entry::listed)
                        .map(asset -> new ConnectionService.End(asset.id(), null));
            }
            return uris.localActorUsername(id).flatMap(localActors::find)
                    .map(actor -> new ConnectionService.End(null, actor.id()));
        }
        Optional<AssetService.Entry> kept = assets.entryByUri(id.toString());
        if (kept.isPresent()) {
            return kept.map(asset -> new ConnectionService.End(asset.id(), null));
        }
        Optional<Actor> known = actors.findByUri(id.toString());
        if (known.isPresent()) {
            return known.map(actor -> new ConnectionService.End(null, actor.id()));
        }
        Optional<AssetService.Entry> fetched = assets.remember(id);
        if (fetched.isPresent()) {
            return fetched.map(asset -> new ConnectionService.End(asset.id(), null));
        }
        try {
            return Optional.of(new ConnectionService.End(null, remoteActors.resolve(id).id()));
        } catch (RemoteActorException notAnActor) {
            return Optional.empty();
        }
    }

    /** How an end is shown: its name, what it is and where it lives. */
    ConnectionService.EndView describe(ConnectionService.End end) {
        if (end.assetId() != null) {
            return assets.entry(end.assetId()).map(this::describe)
                    .orElse(new ConnectionService.EndView("asset:" + end.assetId(), "(removed asset)", "asset",
                            null, null, false));
        }
        return actors.findById(end.actorId()).map(this::describe)
                .orElse(new ConnectionService.EndView("actor:" + end.actorId(), "(removed account)", "member", null,
                        null, false));
    }

    ConnectionService.EndView describe(AssetService.Entry asset) {
        String url = asset.uri() != null ? asset.uri() : uris.page("/assets/" + asset.id()).toString();
        return new ConnectionService.EndView(url, asset.name(), asset.kind(), asset.category(), url,
                asset.uri() == null);
    }

    ConnectionService.EndView describe(Actor actor) {
        boolean local = actor.local();
        String id = local ? uris.actor(actor.username()).toString() : actor.uri();
        String name = actor.displayName() == null || actor.displayName().isBlank() ? actor.username()
                : actor.displayName();
        String page = local ? uris.profilePage(actor.username()).toString() : actor.url() != null ? actor.url() : id;
        return new ConnectionService.EndView(id, name, "member", null, page, local);
    }

    Actor hub() {
        return localActors.hub();
    }

    private static ConnectionService.Invalid invalid(String field, String reason) {
        return new ConnectionService.Invalid(Map.of(field, reason));
    }
}
