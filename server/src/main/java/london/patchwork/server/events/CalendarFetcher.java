package london.patchwork.server.events;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import london.patchwork.federation.fetch.DocumentKind;
import london.patchwork.federation.fetch.FetchClient;
import london.patchwork.federation.fetch.FetchException;
import london.patchwork.federation.fetch.FetchResponse;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * GETs an outside calendar through the federation library's guarded client, with the policy the instance
 * configured (no private or loopback addresses and https only, except in local mode) and a larger body cap, as
 * calendars outgrow ActivityPub documents. The last ETag and Last-Modified go back as a conditional GET.
 */
@Singleton
class CalendarFetcher {

    /** What came back. */
    sealed interface Outcome {
        record Fetched(byte[] body, @Nullable String etag, @Nullable String lastModified) implements Outcome {
        }

        record NotModified() implements Outcome {
        }

        /** {@code refused}: the URL is one the hub may never fetch (scheme, private address); else it may recover. */
        record Failed(String reason, boolean refused) implements Outcome {
        }
    }

    private final FetchClient client;

    CalendarFetcher(FetchClient fetch, CalendarsConfiguration configuration) {
        this.client = FetchClient.builder(fetch.policy().withMaxBodyBytes(configuration.maxFeedBytes())).build();
    }

    Outcome fetch(URI url, @Nullable String etag, @Nullable String lastModified) {
        Map<String, String> validators = new LinkedHashMap<>();
        if (etag != null) {
            validators.put("If-None-Match", etag);
        }
        if (lastModified != null) {
            validators.put("If-Modified-Since", lastModified);
        }
        try {
            FetchResponse response = client.getConditional(url, DocumentKind.ICALENDAR, validators);
            if (response.status() == 304) {
                return new Outcome.NotModified();
            }
            return new Outcome.Fetched(response.body(), response.headers().first("ETag").orElse(null),
                    response.headers().first("Last-Modified").orElse(null));
        } catch (FetchException failed) {
            boolean refused = failed instanceof FetchException.BadUrl || failed instanceof FetchException.BlockedAddress;
            return new Outcome.Failed(reason(failed), refused);
        }
    }

    private static String reason(FetchException failed) {
        return switch (failed) {
            case FetchException.HttpStatus status -> "the feed answered HTTP " + status.status();
            case FetchException.TooLarge large -> "the feed is larger than " + large.limit() / (1024 * 1024) + " MB";
            case FetchException.Timeout timeout -> "the feed took too long: " + timeout.getMessage();
            case FetchException.WrongMediaType type -> "not an iCalendar feed (" + type.getMessage() + ")";
            case FetchException.ConnectionFailed connection -> "could not connect: " + connection.getMessage();
            case FetchException.HostNotFound host -> "host not found";
            default -> failed.getMessage();
        };
    }
}
