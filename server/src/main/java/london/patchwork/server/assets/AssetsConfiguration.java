package london.patchwork.server.assets;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Community assets, under {@code patchwork.assets}.
 *
 * @param moderation when true, an asset a member adds waits for a moderator before it is listed or federated;
 *                   moderators' and organisers' own are listed at once (PATCHWORK_ASSETS_MODERATION)
 */
@ConfigurationProperties("patchwork.assets")
public record AssetsConfiguration(@Bindable(defaultValue = "false") boolean moderation) {
}
