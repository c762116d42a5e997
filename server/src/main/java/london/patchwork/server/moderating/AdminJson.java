package london.patchwork.server.moderating;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import london.patchwork.server.actors.AccountJson;

import java.util.List;

/**
 * The moderation API's bodies, in the shapes of Mastodon's admin entities where Mastodon has them. Empty lists and
 * nulls are written out, as Mastodon writes them.
 */
final class AdminJson {

    private AdminJson() {
    }

    /** Mastodon's Admin::Account, with what a hub knows. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Account(String id, String username, @Nullable String domain, boolean suspended, boolean silenced,
                   @JsonProperty("created_at") @Nullable String createdAt, AccountJson account) {
    }

    /** A reported post, as much of Mastodon's Status as a moderator needs. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ReportedStatus(@Nullable String id, String uri, @Nullable String url, @Nullable String content,
                          boolean removed) {
    }

    /** Mastodon's Admin::Report. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Report(String id, @JsonProperty("action_taken") boolean actionTaken,
                  @JsonProperty("action_taken_at") @Nullable String actionTakenAt,
                  @JsonProperty("action_taken_by") @Nullable String actionTakenBy,
                  @Nullable String resolution, String category, String comment, boolean forwarded,
                  @JsonProperty("forward_requested") boolean forwardRequested,
                  @JsonProperty("forwarded_at") @Nullable String forwardedAt,
                  @JsonProperty("created_at") String createdAt, @Nullable Account account,
                  @JsonProperty("target_account") Account targetAccount,
                  @JsonProperty("status_ids") List<String> statusIds, List<ReportedStatus> statuses) {
    }

    /** Mastodon's Report, as the reporting member sees it. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record MemberReport(String id, @JsonProperty("action_taken") boolean actionTaken, String category,
                        String comment, boolean forwarded, @JsonProperty("created_at") String createdAt,
                        @JsonProperty("status_ids") List<String> statusIds,
                        @JsonProperty("target_account") AccountJson targetAccount) {
    }

    /** Mastodon's Admin::DomainBlock; the id is the domain itself. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record DomainBlock(String id, String domain, @JsonProperty("created_at") @Nullable String createdAt,
                       String severity, @JsonProperty("private_comment") String privateComment,
                       @JsonProperty("follows_ended") @Nullable Integer followsEnded,
                       @JsonProperty("deliveries_dropped") @Nullable Integer deliveriesDropped) {
    }

    /** A blocked or silenced account. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record AccountBlock(String severity, @JsonProperty("created_at") @Nullable String createdAt, String reason,
                        Account account) {
    }

    /** One line of the moderation log. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record LogEntry(String id, String at, String by, String action, String target, String reason,
                    @JsonProperty("report_id") @Nullable String reportId) {
    }
}
