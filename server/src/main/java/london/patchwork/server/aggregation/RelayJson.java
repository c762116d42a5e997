package london.patchwork.server.aggregation;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * A joined relay as the relays API shows it.
 *
 * @param state {@code pending} until the relay accepts, {@code joined} after, {@code refused} when it rejected
 */
@Serdeable
public record RelayJson(String id, String actor, String inbox, String state, Instant joinedAt) {
}
