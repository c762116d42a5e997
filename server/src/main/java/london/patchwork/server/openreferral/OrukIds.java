package london.patchwork.server.openreferral;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Identifiers the profile requires to be UUIDs, for records the hub does not store: each is a name-based UUID
 * ({@link UUID#nameUUIDFromBytes}) of the asset's own UUID and what the record is, so it is the same on every request
 * and from every server sharing the database. Taxonomies and their terms are named from the hub's address, so two
 * hubs' terms never collide in an aggregator.
 */
final class OrukIds {

    private OrukIds() {
    }

    static String of(UUID asset, String record) {
        return named(asset + "/" + record);
    }

    static String of(UUID asset, String record, String value) {
        return named(asset + "/" + record + "/" + value);
    }

    static String taxonomy(String hub, String taxonomy) {
        return named(hub + "#taxonomy/" + taxonomy);
    }

    static String term(String hub, String taxonomy, String value) {
        return named(hub + "#taxonomy/" + taxonomy + "/" + value);
    }

    private static String named(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
