package london.patchwork.server.moderating;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.http.Ids;
import london.patchwork.server.http.Roles;
import london.patchwork.server.http.Viewers;
import london.patchwork.server.instance.Uris;
import london.patchwork.server.moderation.ModeratedContent;
import london.patchwork.server.site.FormTokens;
import london.patchwork.server.site.Pages;
import london.patchwork.server.site.SiteContext;
import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.moderation.ReportFormView;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The report page for members without JavaScript: {@code /reports/new?account=ID&status=ID}. */
@Controller("/reports/new")
@Secured(Roles.MEMBER)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
public class ReportPageController {

    private final ModerationService moderation;
    private final ModerationViews views;
    private final FormTokens formTokens;
    private final SiteContext site;
    private final Uris uris;

    ReportPageController(ModerationService moderation, ModerationViews views, FormTokens formTokens,
                         SiteContext site, Uris uris) {
        this.moderation = moderation;
        this.views = views;
        this.formTokens = formTokens;
        this.site = site;
        this.uris = uris;
    }

    /** The report as posted. */
    @Serdeable
    public record ReportForm(@Nullable String account, @Nullable String status, @Nullable String category,
                             @Nullable String comment, @Nullable @JsonProperty("_form") String form) {
    }

    @Get
    public HttpResponse<?> form(HttpRequest<?> request, @Nullable @QueryValue String account,
                                @Nullable @QueryValue String status) {
        return page(request, HttpStatus.OK, account, status, "other", "", Map.of(), false);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> report(HttpRequest<?> request, @Body ReportForm form,
                                  @Nullable Authentication authentication) {
        if (!formTokens.accepts(request, form.form())) {
            return site.notice(HttpStatus.FORBIDDEN, "Please try again",
                    "The form had expired or did not come from this site.", "/", "Go to the hub");
        }
        Optional<Long> reporter = Viewers.actorId(authentication);
        Optional<Long> target = Ids.parse(form.account());
        if (reporter.isEmpty() || target.isEmpty()) {
            return page(request, HttpStatus.NOT_FOUND, form.account(), form.status(), form.category(),
                    form.comment(), Map.of(), false);
        }
        List<Long> statuses = Ids.parse(form.status()).map(List::of).orElse(List.of());
        try {
            moderation.report(reporter.get(), target.get(), statuses, form.comment(), form.category(), false);
        } catch (ModerationService.Refused refused) {
            return page(request, refused.notFound() ? HttpStatus.NOT_FOUND : HttpStatus.UNPROCESSABLE_ENTITY,
                    form.account(), form.status(), form.category(), form.comment(),
                    Map.of("comment", refused.getMessage()), false);
        }
        return page(request, HttpStatus.OK, form.account(), form.status(), form.category(), "", Map.of(), true);
    }

    private HttpResponse<?> page(HttpRequest<?> request, HttpStatus status, @Nullable String accountId,
                                 @Nullable String statusId, @Nullable String category, @Nullable String comment,
                                 Map<String, String> errors, boolean done) {
        Optional<Actor> account = Ids.parse(accountId).flatMap(moderation::findAccount);
        if (account.isEmpty()) {
            return site.notice(HttpStatus.NOT_FOUND, "No such account", "There is no account to report here.",
                    "/", "Go to the hub");
        }
        // The form shows the post to whoever opens it: only one anyone may read, never a direct or followers-only
        // post by id (the moderators see every reported post in the queue).
        Optional<ModeratedContent.Content> post = Ids.parse(statusId).flatMap(moderation::content)
                .filter(content -> content.authorId() == account.get().id())
                .filter(ModeratedContent.Content::open);
        String token = formTokens.token(request);
        String handle = views.handle(account.get());
        ReportFormView view = new ReportFormView(site.site(), PageMeta.of("Report " + handle,
                "Report an account to the moderators of " + site.site().hubName(),
                uris.base().resolve("/reports/new").toString()), token, account.get().id().toString(), handle,
                post.map(content -> Long.toString(content.id())).orElse(""), post.map(ModeratedContent.Content::html)
                .orElse(null), Reports.CATEGORIES, category == null ? "other" : category,
                comment == null ? "" : comment, errors, done);
        return HttpResponse.status(status).body(Pages.render("moderation/report-form", view))
                .contentType(MediaType.TEXT_HTML_TYPE).cookie(formTokens.cookie(token))
                .header("Cache-Control", "no-store");
    }
}
