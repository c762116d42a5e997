package london.patchwork.server.moderating;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
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
import london.patchwork.server.instance.Uris;
import london.patchwork.server.site.FormTokens;
import london.patchwork.server.site.Pages;
import london.patchwork.server.site.SiteContext;
import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.moderation.QueueView;
import london.patchwork.web.moderation.ReportEntry;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The moderators' pages: the queue of open reports with an action form on each (a reason is required), and one
 * report's page. Forms carry the form token; every action goes through {@link ModerationService}, so it is logged
 * like the API's.
 */
@Controller("/moderation")
@Secured({Roles.MODERATOR, Roles.ORGANISER})
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
public class ModerationPageController {

    private static final String WHY_MISSING = "Say why: it goes in the moderation log.";

    /** What each action did, shown on the report's page after it. */
    private static final Map<String, String> DONE = Map.of("resolve", "Report resolved.",
            "remove", "The reported posts were removed (ours deleted, with a Delete sent) and the report resolved.",
            "silence", "Account silenced.", "suspend", "Account suspended.",
            "block-domain", "The account's domain is blocked.", "forward", "Report forwarded to the account's server.");

    private final ModerationService moderation;
    private final ModerationViews views;
    private final FormTokens formTokens;
    private final SiteContext site;
    private final Uris uris;

    ModerationPageController(ModerationService moderation, ModerationViews views, FormTokens formTokens,
                             SiteContext site, Uris uris) {
        this.moderation = moderation;
        this.views = views;
        this.formTokens = formTokens;
        this.site = site;
        this.uris = uris;
    }

    /** An action on a report, with its reason. */
    @Serdeable
    public record ActionForm(@Nullable String action, @Nullable String why,
                             @Nullable @JsonProperty("_form") String form) {
    }

    @Get
    public HttpResponse<?> queue(HttpRequest<?> request) {
        List<ReportEntry> open = moderation.reports(false, 100).stream().map(r -> views.entry(r, "", null)).toList();
        return queuePage(request, HttpStatus.OK, "Moderation", null, open);
    }

    /** @param done what the action that led here did (one of {@link #DONE}'s keys), after a post */
    @Get("/reports/{id}")
    public HttpResponse<?> report(HttpRequest<?> request, @PathVariable String id, @Nullable @QueryValue String done) {
        Optional<Reports.Report> report = Ids.parse(id).flatMap(this::find);
        if (report.isEmpty()) {
            return site.notice(HttpStatus.NOT_FOUND, "No such report", "There is no report " + id + ".",
                    "/moderation", "Open reports");
        }
        return queuePage(request, HttpStatus.OK, "Report " + report.get().id(), done == null ? null : DONE.get(done),
                List.of(views.entry(report.get(), "", null)));
    }

    @Post("/reports/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> act(HttpRequest<?> request, @PathVariable String id, @Body ActionForm form,
                               @Nullable Authentication authentication) {
        if (!formTokens.accepts(request, form.form())) {
            return expired("/moderation/reports/" + id);
        }
        Optional<Reports.Report> report = Ids.parse(id).flatMap(this::find);
        if (report.isEmpty()) {
            return site.notice(HttpStatus.NOT_FOUND, "No such report", "There is no report " + id + ".",
                    "/moderation", "Open reports");
        }
        long reportId = report.get().id();
        String why = form.why() == null ? "" : form.why().strip();
        if (why.isEmpty()) {
            return queuePage(request, HttpStatus.UNPROCESSABLE_ENTITY, "Report " + reportId, null,
                    List.of(views.entry(report.get(), why, WHY_MISSING)));
        }
        Acting by = moderation.acting(authentication);
        try {
            switch (form.action() == null ? "" : form.action()) {
                case "resolve" -> moderation.resolve(by, reportId, why);
                case "remove" -> moderation.removeReportedContent(by, reportId, why);
                case "silence" -> moderation.actOnAccount(by, report.get().targetActorId(),
                        ModerationService.AccountAction.SILENCE, why, reportId);
                case "suspend" -> moderation.actOnAccount(by, report.get().targetActorId(),
                        ModerationService.AccountAction.SUSPEND, why, reportId);
                case "block-domain" -> {
                    moderation.blockDomain(by, moderation.account(report.get().targetActorId()).host(),
                            Severity.SUSPEND, why);
                    moderation.resolve(by, reportId, why);
                }
                case "forward" -> moderation.forward(by, reportId, why);
                default -> throw new ModerationService.Refused("Choose an action.", false);
            }
        } catch (ModerationService.Refused refused) {
            return queuePage(request, HttpStatus.UNPROCESSABLE_ENTITY, "Report " + reportId, null,
                    List.of(views.entry(report.get(), why, refused.getMessage())));
        }
        // Post, then redirect: reloading the page that answers must not forward or act twice.
        return HttpResponse.seeOther(URI.create("/moderation/reports/" + reportId + "?done=" + form.action()));
    }

    private Optional<Reports.Report> find(long id) {
        try {
            return Optional.of(moderation.reportById(id));
        } catch (ModerationService.Refused e) {
            return Optional.empty();
        }
    }

    private MutableHttpResponse<?> queuePage(HttpRequest<?> request, HttpStatus status, String heading,
                                             @Nullable String notice, List<ReportEntry> reports) {
        String token = formTokens.token(request);
        QueueView view = new QueueView(site.site(), PageMeta.of(heading, "Moderation of " + site.site().hubName(),
                uris.base().resolve("/moderation").toString()), token, heading, notice, reports, views.log(20));
        return page(status, Pages.render("moderation/queue", view), token);
    }

    private MutableHttpResponse<?> page(HttpStatus status, Object body, String token) {
        return HttpResponse.status(status).body(body).contentType(MediaType.TEXT_HTML_TYPE)
                .cookie(formTokens.cookie(token)).header("Cache-Control", "no-store");
    }

    private MutableHttpResponse<?> expired(String back) {
        return site.notice(HttpStatus.FORBIDDEN, "Please try again",
                "The form had expired or did not come from this site.", back, "Back");
    }
}
