package london.patchwork.federation.vocab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Canonical compact JSON to records: picks the record by {@code type} (the first entry of a type
 * array that Patchwork models; a positional default such as {@code Place} for an untyped
 * {@code location}; else a generic record) and reads its properties.
 */
final class VocabDecoder {

    private final Map<String, Function<Props, ApObject>> readers = new HashMap<>();

    VocabDecoder() {
        for (String t : List.of("Person", "Group", "Organization", "Service", "Application")) {
            readers.put(t, actor(t));
        }
        for (String t : List.of("Create", "Update", "Delete", "Follow", "Accept", "Reject", "TentativeAccept",
                "Undo", "Announce", "Like", "Add", "Remove", "Flag", "Move", "Join", "Leave")) {
            readers.put(t, activity(t));
        }
        readers.put("Note", p -> new Note(p.id(), FieldReaders.object(p), p.extras()));
        readers.put("Article", p -> new Article(p.id(), FieldReaders.object(p), p.extras()));
        readers.put("Page", p -> new Page(p.id(), FieldReaders.object(p), p.extras()));
        readers.put("Emoji", p -> new Emoji(p.id(), FieldReaders.object(p), p.extras()));
        readers.put("Image", p -> new Image(p.id(), FieldReaders.object(p), FieldReaders.media(p), p.extras()));
        readers.put("Document", p -> new Document(p.id(), FieldReaders.object(p), FieldReaders.media(p), p.extras()));
        readers.put("Event", p -> new Event(p.id(), FieldReaders.object(p), FieldReaders.event(p), p.extras()));
        readers.put("Collection", p -> new Collection(p.id(), FieldReaders.object(p), FieldReaders.collection(p), p.extras()));
        readers.put("OrderedCollection",
                p -> new OrderedCollection(p.id(), FieldReaders.object(p), FieldReaders.collection(p), p.extras()));
        readers.put("CollectionPage",
                p -> new CollectionPage(p.id(), FieldReaders.object(p), FieldReaders.collection(p), p.extras()));
        readers.put("OrderedCollectionPage",
                p -> new OrderedCollectionPage(p.id(), FieldReaders.object(p), FieldReaders.collection(p), p.extras()));
        readers.put("Place", VocabDecoder::place);
        readers.put("Relationship", p -> new Relationship(p.id(), FieldReaders.object(p), p.ref("subject", null),
                p.refs("object", null), p.refs("relationship", null), FieldReaders.tie(p), p.extras()));
        readers.put("Question", p -> new Question(p.id(), FieldReaders.object(p), p.refs("oneOf", "Note"),
                p.refs("anyOf", "Note"), p.instant("closed"), p.integer("votersCount"), p.extras()));
        readers.put("Tombstone", p -> new Tombstone(p.id(), FieldReaders.object(p), p.text("formerType"),
                p.instant("deleted"), p.extras()));
        readers.put("Link", p -> new Link(p.id(), p.uri("href"), p.texts("rel"), p.text("mediaType"), p.text("name"),
                p.langMap("nameMap"), p.text("hreflang"), p.integer("height"), p.integer("width"), p.extras()));
        readers.put("Mention", p -> new Mention(p.id(), p.uri("href"), p.text("name"), p.extras()));
        readers.put("Hashtag", p -> new Hashtag(p.id(), p.uri("href"), p.text("name"), p.extras()));
        readers.put("PropertyValue", p -> new PropertyValue(p.id(), p.text("name"), p.text("value"), p.extras()));
        // Keys served as documents of their own (at a key id): security v1 spells the type either way.
        readers.put("Key", FieldReaders::publicKey);
        readers.put("CryptographicKey", FieldReaders::publicKey);
        readers.put("Multikey", FieldReaders::multikey);
        readers.put("PostalAddress", p -> new PostalAddress(p.id(), p.text("streetAddress"), p.text("addressLocality"),
                p.text("addressRegion"), p.text("postalCode"), p.text("addressCountry"), p.extras()));
    }

    /** @return the type names that map to a specific record */
    java.util.Set<String> knownTypes() {
        return readers.keySet();
    }

    /**
     * @param node        an object in canonical compact form
     * @param defaultType the type to assume when it has none (its position implies one), or null
     * @return the record
     * @throws VocabException if its identity is malformed: {@code id}, {@code type} or a
     *                        strict property ({@link Strictness})
     */
    ApObject decode(ObjectNode node, String defaultType) {
        return decode(node, defaultType, "");
    }

