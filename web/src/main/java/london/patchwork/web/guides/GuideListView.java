package london.patchwork.web.guides;

import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.layout.Site;

import java.util.List;

/**
 * The wiki's index: guides grouped by topic.
 *
 * @param canWrite whether the visitor is a signed-in member, who may start a guide
 */
public record GuideListView(Site site, PageMeta meta, List<Topic> topics, boolean canWrite) {

    /** A topic and its guides, by title. */
    public record Topic(String name, String anchor, List<Entry> guides) {
    }

    /** A guide in the list. */
    public record Entry(String slug, String title, String updated) {
    }
}
