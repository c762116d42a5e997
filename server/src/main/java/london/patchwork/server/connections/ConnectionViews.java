package london.patchwork.server.connections;

import jakarta.inject.Singleton;
import london.patchwork.server.instance.Uris;

/** A tie as the API shows it, with its ends described. */
@Singleton
class ConnectionViews {

    private final ConnectionService connections;
    private final Uris uris;

    ConnectionViews(ConnectionService connections, Uris uris) {
        this.connections = connections;
        this.uris = uris;
    }

    ConnectionJson.Connection json(Tie tie) {
        ConnectionService.Described described = connections.describe(tie);
        return new ConnectionJson.Connection(Long.toString(tie.id()), url(tie), tie.type(), described.type().name(),
                ConnectionJson.End.of(described.subject()), ConnectionJson.End.of(described.object()), tie.mutual(),
                tie.strength(), tie.note(), tie.local(), tie.uri(), tie.createdAt(), tie.updatedAt());
    }

    /** The tie's page here, which is also its id on the network for the hub's own ties. */
    String url(Tie tie) {
        return uris.page("/connections/" + tie.id()).toString();
    }

    /**
     * The tie as a form or an edit starts from: its ends named by what the service will find again, and its direction
     * only where it differs from its type's, so that a new type brings its own.
     */
    TieInput input(Tie tie) {
        boolean typeMutual = connections.types().stream().filter(type -> type.slug().equals(tie.type()))
                .findFirst().map(TieType::mutual).orElse(tie.mutual());
        return new TieInput(tie.type(), ref(tie.subject()), ref(tie.object()),
                tie.mutual() == typeMutual ? null : tie.mutual(), tie.strength(), tie.note());
    }

    private ConnectionService.EndRef ref(ConnectionService.End end) {
        return end.assetId() != null ? ConnectionService.EndRef.asset(end.assetId())
                : ConnectionService.EndRef.account(connections.describe(end).key());
    }
}
