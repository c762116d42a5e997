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
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.http.Roles;
import london.patchwork.server.instance.Uris;
import london.patchwork.server.site.FormTokens;
import london.patchwork.server.site.Pages;
import london.patchwork.server.site.SiteContext;
import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.moderation.BlocksView;

import java.util.Map;
import java.util.Optional;

/**
 * The blocks page: blocked and silenced domains and accounts, forms to block or silence either (a reason is
 * required), and a form to lift each.
 */
@Controller("/moderation/blocks")
@Secured({Roles.MODERATOR, Roles.ORGANISER})
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
public class BlocksPageController {

    private static final String WHY_MISSING = "Say why: it goes in the moderation log.";

    private final ModerationService moderation;
    private final ModerationViews views;
    private final AccountNames accountNames;
    private final FormTokens formTokens;
    private final SiteContext site;
    private final Uris uris;

    BlocksPageController(ModerationService moderation, ModerationViews views, AccountNames accountNames,
                         FormTokens formTokens, SiteContext site, Uris uris) {
        this.moderation = moderation;
        this.views = views;
        this.accountNames = accountNames;
        this.formTokens = formTokens;
        this.site = site;
        this.uris = uris;
    }

    /** A block to add, or to lift ({@code target}: the domain, or the account's id). */
    @Serdeable
    public record BlockForm(@Nullable String domain, @Nullable String account, @Nullable String severity,
                            @Nullable String why, @Nullable String target,
                            @Nullable @JsonProperty("_form") String form) {
    }

    @Get
    public HttpResponse<?> blocks(HttpRequest<?> request) {
        return blocksPage(request, HttpStatus.OK, "", "suspend", "", Map.of(), null);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> block(HttpRequest<?> request, @Body BlockForm form,
                                 @Nullable Authentication authentication) {
        if (!formTokens.accepts(request, form.form())) {
            return expired();
        }
        String domain = form.domain() == null ? "" : form.domain().strip();
        String why = form.why() == null ? "" : form.why().strip();
        Optional<Severity> severity = Severity.fromKey(form.severity());
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        if (DomainBlocks.normalise(domain).isEmpty()) {
            errors.put("domain", "Type a domain such as spam.example.");
        }
        if (why.isEmpty()) {
            errors.put("why", WHY_MISSING);
        }
        if (!errors.isEmpty() || severity.isEmpty()) {
            return blocksPage(request, HttpStatus.UNPROCESSABLE_ENTITY, domain, form.severity(), why, errors, null);
        }
        try {
            DomainBlocks.Applied applied = moderation.blockDomain(moderation.acting(authentication), domain,
                    severity.get(), why);
            String notice = applied.block().host() + (severity.get() == Severity.SUSPEND
                    ? " blocked: " + applied.followsEnded() + " follows ended, " + applied.deliveriesDropped()
                    + " deliveries dropped." : " silenced.");
            return blocksPage(request, HttpStatus.OK, "", "suspend", "", Map.of(), notice);
        } catch (ModerationService.Refused refused) {
            return blocksPage(request, HttpStatus.UNPROCESSABLE_ENTITY, domain, form.severity(), why,
                    Map.of("domain", refused.getMessage()), null);
        }
    }

    @Post("/account")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> blockAccount(HttpRequest<?> request, @Body BlockForm form,
                                        @Nullable Authentication authentication) {
        if (!formTokens.accepts(request, form.form())) {
            return expired();
        }
        String typed = form.account() == null ? "" : form.account().strip();
        String why = form.why() == null ? "" : form.why().strip();
        Optional<Severity> severity = Severity.fromKey(form.severity());
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        Optional<Actor> account = typed.isEmpty() ? Optional.empty()
                : accountNames.find(typed);
        if (account.isEmpty()) {
            errors.put("account", "No account by that name or URL is known here.");
        }
        if (why.isEmpty()) {
            errors.put("accountWhy", WHY_MISSING);
        }
        if (!errors.isEmpty() || severity.isEmpty()) {
            return blocksPage(request, HttpStatus.UNPROCESSABLE_ENTITY, "", "suspend", "", typed, why, errors, null);
        }
        try {
            moderation.actOnAccount(moderation.acting(authentication), account.get().id(),
                    severity.get() == Severity.SUSPEND ? ModerationService.AccountAction.SUSPEND
                            : ModerationService.AccountAction.SILENCE, why, null);
        } catch (ModerationService.Refused refused) {
            return blocksPage(request, HttpStatus.UNPROCESSABLE_ENTITY, "", "suspend", "", typed, why,
                    Map.of("account", refused.getMessage()), null);
        }
        return blocksPage(request, HttpStatus.OK, "", "suspend", "", Map.of(), views.handle(account.get())
                + (severity.get() == Severity.SUSPEND ? " suspended." : " silenced."));
    }

    @Post("/lift-domain")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> liftDomain(HttpRequest<?> request, @Body BlockForm form,
                                      @Nullable Authentication authentication) {
        return lift(request, form, authentication, true);
    }

    @Post("/lift-account")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> liftAccount(HttpRequest<?> request, @Body BlockForm form,
                                       @Nullable Authentication authentication) {
        return lift(request, form, authentication, false);
    }

    private HttpResponse<?> lift(HttpRequest<?> request, BlockForm form, @Nullable Authentication authentication,
                                 boolean domain) {
        if (!formTokens.accepts(request, form.form())) {
            return expired();
        }
        String why = form.why() == null ? "" : form.why().strip();
        if (why.isEmpty()) {
            return blocksPage(request, HttpStatus.UNPROCESSABLE_ENTITY, "", "suspend", "",
                    Map.of("why", WHY_MISSING), null);
        }
        try {
            Acting by = moderation.acting(authentication);
            if (domain) {
                moderation.liftDomain(by, form.target(), why);
            } else {
                moderation.liftAccount(by, AdminReportsController.accountId(form.target()), why);
            }
            return blocksPage(request, HttpStatus.OK, "", "suspend", "", Map.of(), form.target() + ": lifted.");
        } catch (ModerationService.Refused refused) {
            return blocksPage(request, HttpStatus.UNPROCESSABLE_ENTITY, "", "suspend", "", Map.of(),
                    refused.getMessage());
        }
    }

    private MutableHttpResponse<?> blocksPage(HttpRequest<?> request, HttpStatus status, String domain,
                                              @Nullable String severity, String why, Map<String, String> errors,
                                              @Nullable String notice) {
        return blocksPage(request, status, domain, severity, why, "", "", errors, notice);
    }

    private MutableHttpResponse<?> blocksPage(HttpRequest<?> request, HttpStatus status, String domain,
                                              @Nullable String severity, String why, String account,
                                              String accountWhy, Map<String, String> errors,
                                              @Nullable String notice) {
        String token = formTokens.token(request);
        BlocksView view = new BlocksView(site.site(), PageMeta.of("Blocks and silences", "Blocks and silences on "
                + site.site().hubName(), uris.base().resolve("/moderation/blocks").toString()), token,
                views.domainBlocks(), views.accountBlocks(), domain, severity == null ? "suspend" : severity, why,
                account, accountWhy, errors, notice);
        return HttpResponse.status(status).body(Pages.render("moderation/blocks", view))
                .contentType(MediaType.TEXT_HTML_TYPE).cookie(formTokens.cookie(token)).header("Cache-Control", "no-store");
    }

    private MutableHttpResponse<?> expired() {
        return site.notice(HttpStatus.FORBIDDEN, "Please try again",
                "The form had expired or did not come from this site.", "/moderation/blocks", "Back");
    }
}
