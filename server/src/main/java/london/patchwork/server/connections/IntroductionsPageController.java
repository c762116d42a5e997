package london.patchwork.server.connections;

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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import london.patchwork.server.http.Ids;
import london.patchwork.server.http.Roles;
import london.patchwork.server.site.FormTokens;
import london.patchwork.server.site.Pages;
import london.patchwork.server.site.SiteContext;
import london.patchwork.web.introductions.IntroductionsView;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The introductions pages without JavaScript: {@code /introductions} where a member accepts or declines what waits
 * for them, and {@code /network/introductions} where weavers see suggestions and propose.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
public class IntroductionsPageController {

    private static final String EXPIRED = "The form had expired or did not come from this site. Please try again.";

    private final IntroductionService introductions;
    private final IntroductionPages pages;
    private final FormTokens formTokens;
    private final SiteContext site;

    IntroductionsPageController(IntroductionService introductions, IntroductionPages pages, FormTokens formTokens,
                                SiteContext site) {
        this.introductions = introductions;
        this.pages = pages;
        this.formTokens = formTokens;
        this.site = site;
    }

    /** The page's buttons: only the form token. */
    @io.micronaut.serde.annotation.Serdeable
    public record ButtonForm(@Nullable @com.fasterxml.jackson.annotation.JsonProperty("_form") String form) {
    }

    @Get("/introductions")
    public HttpResponse<?> mine(HttpRequest<?> request, @Nullable @QueryValue String done,
                                @Nullable Authentication authentication) {
        if (authentication == null) {
            return signIn("/introductions");
        }
        String notice = "accepted".equals(done) ? "You accepted the introduction."
                : "declined".equals(done) ? "You declined the introduction." : "";
        return page("introductions/mine", HttpStatus.OK, formTokens.token(request),
                token -> pages.mine(ConnectionEditor.of(authentication), token, notice));
    }

    @Post("/introductions/{id}/{answer}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> answer(@PathVariable String id, @PathVariable String answer, HttpRequest<?> request,
                                  @Body ButtonForm posted, @Nullable Authentication authentication) {
        if (authentication == null) {
            return signIn("/introductions");
        }
        Optional<Long> introduction = Ids.parse(id);
        if (introduction.isEmpty() || !answer.equals("accept") && !answer.equals("decline")) {
            return site.notice(HttpStatus.NOT_FOUND, "No such introduction", "There is no introduction here.",
                    "/introductions", "Your introductions");
        }
        if (!formTokens.accepts(request, posted.form())) {
            return site.notice(HttpStatus.FORBIDDEN, "Please try again", EXPIRED, "/introductions",
                    "Your introductions");
        }
        try {
            introductions.answer(introduction.get(), ConnectionEditor.of(authentication), answer.equals("accept"));
            return HttpResponse.seeOther(URI.create("/introductions?done=" + answer + "ed"));
        } catch (ConnectionService.NotFound | ConnectionService.Forbidden refused) {
            return site.notice(HttpStatus.FORBIDDEN, "Not yours to answer", refused.getMessage(), "/introductions",
                    "Your introductions");
        }
    }

    @Get("/network/introductions")
    public HttpResponse<?> weaver(HttpRequest<?> request, @Nullable @QueryValue String proposed,
                                  @Nullable Authentication authentication) {
        if (authentication == null) {
            return signIn("/network/introductions");
        }
        if (!weaver(authentication)) {
            return notForYou();
        }
        String notice = proposed == null ? "" : "Introduction proposed: each end has been asked.";
        return page("introductions/weaver", HttpStatus.OK, formTokens.token(request),
                token -> pages.weaver(ConnectionEditor.of(authentication), token, notice, ""));
    }

    @Post("/network/introductions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> propose(HttpRequest<?> request, @Body IntroductionForm posted,
                                   @Nullable Authentication authentication) {
        if (authentication == null) {
            return signIn("/network/introductions");
        }
        if (!weaver(authentication)) {
            return notForYou();
        }
        ConnectionEditor editor = ConnectionEditor.of(authentication);
        if (!formTokens.accepts(request, posted.form())) {
            return page("introductions/weaver", HttpStatus.FORBIDDEN, formTokens.token(request),
                    token -> pages.weaver(editor, token, "", EXPIRED));
        }
        try {
            Introduction made = introductions.propose(editor, posted.proposal());
            return HttpResponse.seeOther(URI.create("/network/introductions?proposed=" + made.id()));
        } catch (ConnectionService.Invalid invalid) {
            return page("introductions/weaver", HttpStatus.UNPROCESSABLE_ENTITY, formTokens.token(request),
                    token -> pages.weaver(editor, token, "", invalid.getMessage()));
        }
    }

    private HttpResponse<?> page(String template, HttpStatus status, String token,
                                 java.util.function.Function<String, IntroductionsView> view) {
        return HttpResponse.status(status).body(Pages.render(template, view.apply(token)))
                .contentType(MediaType.TEXT_HTML_TYPE).cookie(formTokens.cookie(token))
                .header("Cache-Control", "no-store");
    }

    private HttpResponse<?> notForYou() {
        return site.notice(HttpStatus.FORBIDDEN, "For the hub's weavers", "Organisers and moderators propose "
                + "introductions.", "/introductions", "Your introductions");
    }

    private static boolean weaver(Authentication authentication) {
        return authentication.getRoles().contains(Roles.ORGANISER) || authentication.getRoles()
                .contains(Roles.MODERATOR);
    }

    private static HttpResponse<?> signIn(String next) {
        return HttpResponse.seeOther(URI.create("/sign-in?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)));
    }
}
