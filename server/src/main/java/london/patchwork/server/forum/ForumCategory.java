package london.patchwork.server.forum;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A category of the hub's forum, as its organisers define them. */
@MappedEntity("forum_categories")
public record ForumCategory(@Id @GeneratedValue Long id, String slug, String name, String description, int position,
                            Instant createdAt) {
}
