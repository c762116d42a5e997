package london.patchwork.server.aggregation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A relay this instance joined: its actor, the inbox the organiser gave (or the actor's), and the id of the Follow
 * of {@code as:Public} the hub's Group sent it. Whether it was accepted is on the follows row of that Follow.
 */
@MappedEntity("relays")
public record JoinedRelay(@Id @GeneratedValue @Nullable Long id, Long actorId, String inboxUri, String followUri,
                          @DateCreated @Nullable Instant joinedAt) {
}
