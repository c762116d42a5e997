package london.patchwork.federation.vocab;

import java.net.URI;
import java.util.List;

/**
 * A relationship between two things (AS2 {@code Relationship}): {@code subject} is related to
 * {@code object} by {@code relationship}. Patchwork uses it for the connections between assets,
 * organisations and people.
 *
 * @param id           the relationship's IRI
 * @param fields       object properties (name, summary, published, ...)
 * @param subject      one end
 * @param object       the other end(s)
 * @param relationship the kind of relationship, as IRIs or objects
 * @param tie          Patchwork's mutual and strength; {@link TieFields#EMPTY} for others
 * @param extra        properties not modelled
 */
public record Relationship(URI id, ObjectFields fields, Ref<ApObject> subject, List<Ref<ApObject>> object,
                           List<Ref<ApObject>> relationship, TieFields tie, Extras extra) implements AsObject {

    /** Copies lists and maps, so the record is immutable; null stands for empty. */
    public Relationship {
        object = Lists.copy(object);
        relationship = Lists.copy(relationship);
    }

    @Override
    public String type() {
        return "Relationship";
    }

    /** @return {@code subject} related to {@code object} by {@code relationship}, all by IRI */
    public static Relationship between(URI id, URI subject, URI relationship, URI object) {
        return new Relationship(id, ObjectFields.EMPTY, Ref.to(subject), List.of(Ref.to(object)),
                List.of(Ref.to(relationship)), TieFields.EMPTY, Extras.EMPTY);
    }
}
