package london.patchwork.server.instance;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Who the hub is: its handle and how it introduces itself. Set in application.yml or by environment
 * variables such as {@code PATCHWORK_HUB_NAME}.
 *
 * @param username the hub Group actor's preferred username, the part before the @ in its handle
 * @param name     display name
 * @param summary  one-paragraph description, plain text
 * @param icon     absolute URL of an avatar image, or empty
 * @param area     the borough (or other area of London) the hub serves, or empty; shown in the pan-London Hub's
 *                 directory ({@code PATCHWORK_HUB_AREA})
 */
@ConfigurationProperties("patchwork.hub")
public record HubConfiguration(
        @Bindable(defaultValue = "hub") String username,
        @Bindable(defaultValue = "Patchwork hub") String name,
        @Bindable(defaultValue = "") String summary,
        @Nullable String icon,
        @Nullable String area) {
}
