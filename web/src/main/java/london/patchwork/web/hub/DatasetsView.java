package london.patchwork.web.hub;

import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.layout.Site;

import java.util.List;

/**
 * The hub's open datasets, grouped under headings.
 *
 * @param licence    the licence line, or empty for none
 * @param licenceUrl where the licence is written, or empty
 */
public record DatasetsView(Site site, PageMeta meta, List<Section> sections, String licence, String licenceUrl) {

    public record Section(String heading, List<Entry> datasets) {
    }

    /** One dataset: its title, what it holds, where, and its format by name and media type. */
    public record Entry(String title, String description, String href, String format, String mediaType) {
    }
}
