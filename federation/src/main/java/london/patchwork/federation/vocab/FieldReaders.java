package london.patchwork.federation.vocab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** Reads the shared component records ({@link ObjectFields}, {@link ActorFields}, ...) from {@link Props}. */
final class FieldReaders {

    private FieldReaders() {
    }

    static ObjectFields object(Props p) {
        return new ObjectFields(
                p.text("name"), p.langMap("nameMap"), p.text("summary"), p.langMap("summaryMap"),
                p.text("content"), p.langMap("contentMap"), p.text("mediaType"), p.nested("source", FieldReaders::source),
                p.refs("attributedTo", null), p.addressing("audience"),
                p.addressing("to"), p.addressing("cc"), p.addressing("bto"), p.addressing("bcc"),
                p.instant("published"), p.instant("updated"), p.refs("url", null), p.refs("inReplyTo", null),
                p.refs("context", null), p.text("conversation"), p.refs("tag", null), p.refs("attachment", null),
                p.refs("icon", "Image"), p.refs("image", "Image"), p.bool("sensitive"),
                p.ref("replies", null), p.ref("likes", null), p.ref("shares", null), p.refs("location", "Place"),
                p.dateTime("startTime"), p.dateTime("endTime"));
    }

    static ActorFields actor(Props p) {
        return new ActorFields(
                p.text("preferredUsername"), p.uri("inbox"), p.ref("outbox", null), p.ref("followers", null),
                p.ref("following", null), p.ref("liked", null), p.ref("featured", null), p.ref("featuredTags", null),
                p.nested("endpoints", FieldReaders::endpoints),
                p.list("publicKey", v -> publicKey(p, v)), p.list("assertionMethod", v -> multikey(p, v)),
                p.bool("manuallyApprovesFollowers"), p.bool("discoverable"), p.bool("indexable"),
                p.bool("suspended"), p.bool("memorial"), p.uris("alsoKnownAs"), p.uri("movedTo"),
                p.ref("moderators", null), p.bool("postingRestrictedToMods"),
                p.text("area"), p.ref("hubEvents", null), p.ref("hubAssets", null), p.ref("hubConnections", null));
    }

    static ActivityFields activity(Props p) {
        return new ActivityFields(p.refs("actor", null), p.refs("object", null), p.refs("target", null),
                p.refs("origin", null), p.refs("result", null), p.refs("instrument", null));
    }

    static CollectionFields collection(Props p) {
        List<Ref<ApObject>> items = new ArrayList<>(p.refs("items", null));
        items.addAll(p.refs("orderedItems", null));
        return new CollectionFields(p.integer("totalItems"), items, p.ref("first", null), p.ref("last", null),
                p.ref("current", null), p.ref("partOf", null), p.ref("next", null), p.ref("prev", null),
                p.integer("startIndex"));
    }

    static EventFields event(Props p) {
        return new EventFields(p.text("timezone"), p.text("joinMode"), p.bool("isOnline"), p.text("category"),
                p.integer("maximumAttendeeCapacity"), p.integer("remainingAttendeeCapacity"),
                p.integer("participantCount"), p.text("ical:status"), p.bool("commentsEnabled"),
                p.bool("anonymousParticipationEnabled"), p.text("uuid"), p.text("eventStatus"));
    }

    static AssetFields asset(Props p) {
        return new AssetFields(p.text("assetKind"), p.text("category"), p.text("categorySlug"),
                p.text("assetStatus"), p.text("eligibility"), p.text("fees"), p.text("schedule"),
                p.texts("availableLanguage"), p.text("accessibility"), p.text("locationName"), p.uri("website"), p.text("email"),
                p.text("telephone"), p.uri("addedBy"));
    }

    static TieFields tie(Props p) {
        return new TieFields(p.bool("mutual"), p.integer("strength"));
    }

    static MediaFields media(Props p) {
        return new MediaFields(p.integer("width"), p.integer("height"), p.text("blurhash"), p.decimals("focalPoint"));
    }

    static Source source(Props p) {
        return new Source(p.text("content"), p.text("mediaType"), p.extras());
    }

    static Endpoints endpoints(Props p) {
        return new Endpoints(p.uri("sharedInbox"), p.extras());
    }

    /** A key given as an object, or as the bare IRI of one. */
    private static PublicKey publicKey(Props parent, JsonNode v) {
        if (v.isTextual()) {
            return new PublicKey(Values.parseIri(v.asText(), "publicKey"), null, null, null, Extras.EMPTY);
        }
        if (!VocabDecoder.isNode(v)) {
            return null;
        }
        List<String> types = VocabDecoder.types(v);
        return publicKey(parent.nestedProps("publicKey", (ObjectNode) v, types.isEmpty() ? null : types.get(0)));
    }

    /** A security v1 key: an actor's {@code publicKey}, or a {@code Key} document of its own. */
    static PublicKey publicKey(Props p) {
        return new PublicKey(p.id(), p.primaryType(), p.uri("owner"), p.text("publicKeyPem"), p.extras());
    }

    /** An {@code assertionMethod} entry; one of another key type is not ours to read (null). */
    private static Multikey multikey(Props parent, JsonNode v) {
        if (v.isTextual()) {
            return new Multikey(Values.parseIri(v.asText(), "assertionMethod"), null, null, Extras.EMPTY);
        }
        if (!VocabDecoder.isNode(v) || !(VocabDecoder.types(v).isEmpty() || VocabDecoder.types(v).contains("Multikey"))) {
            return null;
        }
        return multikey(parent.nestedProps("assertionMethod", (ObjectNode) v, "Multikey"));
    }

    /** A FEP-521a Multikey: an {@code assertionMethod} entry, or a document of its own. */
    static Multikey multikey(Props p) {
        return new Multikey(p.id(), p.uri("controller"), p.text("publicKeyMultibase"), p.extras());
    }
}
