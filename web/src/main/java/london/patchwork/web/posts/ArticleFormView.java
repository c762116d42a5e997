package london.patchwork.web.posts;

import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.layout.Site;

import java.util.Map;

/**
 * The form a member writes or edits a blog article with, as typed when it comes back with problems.
 *
 * @param action     where the form posts: a new article, or the article being edited
 * @param heading    "Write an article" or "Edit your article"
 * @param deleteAction where the author deletes the article being edited, or null for a new one
 * @param coverId    a cover image already uploaded (an earlier try, or the article's), kept; or null
 * @param coverImage that image's preview, or null
 * @param errors     problems by field: title, summary, body, tags, language, cover, description, form
 */
public record ArticleFormView(Site site, PageMeta meta, String action, String deleteAction, String heading,
                              String formToken,
                              String title, String summary, String body, String tags, String language,
                              String description, String coverId, String coverImage, Map<String, String> errors) {

    public String error(String field) {
        String message = errors.get(field);
        return message == null || message.isEmpty() ? null : message;
    }

    public String invalid(String field) {
        return error(field) == null ? null : "true";
    }
}
