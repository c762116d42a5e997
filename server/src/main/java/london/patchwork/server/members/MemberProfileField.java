package london.patchwork.server.members;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One of the (at most four) label/value rows a member shows under their profile, as plain text. */
@MappedEntity("member_profile_fields")
public record MemberProfileField(
        @Id @GeneratedValue @Nullable Long id,
        long memberActorId,
        int position,
        String name,
        String value) {
}
