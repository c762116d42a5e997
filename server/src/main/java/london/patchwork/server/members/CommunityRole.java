package london.patchwork.server.members;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * What a member is to the hub's community (service provider, adviser, informal learner, service user, or a role
 * the organisers add), shown on their profile. Not what they may do: that is {@link MemberRole}.
 *
 * @param key     a stable slug for links and the API ({@code service-user})
 * @param builtIn one of the four every hub starts with
 */
@MappedEntity("community_roles")
public record CommunityRole(
        @Id @GeneratedValue @Nullable Long id,
        String key,
        String label,
        int position,
        boolean builtIn,
        @DateCreated @Nullable Instant createdAt) {
}
