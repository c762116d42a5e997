package london.patchwork.web.posts;

import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.layout.Site;

import java.util.Map;

/**
 * The form a member writes or edits a post with, as typed when it comes back with problems.
 *
 * @param action      where the form posts: {@code /posts/new}, or the post being edited
 * @param heading     "Write a post" or "Edit your post"
 * @param deleteAction where the author deletes the post being edited, or null for a new one (an edit keeps the
 *                    post's visibility, so the form then has no visibility field)
 * @param mediaId     an image already uploaded with an earlier try, kept so it need not be chosen again; or null
 * @param keptImage   that image's preview, or null
 * @param errors      problems by field: status, visibility, spoilerText, language, image, description, form
 */
public record NewPostView(Site site, PageMeta meta, String action, String heading, String deleteAction,
                          String formToken, String status, String visibility, String spoilerText, String language,
                          String description, String mediaId, String keptImage, Map<String, String> errors) {

    public String error(String field) {
        String message = errors.get(field);
        return message == null || message.isEmpty() ? null : message;
    }

    public String invalid(String field) {
        return error(field) == null ? null : "true";
    }

    public boolean chosen(String option) {
        return option.equals(visibility);
    }
}
