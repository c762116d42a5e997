package london.patchwork.federation.vocab;

import com.fasterxml.jackson.databind.node.ObjectNode;
import london.patchwork.federation.jsonld.CanonicalContext;

/**
 * Records to canonical compact JSON: the canonical {@code @context} once at the top, then
 * {@code id}, {@code type}, the typed properties and the extras. Embedded objects carry no
 * {@code @context} of their own.
 */
final class VocabEncoder {

    private final CanonicalContext canonical = CanonicalContext.get();
    private final boolean withExtras;

    /** An encoder that writes everything. */
    VocabEncoder() {
        this(true);
    }

    /**
     * @param withExtras false to write only what records type (no extra properties or types): the
     *                   "typed result" tests compare across normalisation paths
     */
    VocabEncoder(boolean withExtras) {
        this.withExtras = withExtras;
    }

    /** @return the document, with {@code @context} */
    ObjectNode document(ApObject object) {
        ObjectNode root = new Out(this).node();
        root.set("@context", canonical.json());
        root.setAll(body(object));
        return root;
    }

    /** @return the object without {@code @context}, as embedded in another */
    ObjectNode body(ApObject object) {
        Out out = new Out(this);
        out.uri("id", object.id());
        out.type(object.type(), extra(object));
        switch (object) {
            case Actor a -> {
                FieldWriters.object(fields(a), out);
                FieldWriters.actor(a.actorFields() == null ? ActorFields.EMPTY : a.actorFields(), out);
            }
            case Activity a -> {
                FieldWriters.object(fields(a), out);
                FieldWriters.activity(a.activityFields() == null ? ActivityFields.EMPTY : a.activityFields(), out);
            }
            case CollectionLike c -> {
                FieldWriters.object(fields(c), out);
                boolean ordered = c instanceof OrderedCollection || c instanceof OrderedCollectionPage;
                String items = ordered ? "orderedItems" : "items";
                FieldWriters.collection(c.collection() == null ? CollectionFields.EMPTY : c.collection(), items,
                        extra(c).get(items).isEmpty(), out);
            }
            case Event e -> {
                FieldWriters.object(fields(e), out);
                FieldWriters.event(e.event() == null ? EventFields.EMPTY : e.event(), out);
            }
            case Image i -> {
                FieldWriters.object(fields(i), out);
                FieldWriters.media(i.media() == null ? MediaFields.EMPTY : i.media(), out);
            }
            case Document d -> {
                FieldWriters.object(fields(d), out);
                FieldWriters.media(d.media() == null ? MediaFields.EMPTY : d.media(), out);
            }
            case Place p -> place(p, out);
            case Relationship r -> {
                FieldWriters.object(fields(r), out);
                out.ref("subject", r.subject());
                out.refs("object", r.object(), false);
                out.refs("relationship", r.relationship(), false);
                FieldWriters.tie(r.tie() == null ? TieFields.EMPTY : r.tie(), out);
            }
            case Question q -> {
                FieldWriters.object(fields(q), out);
                out.refs("oneOf", q.oneOf(), true);
                out.refs("anyOf", q.anyOf(), true);
                out.instant("closed", q.closed());
                out.integer("votersCount", q.votersCount());
            }
            case Tombstone t -> {
                FieldWriters.object(fields(t), out);
                out.text("formerType", t.formerType());
                out.instant("deleted", t.deleted());
            }
            case AsObject o -> FieldWriters.object(fields(o), out);
            case Link l -> {
                out.uri("href", l.href());
                out.texts("rel", l.rel());
                out.text("mediaType", l.mediaType());
                out.text("name", l.name());
                out.langMap("nameMap", l.nameMap());
                out.text("hreflang", l.hreflang());
                out.integer("height", l.height());
                out.integer("width", l.width());
            }
            case Mention m -> {
                out.uri("href", m.href());
                out.text("name", m.name());
            }
            case Hashtag h -> {
                out.uri("href", h.href());
                out.text("name", h.name());
            }
            case PropertyValue v -> {
                out.text("name", v.name());
                out.text("value", v.value());
            }
            case PublicKey k -> {
                out.uri("owner", k.owner());
                out.text("publicKeyPem", k.publicKeyPem());
            }
            case Multikey k -> {
                out.uri("controller", k.controller());
                out.text("publicKeyMultibase", k.publicKeyMultibase());
            }
            case PostalAddress a -> {
                out.text("streetAddress", a.streetAddress());
                out.text("addressLocality", a.addressLocality());
                out.text("addressRegion", a.addressRegion());
                out.text("postalCode", a.postalCode());
                out.text("addressCountry", a.addressCountry());
            }
        }
        out.extras(extra(object));
        return out.node();
    }

    private void place(Place p, Out out) {
        FieldWriters.object(fields(p), out);
        out.decimal("latitude", p.latitude());
        out.decimal("longitude", p.longitude());
        out.decimal("altitude", p.altitude());
        out.decimal("accuracy", p.accuracy());
        out.decimal("radius", p.radius());
        out.text("units", p.units());
        out.text("address", p.addressText());
        if (p.addressText() == null && p.address() != null) {
            out.set("address", body(p.address()));
        }
        FieldWriters.asset(p.asset() == null ? AssetFields.EMPTY : p.asset(), out);
    }

    // Records are built by server code too; a null component is written as if it were empty.
    private static ObjectFields fields(AsObject o) {
        return o.fields() == null ? ObjectFields.EMPTY : o.fields();
    }

    private Extras extra(ApObject o) {
        return o.extra() == null || !withExtras ? Extras.EMPTY : o.extra();
    }

    /** @return the extras of a nested value (key, endpoints, source), or none when extras are not written */
    Extras extra(Extras extra) {
        return extra == null || !withExtras ? Extras.EMPTY : extra;
    }
}
