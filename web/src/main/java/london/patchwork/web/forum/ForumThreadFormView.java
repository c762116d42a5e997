package london.patchwork.web.forum;

import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.layout.Site;

import java.util.List;
import java.util.Map;

/**
 * The form that opens a thread, or edits one, with what was typed and the reasons beside each field.
 *
 * @param action  where the form posts: {@code /forum/new} or the thread's edit address
 * @param editing true for an edit (the category stays where a moderator or the author put it)
 * @param errors field name ({@code title}, {@code category}, {@code text}, {@code tags}) to reason
 */
public record ForumThreadFormView(Site site, PageMeta meta, String formToken, String action, boolean editing,
                                  List<ForumEntries.Category> categories,
                                  String title, String category, String text, String tags,
                                  Map<String, String> errors) {
}
