package london.patchwork.server.connections;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A kind of tie ("partners with", "refers to"); six are built in and organisers add their own.
 *
 * @param mutual whether a tie of this type reads the same both ways, unless the tie says otherwise
 */
@MappedEntity("tie_types")
public record TieType(@Id String slug, String name, boolean mutual, boolean builtIn,
                      @GeneratedValue Integer position, @GeneratedValue Instant createdAt) {
}
