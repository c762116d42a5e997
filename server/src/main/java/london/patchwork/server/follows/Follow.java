package london.patchwork.server.follows;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * One actor following another, in either direction between local and remote.
 *
 * @param activityUri the id of the Follow activity, which Undo and Accept refer to
 */
@MappedEntity("follows")
public record Follow(@Id @GeneratedValue @Nullable Long id, Long followerId, Long followedId, FollowState state,
                     String activityUri, @DateCreated @Nullable Instant createdAt, @Nullable Instant acceptedAt) {

    public Follow accepted(Instant at) {
        return new Follow(id, followerId, followedId, FollowState.accepted, activityUri, createdAt, at);
    }
}
