package london.patchwork.server.imports;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import london.patchwork.server.connections.ConnectionService;

import java.util.Map;
import java.util.function.Function;

/** A Kumu connection as a tie between two imported assets, through the connections capability's service. */
@Singleton
class ImportTies {

    private final ConnectionService connections;

    ImportTies(ConnectionService connections) {
        this.connections = connections;
    }

    /** Checks a connection's own fields (its type, strength, note) against the hub's tie types, read once. */
    Function<ParsedImport.TieRow, Map<String, String>> checks() {
        Function<ConnectionService.Draft, Map<String, String>> checks = connections.draftChecks();
        return tie -> checks.apply(tie.draft());
    }

    void create(@Nullable Long actorId, ParsedImport.TieRow tie, long fromAsset, long toAsset) {
        connections.createImported(actorId, tie.draft(), fromAsset, toAsset);
    }
}
