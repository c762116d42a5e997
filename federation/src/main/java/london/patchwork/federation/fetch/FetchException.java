package london.patchwork.federation.fetch;

import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;

/**
 * Why a fetch or a delivery POST failed. The hierarchy is sealed so that callers can switch over
 * every case; {@link #isPermanent()} tells a retry queue whether trying again later can help.
 */
public abstract sealed class FetchException extends Exception {

    private final URI target;

    private FetchException(URI target, String message, Throwable cause) {
        super(message, cause);
        this.target = target;
    }

    /** The URL being fetched when the failure happened (after redirects: the current hop); may be null for a URL that did not parse. */
    public URI target() {
        return target;
    }

    /** Whether retrying the same request later is pointless. */
    public abstract boolean isPermanent();

    /** The URL is unusable or not allowed: scheme, user-info, control characters, malformed host, plain http in production. */
    public static final class BadUrl extends FetchException {
        /**
         * Creates the error.
         *
         * @param target the URL (null when it did not parse)
         * @param message what is wrong with it
         */
        public BadUrl(URI target, String message) {
            super(target, message, null);
        }

        @Override
        public boolean isPermanent() {
            return true;
        }
    }

    /** The host resolved to an address the policy refuses; nothing was connected to. */
    public static final class BlockedAddress extends FetchException {
        private final transient InetAddress address;
        private final AddressClass addressClass;

        /**
         * Creates the error.
         *
         * @param target       the URL
         * @param address      the refused address
         * @param addressClass its class
         */
        public BlockedAddress(URI target, InetAddress address, AddressClass addressClass) {
            super(target, "refusing " + addressClass.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                    + " address " + address.getHostAddress(), null);
            this.address = address;
            this.addressClass = addressClass;
        }

        /** The refused address. */
        public InetAddress address() {
            return address;
        }

        /** Its class. */
        public AddressClass addressClass() {
            return addressClass;
        }

        @Override
        public boolean isPermanent() {
            return true;
        }
    }

    /** The host name did not resolve. Temporary: DNS can recover. */
    public static final class HostNotFound extends FetchException {
        /**
         * Creates the error.
         *
         * @param target the URL
         * @param cause  the resolver's error, or null when it found no address
         */
        public HostNotFound(URI target, Throwable cause) {
            super(target, "host not found", cause);
        }

        @Override
        public boolean isPermanent() {
            return false;
        }
    }

    /** The body was larger than the policy's cap (announced by Content-Length or counted while reading). */
    public static final class TooLarge extends FetchException {
        private final long limit;

        /**
         * Creates the error.
         *
         * @param target the URL
         * @param limit  the cap exceeded
         */
        public TooLarge(URI target, long limit) {
            super(target, "body larger than " + limit + " bytes", null);
            this.limit = limit;
        }

        /** The cap that was exceeded. */
        public long limit() {
            return limit;
        }

        @Override
        public boolean isPermanent() {
            return true;
        }
    }

    /** The total deadline or the connect timeout passed. */
    public static final class Timeout extends FetchException {
        /**
         * Creates the error.
         *
         * @param target the URL
         * @param limit  the time allowed
         * @param phase  what was going on (connecting, the exchange, ...)
         */
        public Timeout(URI target, Duration limit, String phase) {
            super(target, phase + " took longer than " + limit.toMillis() + " ms", null);
        }

        @Override
        public boolean isPermanent() {
            return false;
        }
    }

    /** A GET was redirected more often than the policy allows (loops end here too). */
    public static final class TooManyRedirects extends FetchException {
        /**
         * Creates the error.
         *
         * @param target the last URL reached
         * @param limit  the redirects allowed
         */
        public TooManyRedirects(URI target, int limit) {
            super(target, "more than " + limit + " redirects", null);
        }

        @Override
        public boolean isPermanent() {
            return true;
        }
    }

    /** The peer answered with a status that is not a success (for a GET). */
    public static final class HttpStatus extends FetchException {
        private final int status;

        /**
         * Creates the error.
         *
         * @param target the URL
         * @param status the status received
         */
        public HttpStatus(URI target, int status) {
            super(target, "HTTP status " + status, null);
            this.status = status;
        }

        /** The status code. */
        public int status() {
            return status;
        }

        /** 404 or 410: the resource is gone, and a cached copy should go too. */
        public boolean isGone() {
            return status == 404 || status == 410;
        }

        @Override
        public boolean isPermanent() {
            return StatusCodes.isPermanentFailure(status);
        }
    }

    /** The response's media type is not one accepted for what was asked. */
    public static final class WrongMediaType extends FetchException {
        private final String mediaType;

        /**
         * Creates the error.
         *
         * @param target    the URL
         * @param mediaType the Content-Type received, or null
         */
        public WrongMediaType(URI target, String mediaType) {
            super(target, "unexpected media type " + (mediaType == null ? "(none)" : mediaType), null);
            this.mediaType = mediaType;
        }

        /** The Content-Type received, or null when there was none. */
        public String mediaType() {
            return mediaType;
        }

        @Override
        public boolean isPermanent() {
            return true;
        }
    }

    /** An ActivityPub document's top-level {@code id} is not the URL it was fetched from (CVE-2024-23832). */
    public static final class IdMismatch extends FetchException {
        private final String documentId;

        /**
         * Creates the error.
         *
         * @param target     the URL the document came from
         * @param documentId the id it claims, or null
         */
        public IdMismatch(URI target, String documentId) {
            super(target, "document id " + (documentId == null ? "(none)" : documentId) + " is not the URL fetched", null);
            this.documentId = documentId;
        }

        /** The id the document claims, or null when it has no string id. */
        public String documentId() {
            return documentId;
        }

        @Override
        public boolean isPermanent() {
            return true;
        }
    }

    /** The TCP connection could not be made or broke before the response was complete. */
    public static final class ConnectionFailed extends FetchException {
        /**
         * Creates the error.
         *
         * @param target  the URL
         * @param message what happened
         * @param cause   the I/O error
         */
        public ConnectionFailed(URI target, String message, Throwable cause) {
            super(target, message, cause);
        }

        @Override
        public boolean isPermanent() {
            return false;
        }
    }

    /** The TLS handshake failed: untrusted or expired certificate, wrong host name, no common protocol. */
    public static final class TlsFailed extends FetchException {
        /**
         * Creates the error.
         *
         * @param target the URL
         * @param cause  the TLS error
         */
        public TlsFailed(URI target, Throwable cause) {
            super(target, "TLS failed: " + cause.getMessage(), cause);
        }

        @Override
        public boolean isPermanent() {
            return false;
        }
    }

    /** The peer's bytes are not a valid HTTP/1.1 response we accept. */
    public static final class MalformedResponse extends FetchException {
        /**
         * Creates the error.
         *
         * @param target  the URL
         * @param message what is wrong with the response
         */
        public MalformedResponse(URI target, String message) {
            super(target, message, null);
        }

        @Override
        public boolean isPermanent() {
            return false;
        }
    }

    /** The body is not the document expected: not JSON, not an object, or missing required fields. */
    public static final class InvalidDocument extends FetchException {
        /**
         * Creates the error.
         *
         * @param target  the URL
         * @param message what is wrong with the document
         * @param cause   the parser's error, or null
         */
        public InvalidDocument(URI target, String message, Throwable cause) {
            super(target, message, cause);
        }

        @Override
        public boolean isPermanent() {
            return true;
        }
    }
}
