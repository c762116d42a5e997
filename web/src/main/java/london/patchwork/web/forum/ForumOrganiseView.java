package london.patchwork.web.forum;

import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.layout.Site;

import java.util.List;
import java.util.Map;

/**
 * The organisers' page of the forum's categories: create, rename, move and delete.
 *
 * @param errors  field name to reason, for the form that was sent
 * @param message what was just done, or null
 * @param typed   what was typed in the new-category form, kept when it was refused ({@code slug}, {@code name},
 *                {@code description})
 */
public record ForumOrganiseView(Site site, PageMeta meta, String formToken, List<ForumEntries.Category> categories,
                                Map<String, String> errors, String message, Map<String, String> typed) {
}
