package london.patchwork.server.guides;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import london.patchwork.server.http.ActivityResponses;
import london.patchwork.server.http.ApiError;
import london.patchwork.server.http.Ids;
import london.patchwork.server.site.FormTokens;
import london.patchwork.server.site.Pages;
import london.patchwork.server.site.SiteContext;

import java.net.URI;
import java.util.Optional;

/**
 * Reading the wiki: the guides by topic, a guide (its Article for fediverse software, at the same URL), its history
 * and a diff between any two revisions; and a moderator's delete button.
 */
@Controller("/guides")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class GuidesPageController {

    private final GuideService guides;
    private final GuidePages pages;
    private final GuideActivities activities;
    private final ActivityResponses responses;
    private final FormTokens formTokens;
    private final Pages renderer;
    private final SiteContext site;

    public GuidesPageController(GuideService guides, GuidePages pages, GuideActivities activities,
                                ActivityResponses responses, FormTokens formTokens, Pages renderer,
                                SiteContext site) {
        this.guides = guides;
        this.pages = pages;
        this.activities = activities;
        this.responses = responses;
        this.formTokens = formTokens;
        this.renderer = renderer;
        this.site = site;
    }

    /** A form with only its token. */
    @Serdeable
    public record TokenForm(@Nullable @JsonProperty("_form") String form) {
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> list(@Nullable Authentication authentication) {
        return HttpResponse.ok(Pages.render("guides/list", pages.list(GuideVisitor.isMember(authentication))))
                .contentType(MediaType.TEXT_HTML_TYPE);
    }

    @Get("/{slug}")
    @Produces({ActivityResponses.ACTIVITY_JSON, "application/ld+json", MediaType.APPLICATION_JSON,
            MediaType.TEXT_HTML, MediaType.ALL})
    public HttpResponse<?> guide(@PathVariable String slug, HttpRequest<?> request,
                                 @Nullable Authentication authentication) {
        Optional<Guide> guide = guides.find(slug);
        boolean json = ActivityResponses.wantsActivityJson(request);
        // This route also answers JSON, so its pages are rendered here whatever the Accept header said.
        if (guide.isEmpty()) {
            return json ? ApiError.of(HttpStatus.NOT_FOUND, "no such guide")
                    : renderer.html(request, HttpStatus.NOT_FOUND, site.noticePage("No such guide",
                    "There is no guide here.", "/guides", "All guides"));
        }
        if (guide.get().deleted()) {
            return json ? responses.document(request, HttpStatus.GONE, activities.tombstone(guide.get()))
                    : renderer.html(request, HttpStatus.GONE, site.noticePage("This guide was deleted",
                    "A moderator removed it.", "/guides", "All guides"));
        }
        if (json) {
            return responses.document(request, guides.document(guide.get()));
        }
        String token = formTokens.token(request);
        return renderer.html(request, HttpStatus.OK, Pages.render("guides/guide", pages.page(guide.get(),
                        GuideVisitor.isMember(authentication), GuideVisitor.isModerator(authentication), token)))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT).cookie(formTokens.cookie(token));
    }

    @Get("/{slug}/history")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> history(@PathVariable String slug, HttpRequest<?> request,
                                   @Nullable Authentication authentication) {
        Optional<Guide> guide = guides.find(slug).filter(found -> !found.deleted());
        if (guide.isEmpty()) {
            return missing();
        }
        String token = formTokens.token(request);
        return HttpResponse.ok(Pages.render("guides/history", pages.history(guide.get(),
                        GuideVisitor.isMember(authentication), token))).contentType(MediaType.TEXT_HTML_TYPE)
                .cookie(formTokens.cookie(token)).header("Cache-Control", "no-store");
    }

    @Get("/{slug}/diff")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> diff(@PathVariable String slug, @Nullable @QueryValue String from,
                                @Nullable @QueryValue String to) {
        Optional<Guide> guide = guides.find(slug).filter(found -> !found.deleted());
        if (guide.isEmpty()) {
            return missing();
        }
        Optional<Long> older = Ids.parse(from).filter(n -> n > 0 && n <= Integer.MAX_VALUE);
        Optional<Long> newer = Ids.parse(to).filter(n -> n > 0 && n <= Integer.MAX_VALUE);
        if (older.isEmpty() || newer.isEmpty()) {
            return site.notice(HttpStatus.BAD_REQUEST, "Which revisions?", "Name two revisions to compare.",
                    "/guides/" + slug + "/history", "History");
        }
        int a = older.get().intValue();
        int b = newer.get().intValue();
        try {
            return HttpResponse.ok(Pages.render("guides/diff", pages.diff(guide.get(), a, b,
                    guides.diff(guide.get(), a, b)))).contentType(MediaType.TEXT_HTML_TYPE);
        } catch (GuideService.NotFound noRevision) {
            return site.notice(HttpStatus.NOT_FOUND, "No such revision", "This guide has revisions 1 to "
                    + guide.get().currentRevision() + ".", "/guides/" + slug + "/history", "History");
        }
    }

    @Post("/{slug}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> delete(@PathVariable String slug, HttpRequest<?> request, @Body TokenForm form,
                                  @Nullable Authentication authentication) {
        if (!formTokens.accepts(request, form.form())) {
            return expired(slug);
        }
        if (!GuideVisitor.isModerator(authentication)) {
            return site.notice(HttpStatus.FORBIDDEN, "Only moderators delete guides",
                    "Ask a moderator or an organiser of the hub.", "/guides/" + slug, "Back to the guide");
        }
        try {
            guides.delete(slug);
        } catch (GuideService.NotFound gone) {
            return missing();
        }
        return HttpResponse.seeOther(URI.create("/guides"));
    }

    private HttpResponse<?> missing() {
        return site.notice(HttpStatus.NOT_FOUND, "No such guide", "There is no guide here.", "/guides",
                "All guides");
    }

    private HttpResponse<?> expired(String slug) {
        return site.notice(HttpStatus.FORBIDDEN, "Please try again",
                "The form had expired or did not come from this site.", "/guides/" + slug, "Back to the guide");
    }
}
