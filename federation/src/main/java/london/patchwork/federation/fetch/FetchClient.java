package london.patchwork.federation.fetch;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.net.SocketFactory;
import javax.net.ssl.SSLSocketFactory;
import london.patchwork.federation.signatures.OutgoingRequest;
import london.patchwork.federation.signatures.RequestSigner;

/**
 * The one way Patchwork talks to other servers: GETs of remote documents and POSTs to remote
 * inboxes, under a {@link FetchPolicy}.
 *
 * <p>Every request resolves the host once, refuses it when any of its addresses is not allowed,
 * connects to an address it checked, speaks HTTP/1.1 over that socket (TLS with host-name
 * verification for https) and is bounded by the policy's total deadline and body cap. GETs follow
 * up to {@link FetchPolicy#maxRedirects()} redirects, checking each hop afresh; POSTs never follow
 * one. A {@link RequestSigner} given to a call signs each request at the moment it is sent (each
 * redirect hop again). Instances are immutable and safe to share between threads.
 */
public final class FetchClient {

    private static final byte[] NO_BODY = new byte[0];

    private final FetchPolicy policy;
    private final Connector connector;
    private final Clock clock;

    private FetchClient(Builder builder) {
        this.policy = builder.policy;
        this.connector = new Connector(builder.policy, builder.resolver, builder.sockets, builder.tls);
        this.clock = builder.clock;
    }

    /** A builder with the system resolver, the JDK's default trust store and the system clock. */
    public static Builder builder(FetchPolicy policy) {
        return new Builder(policy);
    }

    /** The policy this client enforces. */
    public FetchPolicy policy() {
        return policy;
    }

    /** As {@link #get(URI, DocumentKind, RequestSigner)}, unsigned. */
    public FetchResponse get(URI target, DocumentKind kind) throws FetchException {
        return fetch(target, kind, Optional.empty());
    }

    /**
     * GETs a document of the given kind: sends its {@code Accept}, follows redirects, and checks that
     * the final response is 2xx with an acceptable media type and no content coding.
     */
    public FetchResponse get(URI target, DocumentKind kind, RequestSigner signer) throws FetchException {
        return fetch(target, kind, Optional.of(signer));
    }

