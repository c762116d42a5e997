package london.patchwork.server.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import london.patchwork.server.http.ApiError;
import london.patchwork.server.http.Ids;
import london.patchwork.server.http.OAuthScope;
import london.patchwork.server.http.Roles;
import london.patchwork.server.http.Viewers;

import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Organisers subscribe the hub to outside calendars: {@code POST /api/patchwork/calendar-subscriptions}
 * {@code {"url": ...}} (fetched once at once), the list with each one's last fetch, {@code DELETE /{id}} (its events
 * go too) and {@code POST /{id}/refresh} (fetch now; answers what changed). The organiser token or an organiser
 * member's token.
 */
@Controller("/api/patchwork/calendar-subscriptions")
@Secured(Roles.ORGANISER)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.APPLICATION_JSON)
public class CalendarSubscriptionsController {

    private final CalendarSubscriptionService subscriptions;

    public CalendarSubscriptionsController(CalendarSubscriptionService subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Serdeable
    public record SubscribeRequest(@Nullable String url) {
    }

    @Serdeable
    public record SubscriptionJson(String id, String url, String name, String status, @Nullable String error,
                                   @JsonProperty("event_count") int eventCount,
                                   @JsonProperty("last_fetched_at") @Nullable String lastFetchedAt,
                                   @JsonProperty("next_fetch_at") String nextFetchAt,
                                   @JsonProperty("created_at") String createdAt) {

        static SubscriptionJson of(CalendarSubscription subscription) {
            return new SubscriptionJson(subscription.id().toString(), subscription.url(), subscription.name(),
                    subscription.lastStatus().name().toLowerCase(java.util.Locale.ROOT), subscription.lastError(),
                    subscription.eventCount(), text(subscription.lastFetchedAt()),
                    subscription.nextFetchAt().toString(), subscription.createdAt().toString());
        }

        @Nullable
        private static String text(@Nullable Instant instant) {
            return instant == null ? null : instant.toString();
        }
    }

    /** A fetch's outcome: the subscription as it now stands and what the fetch changed. */
    @Serdeable
    public record RefreshJson(SubscriptionJson subscription, int added, int updated, int removed) {

        static RefreshJson of(CalendarSubscriptionService.Refreshed refreshed) {
            return new RefreshJson(SubscriptionJson.of(refreshed.subscription()), refreshed.added(),
                    refreshed.updated(), refreshed.removed());
        }
    }

    @Serdeable
    public record RemovedJson(String id, @JsonProperty("events_removed") int eventsRemoved) {
    }

    @Get
    @OAuthScope("admin:read")
    public List<SubscriptionJson> list() {
        return subscriptions.list().stream().map(SubscriptionJson::of).toList();
    }

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    @OAuthScope("admin:write")
    public HttpResponse<?> subscribe(@Nullable @Body SubscribeRequest request, Authentication authentication) {
        try {
            CalendarSubscriptionService.Refreshed created = subscriptions.subscribe(
                    request == null ? null : request.url(), Viewers.actorId(authentication).orElse(null));
            return HttpResponse.created(RefreshJson.of(created));
        } catch (CalendarSubscriptionService.Refused refused) {
            return ApiError.of(HttpStatus.UNPROCESSABLE_ENTITY, refused.getMessage());
        } catch (CalendarSubscriptionService.AlreadySubscribed already) {
            return ApiError.of(HttpStatus.CONFLICT, already.getMessage() + " (id " + already.existing().id() + ")");
        }
    }

    @Post("/{id}/refresh")
    @OAuthScope("admin:write")
    public HttpResponse<?> refresh(@PathVariable String id) {
        Optional<Long> parsed = Ids.parse(id);
        if (parsed.isEmpty()) {
            return ApiError.of(HttpStatus.NOT_FOUND, "no such calendar subscription");
        }
        try {
            return HttpResponse.ok(RefreshJson.of(subscriptions.refresh(parsed.get())));
        } catch (NoSuchElementException missing) {
            return ApiError.of(HttpStatus.NOT_FOUND, "no such calendar subscription");
        } catch (CalendarSubscriptionService.Busy busy) {
            return ApiError.of(HttpStatus.CONFLICT, busy.getMessage());
        }
    }

    @Delete("/{id}")
    @OAuthScope("admin:write")
    public HttpResponse<?> remove(@PathVariable String id) {
        Optional<Integer> removed = Ids.parse(id).flatMap(subscriptions::remove);
        if (removed.isEmpty()) {
            return ApiError.of(HttpStatus.NOT_FOUND, "no such calendar subscription");
        }
        return HttpResponse.ok(new RemovedJson(id, removed.get()));
    }
}
