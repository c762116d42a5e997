package london.patchwork.server.members;

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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import london.patchwork.server.actors.LocalActorUris;
import london.patchwork.server.actors.LocalActors;
import london.patchwork.server.site.FormTokens;
import london.patchwork.server.http.ClientAddresses;
import london.patchwork.server.instance.Instance;
import london.patchwork.server.instance.Uris;
import london.patchwork.server.site.Pages;
import london.patchwork.server.site.SiteContext;
import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.members.AccountView;
import london.patchwork.web.members.SignInView;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/** Signing in with an email or handle and a password, the member's own page, and signing out. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
public class SignInController {

    private static final String MISMATCH = "That email or handle and password do not match.";

    private final MemberRepository members;
    private final LocalActors localActors;
    private final LocalActorUris actorUris;
    private final Passwords passwords;
    private final Sessions sessions;
    private final SignInLimits limits;
    private final ClientAddresses clientAddresses;
    private final FormTokens formTokens;
    private final SiteContext site;
    private final Uris uris;
    private final String domain;
    /** Checked when no account matches, so an unknown account costs as long as a wrong password. */
    private final String decoy;

    public SignInController(MemberRepository members, LocalActors localActors, LocalActorUris actorUris,
                            Passwords passwords, Sessions sessions, SignInLimits limits,
                            ClientAddresses clientAddresses, FormTokens formTokens,
                            SiteContext site, Uris uris, Instance instance) {
        this.members = members;
        this.localActors = localActors;
        this.actorUris = actorUris;
        this.passwords = passwords;
        this.sessions = sessions;
        this.limits = limits;
        this.clientAddresses = clientAddresses;
        this.formTokens = formTokens;
        this.site = site;
        this.uris = uris;
        this.domain = instance.authority();
        this.decoy = passwords.hash("not anyone's password".toCharArray());
    }

    /** The sign-in form as posted. */
    @Serdeable
    public record SignInForm(@Nullable String identifier, @Nullable String password,
                             @Nullable @JsonProperty("_form") String form, @Nullable String next) {
    }

    /** A form with only its token (sign-out). */
    @Serdeable
    public record TokenForm(@Nullable @JsonProperty("_form") String form) {
    }

    /**
     * The sign-in form. {@code next} is where to go once signed in (an app's authorisation page); with it the form
     * shows even to a signed-in member, who may be asked to sign in again or as someone else.
     */
    @Get("/sign-in")
    public HttpResponse<?> form(HttpRequest<?> request, @Nullable @QueryValue String next) {
        Optional<String> onwards = localPath(next);
        if (onwards.isEmpty() && sessions.current(request).isPresent()) {
            return HttpResponse.seeOther(URI.create("/account"));
        }
        return signInPage(request, HttpStatus.OK, "", null, onwards.orElse(null));
    }

    @Post("/sign-in")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> signIn(HttpRequest<?> request, @Body SignInForm posted) {
        if (!formTokens.accepts(request, posted.form())) {
            return site.notice(HttpStatus.FORBIDDEN, "Please try again",
                    "The form had expired or did not come from this site. Open the sign-in page and try again.",
                    "/sign-in", "Sign in");
        }
        String next = localPath(posted.next()).orElse(null);
        String identifier = posted.identifier() == null ? "" : posted.identifier().strip();
        String address = clientAddresses.of(request);
        Optional<Member> member = find(identifier);
        // One count per account however it is named (ada, @ada, ada@host, her email).
        String account = member.map(found -> "member:" + found.actorId()).orElse(identifier);
        if (!limits.allows(account, address)) {
            return site.notice(HttpStatus.TOO_MANY_REQUESTS, "Too many attempts",
                    "Too many wrong passwords for this account or from this address. Wait a quarter of an hour, "
                            + "or ask an organiser for a reset link.", "/", "Go to the hub")
                    .header("Retry-After", Long.toString(SignInLimits.WINDOW.toSeconds()));
        }
        char[] password = (posted.password() == null ? "" : posted.password()).toCharArray();
        limits.failed(account, address);
        boolean matches = passwords.matches(password, member.map(Member::passwordHash).orElse(decoy))
                && member.isPresent();
        if (!matches) {
            return signInPage(request, HttpStatus.UNAUTHORIZED, identifier, MISMATCH, next);
        }
        if (member.get().suspendedAt() != null) {
            return site.notice(HttpStatus.FORBIDDEN, "This account is suspended",
                    "An organiser of the hub has suspended it. Ask them why.", "/", "Go to the hub");
        }
        if (member.get().approvedAt() == null) {
            return site.notice(HttpStatus.FORBIDDEN, "Your account is waiting for approval",
                    "An organiser of the hub will look at your sign-up soon; then you can sign in.", "/",
                    "Go to the hub");
        }
        limits.succeeded(account, address);
        Member signedIn = member.get();
        if (passwords.needsRehash(signedIn.passwordHash())) {
            signedIn = members.update(signedIn.withPasswordHash(passwords.hash(password)));
        }
        return HttpResponse.seeOther(URI.create(next == null ? "/account" : next)).cookie(sessions.open(signedIn));
    }

    @Get("/account")
    public HttpResponse<?> account(HttpRequest<?> request) {
        Optional<Sessions.SignedIn> signedIn = sessions.current(request);
        if (signedIn.isEmpty()) {
            return HttpResponse.seeOther(URI.create("/sign-in"));
        }
        var actor = signedIn.get().actor();
        String name = actor.displayName() == null || actor.displayName().isBlank() ? actor.username()
                : actor.displayName();
        String token = formTokens.token(request);
        AccountView view = new AccountView(site.site(), PageMeta.of(name, "Your account",
                uris.base().resolve("/account").toString()), name, "@" + actor.username() + "@" + domain,
                "a" + (signedIn.get().role() == MemberRole.ORGANISER ? "n " : " ") + signedIn.get().role().key(),
                actorUris.profilePage(actor).toString(), token, signedIn.get().role() == MemberRole.ORGANISER,
                signedIn.get().role() != MemberRole.MEMBER);
        return HttpResponse.ok(Pages.render("members/account", view)).contentType(MediaType.TEXT_HTML_TYPE)
                .cookie(formTokens.cookie(token)).header("Cache-Control", "no-store");
    }

    @Post("/sign-out")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> signOut(HttpRequest<?> request, @Body TokenForm posted) {
        if (!formTokens.accepts(request, posted.form())) {
            return site.notice(HttpStatus.FORBIDDEN, "Please try again",
                    "The form had expired or did not come from this site.", "/account", "Your account");
        }
        return HttpResponse.seeOther(URI.create("/")).cookie(sessions.close(request));
    }

    private Optional<Member> find(String identifier) {
        if (identifier.isEmpty() || identifier.length() > 254) {
            return Optional.empty();
        }
        if (identifier.contains("@") && !identifier.startsWith("@")) {
            return members.findByEmailIgnoringCase(identifier);
        }
        String handle = identifier.startsWith("@") ? identifier.substring(1) : identifier;
        int at = handle.indexOf('@');
        if (at >= 0 && !handle.substring(at + 1).equalsIgnoreCase(domain)) {
            return Optional.empty();
        }
        return localActors.find(at >= 0 ? handle.substring(0, at) : handle)
                .flatMap(actor -> members.findById(actor.id()));
    }

    /**
     * {@code next} when it is a path on this hub, so signing in can never send a browser to another site: no
     * scheme, no {@code //host}, no backslash (which browsers read as a slash), no control characters.
     */
    static Optional<String> localPath(@Nullable String next) {
        if (next == null || next.isEmpty() || next.length() > 4000 || !next.startsWith("/") || next.startsWith("//")
                || next.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '\\')) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(next);
            return uri.getScheme() == null && uri.getRawAuthority() == null ? Optional.of(next) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private MutableHttpResponse<?> signInPage(HttpRequest<?> request, HttpStatus status, String identifier,
                                              String error, @Nullable String next) {
        String token = formTokens.token(request);
        SignInView view = new SignInView(site.site(), PageMeta.of("Sign in", "Sign in to "
                + site.site().hubName(), uris.base().resolve("/sign-in").toString()), token, identifier, error, next);
        return HttpResponse.status(status).body(Pages.render("members/sign-in", view))
                .contentType(MediaType.TEXT_HTML_TYPE).cookie(formTokens.cookie(token))
                .header("Cache-Control", "no-store");
    }
}