    /**
     * @param path where the object sits in the document ({@code "object."}), for log lines
     * @see #decode(ObjectNode, String)
     */
    ApObject decode(ObjectNode node, String defaultType, String path) {
        List<String> types = types(node);
        String chosen = null;
        for (String t : types) {
            if (readers.containsKey(t)) {
                chosen = t;
                break;
            }
        }
        if (chosen == null && types.isEmpty() && defaultType != null) {
            chosen = defaultType;
        }
        if (chosen == null) {
            // A generic record keeps its first type as its own; the rest go to the extras.
            return generic(new Props(node, this, types, types.isEmpty() ? null : types.get(0), path));
        }
        return readers.get(chosen).apply(new Props(node, this, types, chosen, path));
    }

    /**
     * A value object ({@code {"@value": 5, "type": "xsd:int"}}) or a list object
     * ({@code {"@list": [...]}}, which compaction leaves under a term that has no list container)
     * is JSON-LD's own structure, not an object with properties: read as one, it would take the
     * type its position implies and be written back as {@code {"type": "Place", "@list": ...}},
     * which means something else. The property holding it is kept whole in the extras instead.
     *
     * @return true when {@code v} is a JSON object that stands for a node (an object or link)
     */
    static boolean isNode(JsonNode v) {
        return v.isObject() && !v.has("@value") && !v.has("@list") && !v.has("@set");
    }

    /**
     * @return the {@code type} entries of an object
     * @throws VocabException if {@code type} is neither a string nor an array of strings
     */
    static List<String> types(JsonNode node) {
        JsonNode t = node.get("type");
        List<String> out = new ArrayList<>();
        if (t == null || t.isNull()) {
            return out;
        }
        for (JsonNode item : t.isArray() ? t : List.of(t)) {
            if (!item.isTextual()) {
                throw new VocabException(VocabException.Reason.INVALID_VALUE, "type is not a string", null);
            }
            out.add(item.asText());
        }
        return out;
    }

    private static ApObject generic(Props p) {
        if (p.has("actor")) {
            return new GenericActivity(p.id(), p.primaryType(), FieldReaders.object(p), FieldReaders.activity(p), p.extras());
        }
        return new GenericObject(p.id(), p.primaryType(), FieldReaders.object(p), p.extras());
    }

    private static Function<Props, ApObject> actor(String type) {
        return p -> {
            var id = p.id();
            var fields = FieldReaders.object(p);
            var actor = FieldReaders.actor(p);
            var extra = p.extras();
            return switch (type) {
                case "Person" -> new Person(id, fields, actor, extra);
                case "Group" -> new Group(id, fields, actor, extra);
                case "Organization" -> new Organization(id, fields, actor, extra);
                case "Service" -> new Service(id, fields, actor, extra);
                default -> new Application(id, fields, actor, extra);
            };
        };
    }

    private static Function<Props, ApObject> activity(String type) {
        Activity.Constructor<?> make = switch (type) {
            case "Create" -> Create::new;
            case "Update" -> Update::new;
            case "Delete" -> Delete::new;
            case "Follow" -> Follow::new;
            case "Accept" -> Accept::new;
            case "Reject" -> Reject::new;
            case "TentativeAccept" -> TentativeAccept::new;
            case "Undo" -> Undo::new;
            case "Announce" -> Announce::new;
            case "Like" -> Like::new;
            case "Add" -> Add::new;
            case "Remove" -> Remove::new;
            case "Flag" -> Flag::new;
            case "Move" -> Move::new;
            case "Join" -> Join::new;
            default -> Leave::new;
        };
        return p -> make.create(p.id(), FieldReaders.object(p), FieldReaders.activity(p), p.extras());
    }

    private static Place place(Props p) {
        var id = p.id();
        var fields = FieldReaders.object(p);
        // An address is a line of text or a PostalAddress (Gancio sends both); read once, so that neither
        // reading counts as dropping it. Any other object there (Gancio's VirtualLocation for an online place)
        // is kept in the extras under "address".
        Object address = p.single("address", v -> {
            String text = Values.text(v);
            if (text != null) {
                return text;
            }
            if (!isNode(v)) {
                return null;
            }
            return p.decoder().decode((ObjectNode) v, "PostalAddress", p.pathOf("address")) instanceof PostalAddress a
                    ? a : v;
        });
        Double latitude = p.decimal("latitude");
        Double longitude = p.decimal("longitude");
        Double altitude = p.decimal("altitude");
        Double accuracy = p.decimal("accuracy");
        Double radius = p.decimal("radius");
        String units = p.text("units");
        AssetFields asset = FieldReaders.asset(p);
        // The extras are what no reading above consumed, so they are taken last.
        Extras extras = address instanceof JsonNode other ? p.extras().with("address", other) : p.extras();
        return new Place(id, fields, latitude, longitude, altitude, accuracy, radius, units,
                address instanceof PostalAddress a ? a : null, address instanceof String s ? s : null, asset, extras);
    }
}
