package london.patchwork.server.events;

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
import london.patchwork.web.events.OrganiseCalendarsView;
import london.patchwork.web.layout.PageMeta;

import java.net.URI;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The organisers' page of outside calendars, {@code /organise/calendars}: the same subscriptions as
 * {@code /api/patchwork/calendar-subscriptions}, by hand and without JavaScript. Each form carries the form token.
 */
@Controller("/organise/calendars")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
public class OrganiseCalendarsController {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));
    private static final String EXPIRED = "The form had expired; nothing was changed. Try again.";

    private final CalendarSubscriptionService subscriptions;
    private final FormTokens formTokens;
    private final SiteContext site;
    private final Uris uris;

    public OrganiseCalendarsController(CalendarSubscriptionService subscriptions, FormTokens formTokens,
                                       SiteContext site, Uris uris) {
        this.subscriptions = subscriptions;
        this.formTokens = formTokens;
        this.site = site;
        this.uris = uris;
    }

    /** A form as posted: the address for a new subscription, or only the token for a button. */
    @Serdeable
    public record CalendarForm(@Nullable String url, @Nullable @JsonProperty("_form") String form) {
    }

    @Get
    public HttpResponse<?> list(HttpRequest<?> request, @Nullable Authentication authentication) {
        return site.organisersOnly(authentication).orElseGet(() -> page(request, HttpStatus.OK, null, "", null));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> subscribe(HttpRequest<?> request, @Nullable Authentication authentication,
                                     @Body CalendarForm posted) {
        Optional<HttpResponse<?>> refused = site.organisersOnly(authentication);
        if (refused.isPresent()) {
            return refused.get();
        }
        String url = posted.url() == null ? "" : posted.url().strip();
        if (!formTokens.accepts(request, posted.form())) {
            return page(request, HttpStatus.FORBIDDEN, null, url, EXPIRED);
        }
        try {
            CalendarSubscriptionService.Refreshed created = subscriptions.subscribe(url,
                    Viewers.actorId(authentication).orElse(null));
            return page(request, HttpStatus.OK, "Subscribed to " + created.subscription().name() + ": "
                    + said(created), "", null);
        } catch (CalendarSubscriptionService.Refused | CalendarSubscriptionService.AlreadySubscribed refusedUrl) {
            return page(request, HttpStatus.UNPROCESSABLE_ENTITY, null, url, refusedUrl.getMessage());
        }
    }

    @Post("/{id}/refresh")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> refresh(HttpRequest<?> request, @Nullable Authentication authentication,
                                   @PathVariable String id, @Body CalendarForm posted) {
        Optional<HttpResponse<?>> refused = site.organisersOnly(authentication);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (!formTokens.accepts(request, posted.form())) {
            return page(request, HttpStatus.FORBIDDEN, EXPIRED, "", null);
        }
        try {
            CalendarSubscriptionService.Refreshed refreshed = subscriptions.refresh(Ids.parse(id).orElseThrow());
            return page(request, HttpStatus.OK, "Refreshed " + refreshed.subscription().name() + ": "
                    + said(refreshed), "", null);
        } catch (NoSuchElementException missing) {
            return page(request, HttpStatus.NOT_FOUND, "That calendar is no longer subscribed.", "", null);
        } catch (CalendarSubscriptionService.Busy busy) {
            return page(request, HttpStatus.CONFLICT, busy.getMessage(), "", null);
        }
    }

    @Post("/{id}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> remove(HttpRequest<?> request, @Nullable Authentication authentication,
                                  @PathVariable String id, @Body CalendarForm posted) {
        Optional<HttpResponse<?>> refused = site.organisersOnly(authentication);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (!formTokens.accepts(request, posted.form())) {
            return page(request, HttpStatus.FORBIDDEN, EXPIRED, "", null);
        }
        Optional<Integer> removed = Ids.parse(id).flatMap(subscriptions::remove);
        return page(request, removed.isPresent() ? HttpStatus.OK : HttpStatus.NOT_FOUND, removed
                .map(count -> "Removed the calendar and its " + count + " event" + (count == 1 ? "" : "s") + ".")
                .orElse("That calendar is no longer subscribed."), "", null);
    }

    private static String said(CalendarSubscriptionService.Refreshed refreshed) {
        CalendarSubscription subscription = refreshed.subscription();
        if (subscription.lastStatus() == CalendarSubscription.Status.FAILED) {
            return "the fetch failed (" + subscription.lastError() + "); what was imported before is kept.";
        }
        if (subscription.lastStatus() == CalendarSubscription.Status.NOT_MODIFIED) {
            return "unchanged since the last fetch.";
        }
        return refreshed.added() + " added, " + refreshed.updated() + " updated, " + refreshed.removed()
                + " removed.";
    }

    private HttpResponse<?> page(HttpRequest<?> request, HttpStatus status, @Nullable String outcome, String typedUrl,
                                 @Nullable String urlError) {
        String token = formTokens.token(request);
        List<OrganiseCalendarsView.Subscription> listed = subscriptions.list().stream()
                .map(subscription -> new OrganiseCalendarsView.Subscription(subscription.id().toString(),
                        subscription.name(), subscription.url(), status(subscription), subscription.lastError(),
                        subscription.eventCount(), subscription.lastFetchedAt() == null ? "Not yet"
                        : WHEN.format(subscription.lastFetchedAt()))).toList();
        URI base = uris.base();
        OrganiseCalendarsView view = new OrganiseCalendarsView(site.site(), PageMeta.of("Outside calendars",
                "Calendars " + site.site().hubName() + " subscribes to",
                base.resolve("/organise/calendars").toString()), token, outcome, typedUrl, urlError, listed,
                "webcal://" + base.getRawAuthority() + "/calendar.ics");
        return HttpResponse.status(status).body(Pages.render("events/organise-calendars", view))
                .contentType(MediaType.TEXT_HTML_TYPE).cookie(formTokens.cookie(token))
                .header("Cache-Control", "no-store").header("Referrer-Policy", "same-origin");
    }

    private static String status(CalendarSubscription subscription) {
        return switch (subscription.lastStatus()) {
            case NEW -> "Not fetched yet";
            case OK -> "Fetched";
            case NOT_MODIFIED -> "Unchanged";
            case FAILED -> "Failing";
        };
    }
}
