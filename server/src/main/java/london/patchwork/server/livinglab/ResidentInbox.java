package london.patchwork.server.livinglab;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import london.patchwork.federation.fetch.FetchException;
import london.patchwork.federation.signatures.ClaimOutcome;
import london.patchwork.federation.signatures.FailureReason;
import london.patchwork.federation.signatures.IncomingRequest;
import london.patchwork.federation.signatures.SignatureClaim;
import london.patchwork.federation.signatures.SignatureVerifier;
import london.patchwork.federation.signatures.VerificationPolicy;
import london.patchwork.federation.signatures.VerificationResult;
import london.patchwork.federation.vocab.Envelope;
import london.patchwork.federation.vocab.VocabException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The residents' inboxes: checks a POST as Mastodon does (draft-cavage signature by a key of the activity's actor,
 * digest of the body), answers the residents' Follows and Joins, and tells the observer what arrived and whom it
 * reached. Thread-safe.
 */
final class ResidentInbox {

    /** The answer to a POST. */
    record Outcome(int status, String reason) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(ResidentInbox.class);
    private static final int MAX_BODY_BYTES = 1024 * 1024;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final SignatureVerifier verifier = new SignatureVerifier(VerificationPolicy.mastodon());
    private final ResidentPeers peers;
    private final ResidentRelations relations;
    private final ResidentsObserver observer;
    private final Function<String, Optional<Resident>> residentById;
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong rejectedSignatures = new AtomicLong();

    ResidentInbox(ResidentPeers peers, ResidentRelations relations, ResidentsObserver observer,
                  Function<String, Optional<Resident>> residentById) {
        this.peers = peers;
        this.relations = relations;
        this.observer = observer;
        this.residentById = residentById;
    }

    /**
     * @param owner the resident whose personal inbox was POSTed to; null for the shared inbox
     */
    Outcome receive(IncomingRequest request, String inboxPath, Resident owner) {
        if (request.body().length > MAX_BODY_BYTES) {
            return new Outcome(413, "body over 1 MiB");
        }
        ClaimOutcome claim = verifier.claim(request);
        if (claim instanceof VerificationResult.Failed failed) {
            return refused(failed.message());
        }
        ObjectNode activity;
        Envelope envelope;
        try {
            JsonNode parsed = MAPPER.readTree(request.body());
            if (parsed == null || !parsed.isObject()) {
                return new Outcome(400, "not a JSON object");
            }
            activity = (ObjectNode) parsed;
            envelope = Envelope.read(activity);
        } catch (JsonProcessingException | VocabException junk) {
            return new Outcome(400, "malformed: " + junk.getMessage());
        } catch (IOException unreadable) {
            return new Outcome(400, "unreadable body");
        }
        Optional<String> wrongSigner = authenticate(request, (SignatureClaim) claim, envelope);
        if (wrongSigner.isPresent()) {
            return refused(wrongSigner.get());
        }
        List<Integer> reached = apply(envelope, activity, owner);
        received.incrementAndGet();
        observer.arrived(Instant.now(), envelope.actor(), inboxPath, envelope.id().toString(), envelope.type(),
                objectId(activity).orElse(null), reached);
        return new Outcome(202, "accepted");
    }

    long received() {
        return received.get();
    }

    long rejectedSignatures() {
        return rejectedSignatures.get();
    }

    /** Why the signature does not prove the activity's actor sent it, or empty when it does. */
    private Optional<String> authenticate(IncomingRequest request, SignatureClaim claim, Envelope envelope) {
        URI keyId;
        try {
            keyId = URI.create(claim.keyId());
        } catch (IllegalArgumentException e) {
            return Optional.of("keyId is not a URI");
        }
        try {
            Optional<ResidentPeers.PeerKey> key = peers.key(keyId, false);
            VerificationResult result = key.isEmpty() ? null
                    : verifier.verify(request, claim, key.get().key(), Instant.now());
            if (key.isEmpty() || result instanceof VerificationResult.Failed failed
                    && failed.reason() == FailureReason.WRONG_KEY) {
                // The actor may have rotated its key since we cached it: ask its origin once more.
                key = peers.key(keyId, true);
                result = key.isEmpty() ? null : verifier.verify(request, claim, key.get().key(), Instant.now());
            }
            if (key.isEmpty()) {
                return Optional.of("no key " + keyId);
            }
            if (result instanceof VerificationResult.Failed failed) {
                return Optional.of(failed.message());
            }
            if (!key.get().owner().equals(envelope.actor())) {
                return Optional.of("the key belongs to " + key.get().owner() + ", not to " + envelope.actor());
            }
            return Optional.empty();
        } catch (FetchException unavailable) {
            return Optional.of("key unavailable: " + unavailable.getMessage());
        }
    }

    private Outcome refused(String why) {
        rejectedSignatures.incrementAndGet();
        LOG.debug("inbox refused a POST: {}", why);
        return new Outcome(401, "signature: " + why);
    }

    /** Records answers to the residents' Follows and Joins; returns the residents the activity reached. */
    private List<Integer> apply(Envelope envelope, ObjectNode activity, Resident owner) {
        String type = envelope.type();
        if (type.equals("Accept") || type.equals("Reject") || type.equals("TentativeAccept")) {
            Optional<String> answered = objectId(activity);
            Optional<ResidentRelations.Sent> follow = answered.flatMap(relations::follow);
            if (follow.isPresent()) {
                if (type.equals("Reject")) {
                    relations.rejected(follow.get());
                } else {
                    relations.accepted(follow.get());
                }
                return List.of(follow.get().resident());
            }
            Optional<ResidentRelations.Sent> join = answered.flatMap(relations::join);
            if (join.isPresent()) {
                relations.answered(answered.get(), type);
                return List.of(join.get().resident());
            }
        }
        if (owner != null) {
            return List.of(owner.index());
        }
        // Mastodon's shared inbox: the signer's followers here, and anyone it addresses by name.
        TreeSet<Integer> reached = new TreeSet<>(relations.followersOf(envelope.actor()));
        for (String field : List.of("to", "cc")) {
            addressed(activity.get(field)).forEach(id -> residentById.apply(id).ifPresent(r -> reached.add(r.index())));
        }
        return List.copyOf(reached);
    }

    private static List<String> addressed(JsonNode node) {
        if (node == null) {
            return List.of();
        }
        if (node.isTextual()) {
            return List.of(node.asText());
        }
        List<String> ids = new java.util.ArrayList<>();
        if (node.isArray()) {
            node.forEach(item -> {
                if (item.isTextual()) {
                    ids.add(item.asText());
                }
            });
        }
        return ids;
    }

    /** The object's id, whether the object is embedded or a bare IRI. */
    private static Optional<String> objectId(ObjectNode activity) {
        JsonNode object = activity.get("object");
        if (object != null && object.isArray() && !object.isEmpty()) {
            object = object.get(0);
        }
        if (object == null) {
            return Optional.empty();
        }
        if (object.isTextual()) {
            return Optional.of(object.asText());
        }
        JsonNode id = object.get("id");
        return id != null && id.isTextual() ? Optional.of(id.asText()) : Optional.empty();
    }
}
