package london.patchwork.web.imports;

import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.layout.Site;

import java.util.List;

/**
 * The organisers' import page: a file and its format to upload, and the latest imports.
 *
 * @param error why the last upload was refused, or null
 */
public record ImportsView(Site site, PageMeta meta, String formToken, String error, List<Format> formats,
                          List<Job> jobs) {

    /** A format offered in the form. */
    public record Format(String value, String label) {
    }

    /** An earlier import, as listed. */
    public record Job(String id, String format, String status, String when, String summary) {
    }
}
