package london.patchwork.server.connections;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A typed tie between two ends, each an asset (the hub's own or a peer's) or an actor (a member here or a person
 * elsewhere): "Hackney Food Bank refers to Citizens Advice Hackney". A mutual tie reads the same both ways.
 *
 * @param strength 1 (weak) to 5 (strong)
 * @param uri      a peer's tie: the id of its {@code Relationship}; null for the hub's own
 */
@MappedEntity("ties")
public record Tie(
        @Id @GeneratedValue @Nullable Long id,
        String type,
        @Nullable Long subjectAssetId,
        @Nullable Long subjectActorId,
        @Nullable Long objectAssetId,
        @Nullable Long objectActorId,
        boolean mutual,
        short strength,
        String note,
        @Nullable String uri,
        long createdBy,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant deletedAt) {

    public boolean deleted() {
        return deletedAt != null;
    }

    public boolean local() {
        return uri == null;
    }

    public ConnectionService.End subject() {
        return new ConnectionService.End(subjectAssetId, subjectActorId);
    }

    public ConnectionService.End object() {
        return new ConnectionService.End(objectAssetId, objectActorId);
    }

    Tie with(TieInput input, ConnectionService.End from, ConnectionService.End to, boolean isMutual, Instant at) {
        return new Tie(id, input.type(), from.assetId(), from.actorId(), to.assetId(), to.actorId(), isMutual,
                (short) input.strength(), input.note(), uri, createdBy, createdAt, at, deletedAt);
    }

    Tie withDeletedAt(Instant at) {
        return new Tie(id, type, subjectAssetId, subjectActorId, objectAssetId, objectActorId, mutual, strength,
                note, uri, createdBy, createdAt, at, at);
    }
}
