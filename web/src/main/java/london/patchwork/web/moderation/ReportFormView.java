package london.patchwork.web.moderation;

import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.layout.Site;

import java.util.List;
import java.util.Map;

/**
 * The page a member reports an account (and one of its posts) on.
 *
 * @param accountId  the reported account's id
 * @param account    its handle
 * @param statusId   the reported post's id, or empty
 * @param statusHtml that post's HTML, or null
 * @param categories the categories to choose from
 * @param done       true once the report was filed
 */
public record ReportFormView(Site site, PageMeta meta, String formToken, String accountId, String account,
                             String statusId, String statusHtml, List<String> categories, String category,
                             String comment, Map<String, String> errors, boolean done) {

    public String error(String field) {
        return errors.get(field);
    }

    public String invalid(String field) {
        return errors.containsKey(field) ? "true" : "false";
    }
}
