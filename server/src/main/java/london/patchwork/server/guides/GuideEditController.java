package london.patchwork.server.guides;

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
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import london.patchwork.server.actors.LocalActors;
import london.patchwork.server.http.Ids;
import london.patchwork.server.http.Viewers;
import london.patchwork.server.site.FormTokens;
import london.patchwork.server.site.Pages;
import london.patchwork.server.site.SiteContext;
import london.patchwork.web.guides.GuideFormView;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * Writing the wiki without JavaScript: starting a guide, editing one, restoring an old revision. Visitors who are
 * not signed in are sent to sign in first. An edit saved against a revision that is no longer current is refused
 * (409) with the form shown again, everything typed kept, and a link to what the other person changed.
 */
@Controller("/guides")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
public class GuideEditController {

    private final GuideService guides;
    private final GuidePages pages;
    private final FormTokens formTokens;
    private final SiteContext site;
    private final LocalActors localActors;

    public GuideEditController(GuideService guides, GuidePages pages, FormTokens formTokens, SiteContext site,
                               LocalActors localActors) {
        this.guides = guides;
        this.pages = pages;
        this.formTokens = formTokens;
        this.site = site;
        this.localActors = localActors;
    }

    /** The guide form as posted; {@code baseRevision} is the revision the edit started from. */
    @Serdeable
    public record GuideForm(@Nullable String title, @Nullable String topic, @Nullable String body,
                            @Nullable String summary, @Nullable String baseRevision,
                            @Nullable @JsonProperty("_form") String form) {

        GuideInput input() {
            return GuideInput.of(title, topic, body, summary);
        }
    }

    /** The restore button's form. */
    @Serdeable
    public record RestoreForm(@Nullable String revision, @Nullable String baseRevision,
                              @Nullable @JsonProperty("_form") String form) {
    }

    @Get("/new")
    public HttpResponse<?> newForm(HttpRequest<?> request, @Nullable Authentication authentication) {
        if (!GuideVisitor.isMember(authentication)) {
            return signIn("/guides/new");
        }
        String token = formTokens.token(request);
        return form(HttpStatus.OK, token, pages.newForm(token, GuideInput.of("", "", "", ""), Map.of()));
    }

    @Post("/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> create(HttpRequest<?> request, @Body GuideForm posted,
                                  @Nullable Authentication authentication) {
        if (!GuideVisitor.isMember(authentication)) {
            return signIn("/guides/new");
        }
        String token = formTokens.token(request);
        if (!formTokens.accepts(request, posted.form())) {
            return form(HttpStatus.FORBIDDEN, token, pages.newForm(token, posted.input(), Map.of("title",
                    "The form had expired or did not come from this site. Check it and save again.")));
        }
        try {
            Guide guide = guides.create(author(authentication), posted.input());
            return HttpResponse.seeOther(URI.create("/guides/" + guide.slug()));
        } catch (GuideService.Invalid invalid) {
            return form(HttpStatus.UNPROCESSABLE_ENTITY, token, pages.newForm(token, posted.input(),
                    invalid.errors()));
        }
    }

    @Get("/{slug}/edit")
    public HttpResponse<?> editForm(@PathVariable String slug, HttpRequest<?> request,
                                    @Nullable Authentication authentication) {
        if (!GuideVisitor.isMember(authentication)) {
            return signIn("/guides/" + slug + "/edit");
        }
        Optional<Guide> guide = guides.find(slug).filter(found -> !found.deleted());
        if (guide.isEmpty()) {
            return missing();
        }
        GuideRevision current = guides.current(guide.get());
        String token = formTokens.token(request);
        return form(HttpStatus.OK, token, pages.editForm(guide.get(), token, new GuideInput(current.title(),
                current.topic(), current.body(), ""), current.number(), Map.of(), 0));
    }

