package london.patchwork.server.aggregation;

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
import london.patchwork.server.http.Ids;
import london.patchwork.server.http.Viewers;
import london.patchwork.server.instance.Uris;
import london.patchwork.server.site.FormTokens;
import london.patchwork.server.site.Pages;
import london.patchwork.server.site.SiteContext;
import london.patchwork.web.aggregation.OrganiseHubsView;
import london.patchwork.web.layout.PageMeta;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The organisers' page of joined hubs, {@code /organise/hubs}: the same as {@code /api/patchwork/hubs}, by hand and
 * without JavaScript. Each form carries the form token.
 */
@Controller("/organise/hubs")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
public class OrganiseHubsController {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));
    private static final String EXPIRED = "The form had expired; nothing was changed. Try again.";

    private final HubService hubs;
    private final FormTokens formTokens;
    private final SiteContext site;
    private final Uris uris;

    OrganiseHubsController(HubService hubs, FormTokens formTokens, SiteContext site, Uris uris) {
        this.hubs = hubs;
        this.formTokens = formTokens;
        this.site = site;
        this.uris = uris;
    }

    /** A form as posted: the handle or address of a hub to add, or only the token for a button. */
    @Serdeable
    public record HubForm(@Nullable String handle, @Nullable @JsonProperty("_form") String form) {
    }

    @Get
    public HttpResponse<?> list(HttpRequest<?> request, @Nullable Authentication authentication) {
        return site.organisersOnly(authentication).orElseGet(() -> page(request, HttpStatus.OK, null, "", null));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> add(HttpRequest<?> request, @Nullable Authentication authentication,
                               @Body HubForm posted) {
        Optional<HttpResponse<?>> refused = site.organisersOnly(authentication);
        if (refused.isPresent()) {
            return refused.get();
        }
        String typed = posted.handle() == null ? "" : posted.handle().strip();
        if (!formTokens.accepts(request, posted.form())) {
            return page(request, HttpStatus.FORBIDDEN, null, typed, EXPIRED);
        }
        try {
            HubService.Added added = hubs.add(typed, Viewers.actorId(authentication).orElse(null));
            String name = added.hub().name() != null ? added.hub().name() : added.hub().handle();
            return page(request, HttpStatus.OK, added.created() ? "Joined up with " + name
                    + ": its recent history is being fetched." : name + " was joined already.", "", null);
        } catch (HubService.Refused refusedHub) {
            return page(request, HttpStatus.UNPROCESSABLE_ENTITY, null, typed, refusedHub.getMessage());
        } catch (HubService.Unreachable unreachable) {
            return page(request, HttpStatus.BAD_GATEWAY, null, typed, unreachable.getMessage()
                    + " Nothing was stored; try again later.");
        }
    }

    @Post("/{id}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> remove(HttpRequest<?> request, @Nullable Authentication authentication,
                                  @PathVariable String id, @Body HubForm posted) {
        Optional<HttpResponse<?>> refused = site.organisersOnly(authentication);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (!formTokens.accepts(request, posted.form())) {
            return page(request, HttpStatus.FORBIDDEN, EXPIRED, "", null);
        }
        boolean removed = Ids.parse(id).map(hubs::remove).orElse(false);
        return page(request, removed ? HttpStatus.OK : HttpStatus.NOT_FOUND, removed
                ? "Removed the hub and everything kept from it." : "That hub is no longer joined.", "", null);
    }

    private HttpResponse<?> page(HttpRequest<?> request, HttpStatus status, @Nullable String outcome, String typed,
                                 @Nullable String typedError) {
        String token = formTokens.token(request);
        List<OrganiseHubsView.Joined> listed = hubs.list().stream().map(hub -> new OrganiseHubsView.Joined(
                hub.id().toString(), hub.name() != null ? hub.name() : hub.handle(), hub.handle(), hub.origin(),
                hub.area() != null ? hub.area() : "—", backfill(hub.backfillState()), hub.backfillItems(),
                hub.backfillError(), hub.lastActivityAt() == null ? "None yet" : WHEN.format(hub.lastActivityAt())))
                .toList();
        OrganiseHubsView view = new OrganiseHubsView(site.site(), PageMeta.of("Joined hubs",
                "The hubs " + site.site().hubName() + " has joined up with",
                uris.base().resolve("/organise/hubs").toString()), token, outcome, typed, typedError, listed);
        return HttpResponse.status(status).body(Pages.render("aggregation/organise-hubs", view))
                .contentType(MediaType.TEXT_HTML_TYPE).cookie(formTokens.cookie(token))
                .header("Cache-Control", "no-store").header("Referrer-Policy", "same-origin");
    }

    private static String backfill(String state) {
        return switch (state) {
            case Hub.PENDING -> "Waiting to fetch";
            case Hub.RUNNING -> "Fetching";
            case Hub.DONE -> "Fetched";
            default -> "Failed";
        };
    }
}
