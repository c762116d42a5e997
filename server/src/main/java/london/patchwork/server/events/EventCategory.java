package london.patchwork.server.events;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One of the hub's event categories; the slug is what events and the API carry. */
@MappedEntity("event_categories")
public record EventCategory(@Id String slug, String name, int position) {
}