    @Post("/{slug}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> edit(@PathVariable String slug, HttpRequest<?> request, @Body GuideForm posted,
                                @Nullable Authentication authentication) {
        if (!GuideVisitor.isMember(authentication)) {
            return signIn("/guides/" + slug + "/edit");
        }
        Optional<Guide> guide = guides.find(slug).filter(found -> !found.deleted());
        if (guide.isEmpty()) {
            return missing();
        }
        String token = formTokens.token(request);
        int base = Ids.parse(posted.baseRevision()).filter(n -> n > 0 && n <= Integer.MAX_VALUE)
                .map(Long::intValue).orElse(0);
        if (!formTokens.accepts(request, posted.form())) {
            return form(HttpStatus.FORBIDDEN, token, pages.editForm(guide.get(), token, posted.input(), base,
                    Map.of("body", "The form had expired or did not come from this site. Check it and save again."),
                    0));
        }
        try {
            guides.edit(slug, author(authentication), base, posted.input());
            return HttpResponse.seeOther(URI.create("/guides/" + slug));
        } catch (GuideService.Invalid invalid) {
            return form(HttpStatus.UNPROCESSABLE_ENTITY, token, pages.editForm(guide.get(), token, posted.input(),
                    base, invalid.errors(), 0));
        } catch (GuideService.Conflict conflict) {
            return form(HttpStatus.CONFLICT, token, pages.editForm(conflict.current(), token, posted.input(), base,
                    Map.of(), conflict.current().currentRevision()));
        } catch (GuideService.NotFound gone) {
            return missing();
        }
    }

    @Post("/{slug}/restore")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> restore(@PathVariable String slug, HttpRequest<?> request, @Body RestoreForm posted,
                                   @Nullable Authentication authentication) {
        if (!GuideVisitor.isMember(authentication)) {
            return signIn("/guides/" + slug + "/history");
        }
        String history = "/guides/" + slug + "/history";
        if (!formTokens.accepts(request, posted.form())) {
            return site.notice(HttpStatus.FORBIDDEN, "Please try again",
                    "The form had expired or did not come from this site.", history, "History");
        }
        Optional<Integer> number = Ids.parse(posted.revision()).filter(n -> n > 0 && n <= Integer.MAX_VALUE)
                .map(Long::intValue);
        if (number.isEmpty()) {
            return site.notice(HttpStatus.BAD_REQUEST, "Which revision?", "Choose a revision to restore.", history,
                    "History");
        }
        Integer base = Ids.parse(posted.baseRevision()).filter(n -> n > 0 && n <= Integer.MAX_VALUE)
                .map(Long::intValue).orElse(null);
        try {
            guides.restore(slug, author(authentication), number.get(), base);
            return HttpResponse.seeOther(URI.create(history));
        } catch (GuideService.NotFound gone) {
            return site.notice(HttpStatus.NOT_FOUND, "Nothing to restore", gone.getMessage(), history, "History");
        } catch (GuideService.Conflict conflict) {
            return site.notice(HttpStatus.CONFLICT, "Someone else saved this guide",
                    "Revision " + conflict.current().currentRevision() + " was saved after the history you saw; "
                            + "nothing was restored. Look at the history again.", history, "History");
        }
    }

    private HttpResponse<?> form(HttpStatus status, String token, GuideFormView view) {
        return HttpResponse.status(status).body(Pages.render("guides/form", view))
                .contentType(MediaType.TEXT_HTML_TYPE).cookie(formTokens.cookie(token))
                .header("Cache-Control", "no-store");
    }

    private HttpResponse<?> missing() {
        return site.notice(HttpStatus.NOT_FOUND, "No such guide", "There is no guide here.", "/guides",
                "All guides");
    }

    private static HttpResponse<?> signIn(String next) {
        return HttpResponse.seeOther(URI.create("/sign-in?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)));
    }

    /** The member who asked; the organiser token writes as the hub itself. */
    private long author(Authentication authentication) {
        return Viewers.actorId(authentication).orElseGet(() -> localActors.hub().id());
    }
}
