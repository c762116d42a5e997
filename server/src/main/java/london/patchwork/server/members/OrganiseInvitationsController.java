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
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import london.patchwork.server.instance.Uris;
import london.patchwork.server.site.FormTokens;
import london.patchwork.server.site.Pages;
import london.patchwork.server.site.SiteContext;
import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.members.OrganiseInvitationsView;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The organisers' invitations page: the same invitations as {@code POST /api/admin/invitations}, by hand. */
@Controller("/organise/invitations")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
public class OrganiseInvitationsController {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private final OrganiserPages door;
    private final Invitations invitations;
    private final FormTokens formTokens;
    private final SiteContext site;
    private final Uris uris;

    public OrganiseInvitationsController(OrganiserPages door, Invitations invitations, FormTokens formTokens,
                                         SiteContext site, Uris uris) {
        this.door = door;
        this.invitations = invitations;
        this.formTokens = formTokens;
        this.site = site;
        this.uris = uris;
    }

    /** The form as posted. */
    @Serdeable
    public record InvitationForm(@Nullable String role, @Nullable String days, @Nullable String note,
                                 @Nullable @JsonProperty("_form") String form) {
    }

    @Get
    public HttpResponse<?> form(HttpRequest<?> request) {
        OrganiserPages.Door entry = door.check(request);
        if (entry.organiser().isEmpty()) {
            return entry.refusal();
        }
        return page(request, HttpStatus.OK, null, Map.of("role", "member", "days", "7"), Map.of());
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> invite(HttpRequest<?> request, @Body InvitationForm posted) {
        OrganiserPages.Door entry = door.check(request);
        if (entry.organiser().isEmpty()) {
            return entry.refusal();
        }
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("role", posted.role() == null ? "member" : posted.role());
        typed.put("days", posted.days() == null ? "7" : posted.days().strip());
        typed.put("note", posted.note() == null ? "" : posted.note().strip());
        if (!formTokens.accepts(request, posted.form())) {
            return page(request, HttpStatus.FORBIDDEN, null, typed,
                    Map.of("role", "The form had expired; no link was made. Try again."));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<MemberRole> role = MemberRole.fromKey(typed.get("role"));
        if (role.isEmpty()) {
            errors.put("role", "Choose member, moderator or organiser.");
        }
        long days = -1;
        try {
            days = Long.parseLong(typed.get("days"));
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        if (days < 1 || days > Invitations.LONGEST_VALIDITY.toDays()) {
            errors.put("days", "Choose from 1 to " + Invitations.LONGEST_VALIDITY.toDays() + " days.");
        }
        if (typed.get("note").length() > 500) {
            errors.put("note", "Keep the note to 500 characters or fewer.");
        }
        if (!errors.isEmpty()) {
            return page(request, HttpStatus.UNPROCESSABLE_ENTITY, null, typed, errors);
        }
        Invitations.Created created = invitations.invite(role.get(), Duration.ofDays(days), typed.get("note"));
        return page(request, HttpStatus.OK, created.url().toString(), Map.of("role", "member", "days", "7"),
                Map.of());
    }

    private HttpResponse<?> page(HttpRequest<?> request, HttpStatus status, String link, Map<String, String> typed,
                                 Map<String, String> errors) {
        String token = formTokens.token(request);
        List<OrganiseInvitationsView.Open> open = invitations.openInvitations().stream()
                .map(invitation -> new OrganiseInvitationsView.Open(invitation.role(),
                        invitation.note() == null ? "" : invitation.note(), WHEN.format(invitation.createdAt()),
                        WHEN.format(invitation.expiresAt()))).toList();
        OrganiseInvitationsView view = new OrganiseInvitationsView(site.site(), PageMeta.of("Invite someone",
                "Invitations to " + site.site().hubName(), uris.base().resolve("/organise/invitations").toString()),
                token, link, typed, errors, open);
        return HttpResponse.status(status).body(Pages.render("members/organise-invitations", view))
                .contentType(MediaType.TEXT_HTML_TYPE).cookie(formTokens.cookie(token))
                .header("Cache-Control", "no-store").header("Referrer-Policy", "same-origin");
    }
}
