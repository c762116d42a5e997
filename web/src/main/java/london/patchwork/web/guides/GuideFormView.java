package london.patchwork.web.guides;

import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.layout.Site;

import java.util.Map;

/**
 * The form that starts or edits a guide.
 *
 * @param creating         true for a new guide, false to edit {@code slug}
 * @param baseRevision     the revision this edit started from
 * @param conflictRevision the revision someone else saved meanwhile, or 0 when there is no conflict
 */
public record GuideFormView(Site site, PageMeta meta, String formToken, boolean creating, String slug, String title,
                            String topic, String body, String summary, int baseRevision, Map<String, String> errors,
                            int conflictRevision) {

    public String error(String field) {
        return errors.get(field);
    }

    public String invalid(String field) {
        return errors.containsKey(field) ? "true" : "false";
    }

    public String action() {
        return creating ? "/guides/new" : "/guides/" + slug + "/edit";
    }
}
