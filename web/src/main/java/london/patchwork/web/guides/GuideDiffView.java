package london.patchwork.web.guides;

import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.layout.Site;

import java.util.List;

/**
 * The lines that changed between two revisions of a guide. Each line says in words whether it was added, removed
 * or kept, so the difference does not depend on seeing colour.
 */
public record GuideDiffView(Site site, PageMeta meta, String slug, String title, int from, int to,
                            List<Line> lines, int added, int removed) {

    /**
     * One line of the diff.
     *
     * @param kind      added, removed or kept (also its CSS class)
     * @param sign      +, − or a space, as a diff shows it
     * @param oldNumber its line in the older revision, or empty
     * @param newNumber its line in the newer revision, or empty
     */
    public record Line(String kind, String sign, String label, String text, String oldNumber, String newNumber) {
    }
}
