package london.patchwork.federation.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import london.patchwork.federation.fetch.FetchClient;
import london.patchwork.federation.fetch.FetchException;
import london.patchwork.federation.fetch.MediaType;
import london.patchwork.federation.fetch.PostResult;
import london.patchwork.federation.signatures.RequestSigner;

/**
 * A delivery POST ready to send: inbox, body and the unsigned headers. It is signed only when
 * {@link #send(FetchClient, RequestSigner)} runs, so a retry hours later carries a fresh
 * {@code Date} and digest-bound signature (Mastodon refuses a {@code Date} more than about an hour
 * old). The delivery queue can store {@link #inbox()} and {@link #body()} and rebuild this with
 * {@link #to(URI, byte[], String)}.
 *
 * @param inbox   where to POST
 * @param body    the serialised activity, blind recipients removed (treat as read-only)
 * @param headers {@code Content-Type}, {@code Accept} and {@code User-Agent}
 */
public record DeliveryRequest(URI inbox, byte[] body, Map<String, String> headers) {

    /** Copies the headers; the body is kept as given. */
    public DeliveryRequest {
        Objects.requireNonNull(inbox, "inbox");
        Objects.requireNonNull(body, "body");
        headers = Map.copyOf(headers);
    }

    /** A request for a body already made with {@link ActivityBody#serialize(JsonNode)}. */
    public static DeliveryRequest to(URI inbox, byte[] body, String userAgent) {
        return new DeliveryRequest(inbox, body, Map.of(
                "Content-Type", MediaType.ACTIVITY_JSON,
                "Accept", MediaType.ACTIVITY_JSON,
                "User-Agent", userAgent));
    }

    /** A request carrying an activity, serialised without {@code bto} and {@code bcc}. */
    public static DeliveryRequest of(URI inbox, JsonNode activity, String userAgent) {
        return to(inbox, ActivityBody.serialize(activity), userAgent);
    }

    /**
     * Signs and sends the request now.
     *
     * @return the peer's status, an excerpt of its answer and any {@code Retry-After} it sent
     * @throws FetchException when no answer came (see {@link FetchClient#post})
     */
    public PostResult send(FetchClient client, RequestSigner signer) throws FetchException {
        return client.post(inbox, headers, body, signer);
    }
}
