package london.patchwork.server.interop;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;

/**
 * How a request was signed, as the Fedify peer reports it: read from the headers of each request it receives
 * or sends. Also what the peer is told to try first when it signs ({@code --signatures}).
 */
public enum HttpSignatureScheme {
    /** RFC 9421 HTTP Message Signatures ({@code Signature-Input} and {@code Signature}). */
    RFC_9421("rfc9421"),
    /** draft-cavage-http-signatures-12 ({@code Signature: keyId=...}), as Mastodon signs. */
    DRAFT_CAVAGE("draft-cavage"),
    /** Not signed. */
    NONE("none");

    private final String wireName;

    HttpSignatureScheme(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    @JsonCreator
    public static HttpSignatureScheme fromWireName(String value) {
        return Arrays.stream(values()).filter(scheme -> scheme.wireName.equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown signature scheme " + value));
    }
}
