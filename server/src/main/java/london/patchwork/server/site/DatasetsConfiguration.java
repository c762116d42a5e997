package london.patchwork.server.site;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The open datasets page, under {@code patchwork.datasets}.
 *
 * @param licence    the licence line under the list ("Open Government Licence v3.0"); empty shows none
 * @param licenceUrl where that licence is written; empty shows the line without a link
 */
@ConfigurationProperties("patchwork.datasets")
public record DatasetsConfiguration(@Bindable(defaultValue = "") String licence,
                                    @Bindable(defaultValue = "") String licenceUrl) {

    public DatasetsConfiguration {
        licence = licence == null ? "" : licence.strip();
        licenceUrl = licenceUrl == null ? "" : licenceUrl.strip();
    }
}
