package london.patchwork.server.connections;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.Accept;
import london.patchwork.federation.vocab.Activity;
import london.patchwork.federation.vocab.ActivityFields;
import london.patchwork.federation.vocab.Extras;
import london.patchwork.federation.vocab.GenericActivity;
import london.patchwork.federation.vocab.ObjectFields;
import london.patchwork.federation.vocab.ObjectFieldsBuilder;
import london.patchwork.federation.vocab.Reject;
import london.patchwork.federation.vocab.Relationship;
import london.patchwork.server.instance.Uris;
import london.patchwork.server.moderation.Html;

import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Introductions on the wire: an {@code Offer} from the hub's Group to a remote end, whose object is the proposed
 * {@code Relationship} (subject, relationship as a Patchwork term, object), answered with {@code Accept} or
 * {@code Reject} of the Offer. The message travels as the Offer's {@code content}.
 */
@Singleton
class IntroductionActivities {

    /** The Patchwork vocabulary's namespace, where each tie type is a term: partners-with is {@code partnersWith}. */
    static final String NS = "https://patchwork.london/ns#";
    private static final Pattern TERM = Pattern.compile("[a-z][a-zA-Z0-9]{0,79}");

    private final Uris uris;

    IntroductionActivities(Uris uris) {
        this.uris = uris;
    }

    /** The proposed tie's id while it is only proposed: the introduction on the weavers' page. */
    URI relationshipId(long introductionId) {
        return uris.page("/network/introductions#introduction-" + introductionId);
    }

    GenericActivity offer(URI id, URI hub, URI to, Introduction introduction) {
        Relationship proposed = Relationship.between(relationshipId(introduction.id()),
                URI.create(introduction.subjectKey()), relationship(introduction.type()),
                URI.create(introduction.objectKey()));
        ObjectFieldsBuilder fields = ObjectFields.builder().to(to).published(Instant.now());
        if (!introduction.message().isEmpty()) {
            fields.content(Html.paragraphs(introduction.message())).mediaType("text/html");
        }
        return new GenericActivity(id, "Offer", fields.build(), ActivityFields.of(hub, proposed), Extras.EMPTY);
    }

    /** Our answer to a peer's Offer, from the end it was offered to, back to whoever offered it. */
    Activity answer(boolean accepted, URI id, URI answerer, URI offer, URI offeredBy) {
        ObjectFields addressing = ObjectFields.builder().to(offeredBy).published(Instant.now()).build();
        ActivityFields fields = ActivityFields.of(answerer, offer);
        return accepted ? new Accept(id, addressing, fields, Extras.EMPTY)
                : new Reject(id, addressing, fields, Extras.EMPTY);
    }

    static URI relationship(String type) {
        StringBuilder term = new StringBuilder();
        boolean upper = false;
        for (char c : type.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                term.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return URI.create(NS + term);
    }

    /** A tie type's slug from a Patchwork term, or empty for a relationship from another vocabulary. */
    static Optional<String> type(@Nullable URI relationship) {
        if (relationship == null || !relationship.toString().startsWith(NS)) {
            return Optional.empty();
        }
        String term = relationship.toString().substring(NS.length());
        if (!TERM.matcher(term).matches()) {
            return Optional.empty();
        }
        Matcher humps = Pattern.compile("([A-Z])").matcher(term);
        return Optional.of(humps.replaceAll(match -> "-" + match.group(1).toLowerCase(Locale.ROOT)));
    }
}
