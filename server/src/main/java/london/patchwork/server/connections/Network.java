package london.patchwork.server.connections;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * The network as it stands, read in one go: every asset on the map (tied or not) and every account in a tie as
 * nodes, every live tie as a link. Metrics, drawings and exports are computed from this, never from the tables.
 */
public record Network(List<Node> nodes, List<Link> links) {

    /**
     * @param key     the node's id on the network (an asset's page or {@code Place} id, an actor's id); links name it
     * @param kind    an asset's kind, or {@code member}
     * @param assetId set for an asset; {@code actorId} for an account
     */
    public record Node(String key, String name, String kind, @Nullable String category, @Nullable Long assetId,
                       @Nullable Long actorId, String url, boolean local) {
    }

    /** A tie between two nodes' keys; {@code from} is its subject. */
    public record Link(long tieId, String from, String to, String type, boolean mutual, int strength,
                       boolean local) {
    }
}
