package london.patchwork.server.aggregation;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Whether this instance offers a relay ({@code patchwork.aggregation.relay}, {@code PATCHWORK_AGGREGATION_RELAY}):
 * then it serves a relay actor ({@code /actors/relay}, inbox {@code /relay/inbox}) that re-announces what its
 * subscribers send it to every other subscriber. Joining other relays needs no setting.
 *
 * @param relay true to offer a relay
 */
@ConfigurationProperties("patchwork.aggregation")
public record RelayConfiguration(@Bindable(defaultValue = "false") boolean relay) {
}
