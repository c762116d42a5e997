package london.patchwork.web.moderation;

import java.util.List;

/**
 * One report as the moderation queue shows it.
 *
 * @param reporter    who reported: a member's handle, or the reporting server's actor
 * @param target      the reported account's handle
 * @param targetUrl   where its profile is
 * @param posts       the reported posts
 * @param open        false once resolved
 * @param resolution  what was done, once resolved
 * @param remote      true when the account is on another server, whose domain can then be blocked
 * @param forwardable true when the report can still go to that server (it has not been forwarded yet)
 * @param why         what was typed as the reason, kept when the form came back with an error
 * @param error       the error beside the reason field, or null
 */
public record ReportEntry(long id, String createdAt, String reporter, String target, String targetUrl,
                          String category, String comment, List<ReportedPost> posts, boolean open, String resolution,
                          boolean remote, boolean forwardable, String why, String error) {

    /** A reported post. */
    public record ReportedPost(String url, String html, boolean removed) {
    }
}
