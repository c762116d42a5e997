package london.patchwork.server.members;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * An organiser's API token, known only by its SHA-256 hash.
 *
 * @param label what the token is for; {@value OrganiserTokens#BOOTSTRAP_LABEL} for the one set by configuration
 */
@MappedEntity("organiser_tokens")
public record OrganiserToken(@Id @GeneratedValue @Nullable Long id, String tokenHash, String label,
                             @DateCreated @Nullable Instant createdAt) {
}
