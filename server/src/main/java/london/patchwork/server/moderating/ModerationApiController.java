package london.patchwork.server.moderating;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import london.patchwork.server.http.Roles;

import java.util.Map;
import java.util.Optional;

/**
 * What Mastodon's admin API lacks, under {@code /api/patchwork/moderation}: the blocked and silenced accounts,
 * removing a report's content, forwarding a report as a {@code Flag}, and the moderation log.
 */
@Controller("/api/patchwork/moderation")
@Secured({Roles.MODERATOR, Roles.ORGANISER})
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.APPLICATION_JSON)
public class ModerationApiController {

    private final ModerationService moderation;
    private final AdminJsonWriter json;

    ModerationApiController(ModerationService moderation, AdminJsonWriter json) {
        this.moderation = moderation;
        this.json = json;
    }

    /** Why, for an action on a report. */
    @Serdeable
    public record Why(@Nullable String reason) {
    }

    /** Blocks or silences an account by id. */
    @Serdeable
    public record AccountBlockForm(@Nullable @JsonProperty("account_id") String accountId,
                                   @Nullable String severity, @Nullable String reason) {
    }

    @Get("/account_blocks")
    public HttpResponse<?> accountBlocks() {
        return HttpResponse.ok(moderation.accountBlocks().stream().flatMap(block -> moderation
                .findAccount(block.actorId()).stream().map(actor -> new AdminJson.AccountBlock(block.severity().key(),
                        london.patchwork.server.actors.AccountJsonMapper.time(block.at()), block.reason(),
                        json.account(actor)))).toList());
    }

    @Post("/account_blocks")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON})
    public HttpResponse<?> blockAccount(@Body AccountBlockForm form, @Nullable Authentication authentication) {
        return ModerationErrors.answer(() -> {
            Severity severity = Severity.fromKey(form.severity()).orElseThrow(() ->
                    new ModerationService.Refused("severity must be silence or suspend", false));
            long actorId = AdminReportsController.accountId(form.accountId());
            moderation.actOnAccount(moderation.acting(authentication), actorId,
                    severity == Severity.SUSPEND ? ModerationService.AccountAction.SUSPEND
                            : ModerationService.AccountAction.SILENCE, form.reason(), null);
            return json.account(moderation.account(actorId));
        });
    }

    @Post("/reports/{id}/remove_content")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON, MediaType.ALL})
    public HttpResponse<?> removeContent(@PathVariable String id, @Nullable @Body Why why,
                                         @Nullable Authentication authentication) {
        return ModerationErrors.answer(() -> Map.of("removed", moderation.removeReportedContent(
                moderation.acting(authentication), AdminReportsController.reportId(id), reason(why))));
    }

    @Post("/reports/{id}/forward")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON, MediaType.ALL})
    public HttpResponse<?> forward(@PathVariable String id, @Nullable @Body Why why,
                                   @Nullable Authentication authentication) {
        return ModerationErrors.answer(() -> Map.of("flag", moderation.forward(moderation.acting(authentication),
                AdminReportsController.reportId(id), reason(why)).toString()));
    }

    /** Newest first, 100 a page; {@code max_id} pages back. */
    @Get("/log")
    public HttpResponse<?> log(@QueryValue("max_id") Optional<Long> maxId) {
        return HttpResponse.ok(moderation.log(100, maxId.orElse(0L)).stream().map(AdminJsonWriter::logEntry)
                .toList());
    }

    private static String reason(@Nullable Why why) {
        return why == null ? null : why.reason();
    }
}