    /**
     * As {@link #get(URI, DocumentKind)}, with another body limit for this one request (a picture may be larger than
     * any document); the address guard, timeouts, redirects and type check are the policy's as always.
     *
     * @param maxBodyBytes the largest body read before failing with {@link FetchException.TooLarge}
     */
    public FetchResponse get(URI target, DocumentKind kind, long maxBodyBytes) throws FetchException {
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("maxBodyBytes must be positive");
        }
        return fetch(target, kind, Optional.empty(), maxBodyBytes, Map.of());
    }

    /**
     * A conditional GET (RFC 9110 section 13): sends the validators given ({@code If-None-Match},
     * {@code If-Modified-Since}) and answers a 304 as a {@link FetchResponse} with status 304, no body and no
     * media type check, so the caller keeps what it has. Any other answer is checked as {@link #get(URI, DocumentKind)}.
     */
    public FetchResponse getConditional(URI target, DocumentKind kind, Map<String, String> validators)
            throws FetchException {
        return fetch(target, kind, Optional.empty(), policy.maxBodyBytes(), Map.copyOf(validators));
    }

    /** As {@link #getJson(URI, DocumentKind, RequestSigner)}, unsigned. */
    public FetchedJson getJson(URI target, DocumentKind kind) throws FetchException {
        return JsonBodies.check(fetch(target, kind, Optional.empty()), kind);
    }

    /**
     * GETs a JSON object of the given kind. For {@link DocumentKind#ACTIVITY_PUB} its top-level
     * {@code id} must equal the URL it came from: the URL asked for (without fragment) or, after
     * redirects, the last one; otherwise {@link FetchException.IdMismatch}.
     */
    public FetchedJson getJson(URI target, DocumentKind kind, RequestSigner signer) throws FetchException {
        return JsonBodies.check(fetch(target, kind, Optional.of(signer)), kind);
    }

    /**
     * GETs a JSON object of the given kind, unsigned, and reads it into a typed document. A reader
     * failure becomes {@link FetchException.InvalidDocument}, so callers handle one exception type.
     */
    public <T, E extends Exception> T getDocument(URI target, DocumentKind kind, DocumentReader<T, E> reader)
            throws FetchException {
        return read(getJson(target, kind), reader);
    }

    /**
     * As {@link #getDocument(URI, DocumentKind, DocumentReader)}, signed (for example an actor from a
     * server in authorized-fetch mode, read into the typed vocabulary).
     */
    public <T, E extends Exception> T getDocument(URI target, DocumentKind kind, RequestSigner signer,
            DocumentReader<T, E> reader) throws FetchException {
        return read(getJson(target, kind, signer), reader);
    }

    /** GETs an ActivityPub document, unsigned, with the id check. */
    public FetchedJson getActivityPub(URI target) throws FetchException {
        return getJson(target, DocumentKind.ACTIVITY_PUB);
    }

    /** GETs an ActivityPub document with a signed request (for servers in authorized-fetch mode), with the id check. */
    public FetchedJson getActivityPub(URI target, RequestSigner signer) throws FetchException {
        return getJson(target, DocumentKind.ACTIVITY_PUB, signer);
    }

    /**
     * GETs an ActivityPub document from a URL that may not be its id (a profile page, a key URL such
     * as GoToSocial's {@code /main-key}): when the document names another id, that id is fetched once
     * more from its own origin and must match exactly. What is returned is always what the id's
     * origin serves, never what the first URL claimed.
     */
    public FetchedJson getActivityPubByDeclaredId(URI target, RequestSigner signer) throws FetchException {
        try {
            return getActivityPub(target, signer);
        } catch (FetchException.IdMismatch mismatch) {
            if (mismatch.documentId() == null) {
                throw mismatch;
            }
            return getActivityPub(FetchTarget.parse(mismatch.documentId()).uri(), signer);
        }
    }

    /**
     * POSTs a body to an inbox. Adds {@code Host}, {@code User-Agent} (unless given),
     * {@code Content-Length} and {@code Connection: close}, then the signer's headers, computed now.
     * Redirects are not followed.
     *
     * @param target  the inbox
     * @param headers headers to send, for example {@code Content-Type} and {@code Accept}
     * @param body    the body
     * @param signer  signs the request at send time
     * @return the status, an excerpt of the response body and any {@code Retry-After} the peer sent
     * @throws FetchException when no response was received: bad or blocked URL, timeout, connection
     *                        or TLS failure, malformed response
     * @throws IllegalArgumentException when a header name or value (given or from the signer) could not be sent safely
     */
    public PostResult post(URI target, Map<String, String> headers, byte[] body, RequestSigner signer)
            throws FetchException {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(signer, "signer");
        Deadline deadline = Deadline.after(policy.totalDeadline());
        FetchTarget checked = FetchTarget.of(target);
        RequestHeaders request = baseHeaders(checked).setAll(headers);
        request.set("Content-Length", Integer.toString(body.length));
        sign(request, "POST", checked, body, Optional.of(signer));
        RawResponse response = Exchange.perform(connector, checked, "POST", request, body, deadline,
                PostResult.EXCERPT_BYTES, ResponseReader.BodyMode.EXCERPT);
        return new PostResult(checked.uri(), response.status(), excerpt(response.body()),
                RetryAfter.of(response.headers(), clock.instant()));
    }

    private static <T, E extends Exception> T read(FetchedJson fetched, DocumentReader<T, E> reader)
            throws FetchException {
        try {
            return reader.read(fetched.json());
        } catch (RuntimeException bug) {
            throw bug;
        } catch (Exception wrongShape) {
            throw new FetchException.InvalidDocument(fetched.url(), wrongShape.getMessage(), wrongShape);
        }
    }

    private FetchResponse fetch(URI target, DocumentKind kind, Optional<RequestSigner> signer) throws FetchException {
        return fetch(target, kind, signer, policy.maxBodyBytes(), Map.of());
    }

    private FetchResponse fetch(URI target, DocumentKind kind, Optional<RequestSigner> signer, long maxBodyBytes,
            Map<String, String> validators) throws FetchException {
        Deadline deadline = Deadline.after(policy.totalDeadline());
        FetchTarget current = FetchTarget.of(target);
        for (int redirects = 0; ; redirects++) {
            RequestHeaders request = baseHeaders(current).set("Accept", kind.accept()).setAll(validators);
            sign(request, "GET", current, NO_BODY, signer);
            RawResponse response = Exchange.perform(connector, current, "GET", request, NO_BODY, deadline,
                    maxBodyBytes, ResponseReader.BodyMode.DOCUMENT);
            if (StatusCodes.isRedirect(response.status())) {
                if (redirects >= policy.maxRedirects()) {
                    throw new FetchException.TooManyRedirects(current.uri(), policy.maxRedirects());
                }
                current = current.redirect(response.headers().first("Location").orElse(null));
                continue;
            }
            if (response.status() == 304 && !validators.isEmpty()) {
                return new FetchResponse(current.uri(), 304, response.headers(), NO_BODY);
            }
            if (!StatusCodes.isSuccess(response.status())) {
                throw new FetchException.HttpStatus(current.uri(), response.status());
            }
            return checkRepresentation(new FetchResponse(current.uri(), response.status(), response.headers(),
                    response.body()), kind);
        }
    }

    private FetchResponse checkRepresentation(FetchResponse response, DocumentKind kind) throws FetchException {
        Optional<String> coding = response.headers().first("Content-Encoding");
        if (coding.isPresent() && !coding.get().equalsIgnoreCase("identity")) {
            // We asked for identity; a compressed body would dodge the size cap until inflated.
            throw new FetchException.MalformedResponse(response.url(), "unrequested Content-Encoding " + coding.get());
        }
        Optional<MediaType> type = response.mediaType();
        if (type.isEmpty() || !kind.accepts(type.get(), policy)) {
            throw new FetchException.WrongMediaType(response.url(),
                    response.headers().first("Content-Type").orElse(null));
        }
        return response;
    }

    private RequestHeaders baseHeaders(FetchTarget target) {
        return new RequestHeaders()
                .set("Host", target.origin().authority())
                .set("User-Agent", policy.userAgent())
                .set("Accept-Encoding", "identity")
                .set("Connection", "close");
    }

    private void sign(RequestHeaders request, String method, FetchTarget target, byte[] body,
            Optional<RequestSigner> signer) {
        if (signer.isPresent()) {
            OutgoingRequest outgoing = new OutgoingRequest(method, target.wireUri(), request.snapshot(), body);
            request.setAll(signer.get().sign(outgoing, clock.instant()));
        }
    }

    private static String excerpt(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) && c != '\n' ? ' ' : c));
        return out.toString();
    }

    /** Configures a {@link FetchClient}; tests swap the resolver, the socket factories and the clock. */
    public static final class Builder {
        private final FetchPolicy policy;
        private HostResolver resolver = HostResolver.system();
        private SocketFactory sockets = SocketFactory.getDefault();
        private SSLSocketFactory tls = (SSLSocketFactory) SSLSocketFactory.getDefault();
        private Clock clock = Clock.systemUTC();

        private Builder(FetchPolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
        }

        /** The resolver that turns host names into the addresses checked and connected to. */
        public Builder resolver(HostResolver resolver) {
            this.resolver = Objects.requireNonNull(resolver, "resolver");
            return this;
        }

        /** Creates the plain sockets (unconnected); the client connects them to checked addresses. */
        public Builder socketFactory(SocketFactory sockets) {
            this.sockets = Objects.requireNonNull(sockets, "sockets");
            return this;
        }

        /** Layers TLS on connected sockets; its trust managers decide which certificates are accepted. */
        public Builder sslSocketFactory(SSLSocketFactory tls) {
            this.tls = Objects.requireNonNull(tls, "tls");
            return this;
        }

        /**
         * The clock whose time signers put in {@code Date}, and from which a {@code Retry-After} date
         * is measured when the response carries no {@code Date} of its own.
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The client, with this configuration. */
        public FetchClient build() {
            return new FetchClient(this);
        }
    }
}
