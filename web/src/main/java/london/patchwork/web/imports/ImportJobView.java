package london.patchwork.web.imports;

import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.layout.Site;

import java.util.List;

/**
 * One import, followed while it runs (the page reloads itself) and its report once done.
 *
 * @param phase     what it is doing, in words
 * @param total     rows in the file, 0 until read
 * @param reason    why it failed, or null
 * @param report    the counts and rejected rows, or null until it ends
 */
public record ImportJobView(Site site, PageMeta meta, String id, String format, String status, String phase,
                            boolean finished, int processed, int total, String reason, Report report) {

    /** The report: counts, every rejected row, warnings about the file. */
    public record Report(int read, int imported, int rejected, int assets, int connections, List<Rejected> rejections,
                         List<String> warnings) {
    }

    /** A rejected row's problem. */
    public record Rejected(String place, String field, String message) {
    }
}
