package london.patchwork.web.moderation;

import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.layout.Site;

import java.util.List;

/**
 * The moderation queue (open reports with their actions and the latest log lines), or one report's page.
 *
 * @param heading the page's heading
 * @param notice  what the last action did, or null
 */
public record QueueView(Site site, PageMeta meta, String formToken, String heading, String notice,
                        List<ReportEntry> reports, List<LogLine> log) {

    /** One line of the moderation log. */
    public record LogLine(String at, String by, String action, String target, String reason) {
    }
}
