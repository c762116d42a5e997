package london.patchwork.web.apps;

import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.layout.Site;

/** The code to copy into an app that asked for out-of-band authorisation. */
public record CodeView(Site site, PageMeta meta, String appName, String code) {
}
