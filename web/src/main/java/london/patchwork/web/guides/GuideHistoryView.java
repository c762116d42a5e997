package london.patchwork.web.guides;

import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.layout.Site;

import java.util.List;

/**
 * A guide's revisions, newest first, with links to their diffs and, for members, a restore button.
 *
 * @param current the revision the guide shows now
 */
public record GuideHistoryView(Site site, PageMeta meta, String slug, String title, int current,
                               List<Revision> revisions, boolean canRestore, String formToken) {

    /** One save: its number, author, note and time. */
    public record Revision(int number, String title, String author, String summary, String created) {
    }
}
