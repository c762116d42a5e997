package london.patchwork.server.connections;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import london.patchwork.federation.delivery.PublicAddress;
import london.patchwork.federation.vocab.Activity;
import london.patchwork.federation.vocab.Create;
import london.patchwork.federation.vocab.Delete;
import london.patchwork.federation.vocab.Extras;
import london.patchwork.federation.vocab.ObjectFields;
import london.patchwork.federation.vocab.ObjectFieldsBuilder;
import london.patchwork.federation.vocab.Ref;
import london.patchwork.federation.vocab.Relationship;
import london.patchwork.federation.vocab.TieFields;
import london.patchwork.federation.vocab.Tombstone;
import london.patchwork.federation.vocab.Update;
import london.patchwork.server.instance.Uris;
import london.patchwork.server.moderation.Html;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hub's ties as peers receive them: an AS2 {@code Relationship} from {@code subject} to {@code object} (a
 * Place's id or an actor's id), its {@code relationship} an IRI: {@code https://patchwork.london/ns#partnersWith} for
 * the six types every hub has, {@code https://hub/connections/types/{slug}} for a hub's own (its {@code name} says
 * the type in words). Attributed to the hub's Group, to the public and the Group's followers.
 */
@Singleton
public class ConnectionActivities {

    /** The Patchwork namespace, where the built-in tie types live. */
    public static final String NAMESPACE = "https://patchwork.london/ns#";
    private static final Set<String> BUILT_IN = Set.of("partners-with", "refers-to", "funds", "meets-at",
            "member-of", "shares-space-with");
    private static final Pattern HUB_TYPE = Pattern.compile("^/connections/types/([a-z0-9]+(-[a-z0-9]+)*)$");

    private final Uris uris;

    ConnectionActivities(Uris uris) {
        this.uris = uris;
    }

    /** A tie's id and page are one URL. */
    public URI uri(long id) {
        return uris.page("/connections/" + id);
    }

    /** The IRI that names a tie type on the wire. */
    URI typeIri(String slug) {
        if (BUILT_IN.contains(slug)) {
            StringBuilder camel = new StringBuilder();
            for (String word : slug.split("-")) {
                camel.append(camel.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
            }
            return URI.create(NAMESPACE + camel);
        }
        return uris.page("/connections/types/" + slug);
    }

    /** The slug a type IRI names: one of the six in the Patchwork namespace, or a hub's own by its path. */
    static Optional<String> typeSlug(URI iri) {
        String text = iri.toString();
        if (text.startsWith(NAMESPACE)) {
            String slug = text.substring(NAMESPACE.length()).replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
            return BUILT_IN.contains(slug) ? Optional.of(slug) : Optional.empty();
        }
        if (iri.getRawPath() == null || iri.getHost() == null) {
            return Optional.empty();
        }
        Matcher hubType = HUB_TYPE.matcher(iri.getRawPath());
        return hubType.matches() && hubType.group(1).length() <= 40 ? Optional.of(hubType.group(1))
                : Optional.empty();
    }

    Relationship document(Tie tie, TieType type, URI subject, URI object, URI hub, URI followers) {
        URI id = uri(tie.id());
        ObjectFieldsBuilder fields = ObjectFields.builder()
                .attributedTo(hub)
                .name(type.name())
                .url(id)
                .published(tie.createdAt())
                .updated(tie.updatedAt())
                .to(PublicAddress.IRI)
                .cc(followers);
        if (!tie.note().isBlank()) {
            fields.summary(Html.escape(tie.note()));
        }
        return new Relationship(id, fields.build(), Ref.to(subject), List.of(Ref.to(object)),
                List.of(Ref.to(typeIri(tie.type()))), new TieFields(tie.mutual(), (int) tie.strength()),
                Extras.EMPTY);
    }

    Tombstone tombstone(Tie tie) {
        return new Tombstone(uri(tie.id()), ObjectFields.EMPTY, "Relationship", tie.updatedAt(), Extras.EMPTY);
    }

    Create create(URI id, URI hub, Relationship tie) {
        return Activity.of(Create::new, id, hub, Ref.of(tie), addressed(tie.fields().cc().getFirst().id()));
    }

    Update update(URI id, URI hub, Relationship tie) {
        return Activity.of(Update::new, id, hub, Ref.of(tie), addressed(tie.fields().cc().getFirst().id()));
    }

    Delete delete(URI id, URI hub, Tombstone tombstone, URI followers) {
        return Activity.of(Delete::new, id, hub, Ref.of(tombstone), addressed(followers));
    }

    private static ObjectFields addressed(@Nullable URI followers) {
        return ObjectFields.builder().to(PublicAddress.IRI).cc(followers).published(Instant.now()).build();
    }
}
