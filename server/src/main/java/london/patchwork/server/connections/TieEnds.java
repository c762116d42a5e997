package london.patchwork.server.connections;

import jakarta.inject.Singleton;
import london.patchwork.server.actors.AccountResolver;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.actors.ActorType;
import london.patchwork.server.actors.LocalActors;
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

    TieEnds(AssetService assets, AccountResolver accounts, ActorRepository actors, LocalActors localActors,
            Uris uris) {
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
        return assets.entryByUri(address);
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
