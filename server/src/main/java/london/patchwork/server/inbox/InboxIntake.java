package london.patchwork.server.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import london.patchwork.federation.fetch.MediaType;
import london.patchwork.federation.jsonld.JsonInput;
import london.patchwork.federation.jsonld.JsonLdException;
import london.patchwork.federation.jsonld.JsonLimits;
import london.patchwork.federation.signatures.ClaimOutcome;
import london.patchwork.federation.signatures.FailureReason;
import london.patchwork.federation.signatures.IncomingRequest;
import london.patchwork.federation.signatures.SignatureClaim;
import london.patchwork.federation.signatures.SignatureVerifier;
import london.patchwork.federation.signatures.VerificationPolicy;
import london.patchwork.federation.signatures.VerificationResult;
import london.patchwork.federation.vocab.Envelope;
import london.patchwork.federation.vocab.VocabException;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.RemoteActorException;
import london.patchwork.server.actors.RemoteActors;
import london.patchwork.server.actors.RemoteKey;
import london.patchwork.server.http.CanonicalUris;
import london.patchwork.server.moderation.BlockedActors;
import london.patchwork.server.moderation.BlockedDomains;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;

/**
 * The request path of every inbox POST: refuse what is too big, not JSON, unsigned or signed by someone
 * other than the activity's actor; store the rest once, by activity id, and answer 202. Nothing is applied
 * here: JSON-LD and the handlers run in {@link InboxWorker}s, off the request path.
 */
@Singleton
public class InboxIntake {

    /** Mastodon's limit too; no legitimate activity comes near it. */
    public static final int MAX_BODY_BYTES = 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(InboxIntake.class);

    private final SignatureVerifier verifier = new SignatureVerifier(VerificationPolicy.mastodon());
    private final JsonInput json = new JsonInput(JsonLimits.DEFAULT);
    private final RemoteActors remoteActors;
    private final BlockedDomains blockedDomains;
    private final BlockedActors blockedActors;
    private final InboxStore store;
    private final MeterRegistry meters;
    private final Clock clock = Clock.systemUTC();

    public InboxIntake(RemoteActors remoteActors, BlockedDomains blockedDomains, BlockedActors blockedActors,
                       InboxStore store, MeterRegistry meters) {
        this.remoteActors = remoteActors;
        this.blockedDomains = blockedDomains;
        this.blockedActors = blockedActors;
        this.store = store;
        this.meters = meters;
    }

    public IntakeResult receive(IncomingRequest request, @Nullable String contentType) {
        Verified verified = verify(request, contentType);
        IntakeResult result = verified.refusal() != null ? verified.refusal() : store(request, verified);
        count(result);
        return result;
    }

    /**
     * A request checked exactly as the inbox checks it (size, media type, signature, key owner = activity actor,
     * activity id on the actor's host) but not stored: for an inbox that is not this instance's own, such as the
     * relay's, whose activities must not reach this instance's handlers.
     *
     * @param refusal  why the request is refused, or null when it passed
     * @param envelope the activity's id, type and actor, when it passed
     * @param signer   the actor who signed it (the activity's actor), when it passed
     * @param keyId    the key that signed it, when it passed
     */
    public record Verified(@Nullable IntakeResult refusal, @Nullable Envelope envelope,
                           @Nullable Actor signer, @Nullable String keyId) {

        static Verified refused(IntakeResult refusal) {
            return new Verified(refusal, null, null, null);
        }
    }

    /** Checks a request as {@link #receive} does, without storing it; refusals are logged and counted. */
    public Verified check(IncomingRequest request, @Nullable String contentType) {
        Verified verified = verify(request, contentType);
        if (verified.refusal() != null) {
            count(verified.refusal());
        }
        return verified;
    }

    private void count(IntakeResult result) {
        meters.counter("patchwork.inbox.requests", "status", Integer.toString(result.status().getCode())).increment();
        if (!result.isAccepted()) {
            LOG.info("event=inbox_refused status={} reason=\"{}\"", result.status().getCode(), result.reason());
        }
    }

