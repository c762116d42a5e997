package london.patchwork.server.moderating;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import london.patchwork.server.http.Ids;
import london.patchwork.server.http.OAuthScope;
import london.patchwork.server.http.Roles;
import london.patchwork.server.http.Viewers;

import java.util.ArrayList;
import java.util.List;

/** Mastodon's {@code POST /api/v1/reports}: a signed-in member reports an account and some of its posts. */
@Controller("/api/v1/reports")
@Secured(Roles.MEMBER)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.APPLICATION_JSON)
public class ReportsController {

    private final ModerationService moderation;
    private final AdminJsonWriter json;

    ReportsController(ModerationService moderation, AdminJsonWriter json) {
        this.moderation = moderation;
        this.json = json;
    }

    /** Mastodon's parameters; {@code status_ids[]} in a form arrive as {@code status_ids}. */
    @Serdeable
    public record ReportForm(@Nullable @JsonProperty("account_id") String accountId,
                             @Nullable @JsonProperty("status_ids") List<String> statusIds,
                             @Nullable String comment, @Nullable Boolean forward, @Nullable String category) {
    }

    @Post
    @OAuthScope("write:reports")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_FORM_URLENCODED})
    public HttpResponse<?> report(@Body ReportForm form, @Nullable Authentication authentication) {
        return ModerationErrors.answer(() -> {
            long reporter = Viewers.actorId(authentication).orElseThrow(() ->
                    new ModerationService.Refused("only members report: the organiser token speaks for the hub",
                            false));
            long target = AdminReportsController.accountId(form.accountId());
            List<Long> statuses = new ArrayList<>();
            for (String id : form.statusIds() == null ? List.<String>of() : form.statusIds()) {
                statuses.add(Ids.parse(id).orElseThrow(() -> new ModerationService.Refused("no such status", false)));
            }
            return json.memberReport(moderation.report(reporter, target, statuses, form.comment(), form.category(),
                    Boolean.TRUE.equals(form.forward())));
        });
    }
}
