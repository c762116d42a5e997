package london.patchwork.server.imports;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.function.Function;

/** A Kumu connection as a tie between two imported assets, through the connections capability's service. */
@Singleton
class ImportTies {

    /** Checks a connection's own fields (its type, strength, note) against the hub's tie types, read once. */
    Function<ParsedImport.TieRow, Map<String, String>> checks() {
        return tie -> Map.of("type", "connections cannot be imported yet");
    }

    void create(@Nullable Long actorId, ParsedImport.TieRow tie, long fromAsset, long toAsset) {
        throw new IllegalStateException("connections cannot be imported yet");
    }
}