    private Verified verify(IncomingRequest request, @Nullable String contentType) {
        if (request.body().length > MAX_BODY_BYTES) {
            return refused(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "body over 1 MiB");
        }
        if (!MediaType.isActivityPubBody(contentType)) {
            return refused(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "send application/activity+json or application/ld+json");
        }
        ClaimOutcome claim = verifier.claim(request);
        if (claim instanceof VerificationResult.Failed failed) {
            return refused(HttpStatus.UNAUTHORIZED, "signature: " + failed.message());
        }
        Envelope envelope;
        try {
            envelope = Envelope.read(json.parseObject(request.body()));
        } catch (JsonLdException e) {
            return refused(HttpStatus.BAD_REQUEST, "malformed JSON: " + e.getMessage());
        } catch (VocabException e) {
            return refused(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        return authenticate(request, (SignatureClaim) claim, envelope);
    }

    private static Verified refused(HttpStatus status, String reason) {
        return Verified.refused(IntakeResult.refused(status, reason));
    }

    private Verified authenticate(IncomingRequest request, SignatureClaim claim, Envelope envelope) {
        URI id = envelope.id();
        URI actor = envelope.actor();
        Optional<URI> keyId = uri(claim.keyId());
        if (keyId.isEmpty()) {
            return refused(HttpStatus.UNAUTHORIZED, "signature: keyId is not an http(s) URL");
        }
        if (isBlocked(keyId.get()) || isBlocked(actor)) {
            return refused(HttpStatus.FORBIDDEN, "domain blocked");
        }
        if (blockedActors.isBlocked(actor.toString())) {
            return refused(HttpStatus.FORBIDDEN, "actor blocked");
        }
        RemoteKey key;
        VerificationResult verification;
        try {
            key = remoteActors.resolveKey(keyId.get(), false);
            verification = verifier.verify(request, claim, key.key(), clock.instant());
            if (verification instanceof VerificationResult.Failed failed && failed.reason() == FailureReason.WRONG_KEY) {
                // The actor may have rotated its key since we cached it: ask its origin once more.
                key = remoteActors.resolveKey(keyId.get(), true);
                verification = verifier.verify(request, claim, key.key(), clock.instant());
            }
        } catch (RemoteActorException e) {
            return refused(HttpStatus.UNAUTHORIZED, "signature: key unavailable (" + e.reason() + ")");
        }
        if (verification instanceof VerificationResult.Failed failed) {
            return refused(HttpStatus.UNAUTHORIZED, "signature: " + failed.message());
        }
        if (!CanonicalUris.same(URI.create(key.actor().uri()), actor)) {
            return refused(HttpStatus.FORBIDDEN, "the key belongs to " + key.actor().uri()
                    + ", not to the activity's actor");
        }
        if (!CanonicalUris.sameHost(id, actor)) {
            return refused(HttpStatus.FORBIDDEN, "the activity id is not on its actor's host");
        }
        return new Verified(null, envelope, key.actor(), claim.keyId());
    }

    private IntakeResult store(IncomingRequest request, Verified verified) {
        Envelope envelope = verified.envelope();
        boolean stored;
        try {
            stored = store.storeOnce(envelope.id().toString(), envelope.type(), verified.signer().uri(),
                    verified.keyId(), new String(request.body(), StandardCharsets.UTF_8));
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return IntakeResult.refused(HttpStatus.SERVICE_UNAVAILABLE, "the server is stopping");
        }
        return IntakeResult.accepted(!stored);
    }

    private boolean isBlocked(URI uri) {
        return CanonicalUris.host(uri).map(blockedDomains::isBlocked).orElse(false);
    }

    private static Optional<URI> uri(String text) {
        try {
            URI uri = URI.create(text);
            boolean http = "https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme());
            return http && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
