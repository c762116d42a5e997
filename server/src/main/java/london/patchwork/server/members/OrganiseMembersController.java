package london.patchwork.server.members;

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
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import london.patchwork.server.actors.LocalActorUris;
import london.patchwork.server.instance.Instance;
import london.patchwork.server.instance.Uris;
import london.patchwork.server.site.FormTokens;
import london.patchwork.server.site.Pages;
import london.patchwork.server.site.SiteContext;
import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.members.OrganiseMembersView;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The organisers' page of members: change a role, make a password reset link. */
@Controller("/organise/members")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
public class OrganiseMembersController {

    private static final DateTimeFormatter JOINED = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private final OrganiserPages door;
    private final MemberAdministration administration;
    private final SignUps signUps;
    private final PasswordResets resets;
    private final FormTokens formTokens;
    private final SiteContext site;
    private final LocalActorUris actorUris;
    private final Uris uris;
    private final String domain;

    public OrganiseMembersController(OrganiserPages door, MemberAdministration administration, SignUps signUps,
                                     PasswordResets resets, FormTokens formTokens, SiteContext site,
                                     LocalActorUris actorUris, Uris uris, Instance instance) {
        this.door = door;
        this.administration = administration;
        this.signUps = signUps;
        this.resets = resets;
        this.formTokens = formTokens;
        this.site = site;
        this.actorUris = actorUris;
        this.uris = uris;
        this.domain = instance.authority();
    }

    /** A form posted from the page. */
    @Serdeable
    public record ActionForm(@Nullable String role, @Nullable @JsonProperty("_form") String form) {
    }

    @Get
    public HttpResponse<?> list(HttpRequest<?> request) {
        OrganiserPages.Door entry = door.check(request);
        if (entry.organiser().isEmpty()) {
            return entry.refusal();
        }
        return page(request, HttpStatus.OK, null, false, null);
    }

    @Post("/{id}/role")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> changeRole(HttpRequest<?> request, @PathVariable long id, @Body ActionForm posted) {
        Optional<HttpResponse<?>> stop = refusal(request, posted, "nothing was changed");
        if (stop.isPresent()) {
            return stop.get();
        }
        Optional<MemberRole> role = posted.role() == null ? Optional.empty() : MemberRole.fromKey(posted.role());
        if (role.isEmpty()) {
            return page(request, HttpStatus.UNPROCESSABLE_ENTITY, "Choose member, moderator or organiser.", true,
                    null);
        }
        try {
            MemberAdministration.Account changed = administration.changeRole(id, role.get());
            return page(request, HttpStatus.OK, "@" + changed.actor().username() + " is now "
                    + article(changed.role()) + ".", false, null);
        } catch (MemberAdministration.Refused refused) {
            return page(request, refused.notFound() ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT,
                    refused.notFound() ? "There is no such member." : "Not changed: " + refused.getMessage() + ".",
                    true, null);
        }
    }

    @Post("/{id}/reset")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> reset(HttpRequest<?> request, @PathVariable long id, @Body ActionForm posted) {
        Optional<HttpResponse<?>> stop = refusal(request, posted, "no link was made");
        if (stop.isPresent()) {
            return stop.get();
        }
        Optional<MemberAdministration.Account> member = administration.find(id);
        Optional<PasswordResets.Issued> issued = member.isEmpty() ? Optional.empty() : resets.issue(id);
        if (issued.isEmpty()) {
            return page(request, HttpStatus.NOT_FOUND, "There is no such member.", true, null);
        }
        return page(request, HttpStatus.OK, "A reset link for @" + member.get().actor().username()
                + " works once, until " + JOINED.format(issued.get().expiresAt()) + ". Any earlier link stopped "
                + "working.", false, issued.get().url().toString());
    }

    @Post("/{id}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> approve(HttpRequest<?> request, @PathVariable long id, @Body ActionForm posted) {
        return decide(request, id, posted, true);
    }

    @Post("/{id}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> reject(HttpRequest<?> request, @PathVariable long id, @Body ActionForm posted) {
        return decide(request, id, posted, false);
    }

    private HttpResponse<?> decide(HttpRequest<?> request, long id, ActionForm posted, boolean approve) {
        Optional<HttpResponse<?>> stop = refusal(request, posted, "nothing was changed");
        if (stop.isPresent()) {
            return stop.get();
        }
        Optional<MemberAdministration.Account> account = administration.find(id);
        boolean done = account.isPresent() && (approve ? signUps.approve(id) : signUps.reject(id));
        if (!done) {
            return page(request, HttpStatus.NOT_FOUND, "No sign-up with that number is waiting.", true, null);
        }
        String handle = "@" + account.get().actor().username();
        return page(request, HttpStatus.OK, approve ? handle + " is approved and can sign in."
                : handle + " was turned away; the handle and email are free again.", false, null);
    }

    /** The answer instead of acting: not an organiser, or a form without its token. */
    private Optional<HttpResponse<?>> refusal(HttpRequest<?> request, ActionForm posted, String notDone) {
        OrganiserPages.Door entry = door.check(request);
        if (entry.organiser().isEmpty()) {
            return Optional.of(entry.refusal());
        }
        if (!formTokens.accepts(request, posted.form())) {
            return Optional.of(page(request, HttpStatus.FORBIDDEN, "The form had expired; " + notDone
                    + ". Try again.", true, null));
        }
        return Optional.empty();
    }

    private HttpResponse<?> page(HttpRequest<?> request, HttpStatus status, String message, boolean refused,
                                 String link) {
        String token = formTokens.token(request);
        List<OrganiseMembersView.Waiting> waiting = administration.list().stream()
                .filter(account -> account.member().approvedAt() == null)
                .map(account -> new OrganiseMembersView.Waiting(account.actor().id().toString(),
                        name(account.actor()), "@" + account.actor().username() + "@" + domain,
                        account.member().email(), account.member().joinReason() == null ? ""
                        : account.member().joinReason(), JOINED.format(account.member().createdAt())))
                .toList();
        List<OrganiseMembersView.Row> rows = administration.list().stream()
                .filter(account -> account.member().approvedAt() != null).map(account -> {
            var actor = account.actor();
            return new OrganiseMembersView.Row(actor.id().toString(), name(actor), "@" + actor.username() + "@" + domain,
                    actorUris.profilePage(actor).toString(), account.member().email(), account.role().key(),
                    account.communityRoles().stream().map(CommunityRole::label).collect(Collectors.joining(", ")),
                    JOINED.format(account.member().createdAt()), account.member().suspendedAt() != null);
        }).toList();
        OrganiseMembersView view = new OrganiseMembersView(site.site(), PageMeta.of("Members and roles",
                "The members of " + site.site().hubName(), uris.base().resolve("/organise/members").toString()),
                token, rows, waiting, message, refused, link);
        return HttpResponse.status(status).body(Pages.render("members/organise-members", view))
                .contentType(MediaType.TEXT_HTML_TYPE).cookie(formTokens.cookie(token))
                .header("Cache-Control", "no-store").header("Referrer-Policy", "same-origin");
    }

    private static String name(london.patchwork.server.actors.Actor actor) {
        return actor.displayName() == null || actor.displayName().isBlank() ? actor.username() : actor.displayName();
    }

    private static String article(MemberRole role) {
        return (role == MemberRole.ORGANISER ? "an " : "a ") + role.key();
    }
}
