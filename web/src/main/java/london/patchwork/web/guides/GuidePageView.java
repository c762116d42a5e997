package london.patchwork.web.guides;

import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.layout.Site;

/**
 * A guide as readers see it.
 *
 * @param html      the guide's sanitised HTML
 * @param author    who saved the current revision
 * @param canDelete whether the visitor moderates the hub
 * @param formToken the token the delete form carries, or empty
 */
public record GuidePageView(Site site, PageMeta meta, String slug, String title, String topic, String topicAnchor,
                            String html,
                            int revision, String author, String updated, boolean canEdit, boolean canDelete,
                            String formToken) {
}
