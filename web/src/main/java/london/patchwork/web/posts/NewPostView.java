package london.patchwork.web.posts;

import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.layout.Site;

import java.util.Map;

/**
 * The form a member writes a post with, as typed when it comes back with problems.
 *
 * @param mediaId     an image already uploaded with an earlier try, kept so it need not be chosen again; or null
 * @param keptImage   that image's preview, or null
 * @param errors      problems by field: status, visibility, spoilerText, image, description, form
 */
public record NewPostView(Site site, PageMeta meta, String formToken, String status, String visibility,
                          String spoilerText, String description, String mediaId, String keptImage,
                          Map<String, String> errors) {

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
