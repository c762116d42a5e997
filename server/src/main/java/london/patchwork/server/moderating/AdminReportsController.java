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
import london.patchwork.server.http.Ids;
import london.patchwork.server.http.Roles;

import java.util.Optional;

/**
 * Mastodon's admin API for reports and account actions ({@code /api/v1/admin/...}), for moderators and organisers,
 * signed in or with the organiser token.
 */
@Controller("/api/v1/admin")
@Secured({Roles.MODERATOR, Roles.ORGANISER})
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.APPLICATION_JSON)
public class AdminReportsController {

    private static final int PAGE = 100;

    private final ModerationService moderation;
    private final AdminJsonWriter json;

    AdminReportsController(ModerationService moderation, AdminJsonWriter json) {
        this.moderation = moderation;
        this.json = json;
    }

    /** Why an action was taken (Mastodon calls it {@code text}; {@code reason} is read too). */
    @Serdeable
    public record ActionForm(@Nullable String type, @Nullable String text, @Nullable String reason,
                             @Nullable @JsonProperty("report_id") String reportId) {
        String why() {
            return text != null && !text.isBlank() ? text : reason;
        }
    }

    @Get("/reports")
    public HttpResponse<?> list(@QueryValue Optional<Boolean> resolved) {
        return HttpResponse.ok(moderation.reports(resolved.orElse(false), PAGE).stream().map(json::report).toList());
    }

    @Get("/reports/{id}")
    public HttpResponse<?> show(@PathVariable String id) {
        return ModerationErrors.answer(() -> json.report(moderation.reportById(reportId(id))));
    }

    @Post("/reports/{id}/resolve")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON, MediaType.ALL})
    public HttpResponse<?> resolve(@PathVariable String id, @Nullable @Body ActionForm form,
                                   @Nullable Authentication authentication) {
        return ModerationErrors.answer(() -> json.report(moderation.resolve(moderation.acting(authentication),
                reportId(id), form == null ? null : form.why())));
    }

    @Post("/reports/{id}/reopen")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON, MediaType.ALL})
    public HttpResponse<?> reopen(@PathVariable String id, @Nullable @Body ActionForm form,
                                  @Nullable Authentication authentication) {
        return ModerationErrors.answer(() -> json.report(moderation.reopen(moderation.acting(authentication),
                reportId(id), form == null ? null : form.why())));
    }

    /** Mastodon's account action: {@code type} none (a warning, logged), silence or suspend. */
    @Post("/accounts/{id}/action")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON})
    public HttpResponse<?> action(@PathVariable String id, @Body ActionForm form,
                                  @Nullable Authentication authentication) {
        return ModerationErrors.answer(() -> {
            ModerationService.AccountAction action = switch (form.type() == null ? "" : form.type().strip()) {
                case "none" -> ModerationService.AccountAction.NONE;
                case "silence" -> ModerationService.AccountAction.SILENCE;
                case "suspend" -> ModerationService.AccountAction.SUSPEND;
                default -> throw new ModerationService.Refused("type must be none, silence or suspend", false);
            };
            Long report = form.reportId() == null || form.reportId().isBlank() ? null : reportId(form.reportId());
            moderation.actOnAccount(moderation.acting(authentication), accountId(id), action, form.why(), report);
            return java.util.Map.of();
        });
    }

    @Post("/accounts/{id}/unsuspend")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON, MediaType.ALL})
    public HttpResponse<?> unsuspend(@PathVariable String id, @Nullable @Body ActionForm form,
                                     @Nullable Authentication authentication) {
        return lift(id, form, authentication);
    }

    @Post("/accounts/{id}/unsilence")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON, MediaType.ALL})
    public HttpResponse<?> unsilence(@PathVariable String id, @Nullable @Body ActionForm form,
                                     @Nullable Authentication authentication) {
        return lift(id, form, authentication);
    }

    @Get("/accounts/{id}")
    public HttpResponse<?> account(@PathVariable String id) {
        return ModerationErrors.answer(() -> json.account(moderation.account(accountId(id))));
    }

    private HttpResponse<?> lift(String id, @Nullable ActionForm form, @Nullable Authentication authentication) {
        return ModerationErrors.answer(() -> {
            long actorId = accountId(id);
            moderation.liftAccount(moderation.acting(authentication), actorId, form == null ? null : form.why());
            return json.account(moderation.account(actorId));
        });
    }

    static long reportId(String id) throws ModerationService.Refused {
        return Ids.parse(id).orElseThrow(() -> new ModerationService.Refused("no such report", true));
    }

    static long accountId(String id) throws ModerationService.Refused {
        return Ids.parse(id).orElseThrow(() -> new ModerationService.Refused("no such account", true));
    }
}
