package london.patchwork.server.delivery;

import jakarta.inject.Singleton;
import london.patchwork.federation.delivery.DeliveryRequest;
import london.patchwork.federation.fetch.FetchClient;
import london.patchwork.federation.fetch.FetchException;
import london.patchwork.federation.fetch.PostResult;
import london.patchwork.server.actors.LocalSigners;
import london.patchwork.server.delivery.DeliveryOutcome.Delivered;
import london.patchwork.server.delivery.DeliveryOutcome.Permanent;
import london.patchwork.server.delivery.DeliveryOutcome.Retryable;
import london.patchwork.server.delivery.OutgoingActivities.Outgoing;

import java.time.Duration;
import java.util.Optional;

/**
 * Sends one claimed job: the activity's body, signed now with its actor's key (a retry hours later carries a
 * fresh {@code Date}), POSTed through the federation library's guarded client (SSRF guard, deadline, no
 * redirects) with {@code Content-Type: application/activity+json}. Never inside a transaction.
 */
@Singleton
public class DeliverySender {

    private final FetchClient client;
    private final OutgoingActivities activities;
    private final LocalSigners signers;
    private final DeliveryMetrics metrics;

    public DeliverySender(FetchClient shared, DeliveryConfiguration configuration, OutgoingActivities activities,
                          LocalSigners signers, DeliveryMetrics metrics) {
        // The instance's policy (private networks, plain http, user agent) with the delivery timeouts.
        this.client = FetchClient.builder(shared.policy()
                .withTimeouts(configuration.connectTimeout(), configuration.timeout())).build();
        this.activities = activities;
        this.signers = signers;
        this.metrics = metrics;
    }

    /** The peer's Retry-After, honoured on 429 (too many requests) and 503 (unavailable) only. */
    static Duration askedToWait(PostResult result) {
        boolean overloaded = result.status() == 429 || result.status() == 503;
        return overloaded ? result.retryAfter().orElse(Duration.ZERO) : Duration.ZERO;
    }

    /** Signs and POSTs the job's activity to its inbox, and says what came of it. */
    public DeliveryOutcome send(ClaimedJob job) {
        Optional<Outgoing> outgoing;
        try {
            outgoing = activities.find(job.activityId());
        } catch (IllegalArgumentException unsendable) {
            return new Permanent(null, "activity cannot be sent: " + unsendable.getMessage());
        }
        if (outgoing.isEmpty()) {
            return new Permanent(null, "activity no longer exists");
        }
        long started = System.nanoTime();
        try {
            PostResult result = DeliveryRequest.to(job.inbox(), outgoing.get().body(), client.policy().userAgent())
                    .send(client, signers.forActor(outgoing.get().actor()));
            if (result.isSuccess()) {
                return new Delivered(result.status());
            }
            String error = "HTTP " + result.status() + (result.bodyExcerpt().isBlank() ? "" : ": " + result.bodyExcerpt());
            return result.isPermanentFailure() ? new Permanent(result.status(), error)
                    : new Retryable(result.status(), error, askedToWait(result));
        } catch (FetchException e) {
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            return e.isPermanent() ? new Permanent(null, error) : new Retryable(null, error);
        } catch (IllegalArgumentException unsafeHeader) {
            return new Permanent(null, "request could not be built: " + unsafeHeader.getMessage());
        } finally {
            metrics.sent(Duration.ofNanos(System.nanoTime() - started));
        }
    }
}
