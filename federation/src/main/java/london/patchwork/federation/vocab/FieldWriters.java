package london.patchwork.federation.vocab;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** Writes the shared component records; the mirror of {@link FieldReaders}. */
final class FieldWriters {

    private FieldWriters() {
    }

    static void object(ObjectFields f, Out out) {
        out.text("name", f.name());
        out.langMap("nameMap", f.nameMap());
        out.text("summary", f.summary());
        out.langMap("summaryMap", f.summaryMap());
        out.text("content", f.content());
        out.langMap("contentMap", f.contentMap());
        out.text("mediaType", f.mediaType());
        if (f.source() != null) {
            Out source = out.nested();
            source.text("content", f.source().content());
            source.text("mediaType", f.source().mediaType());
            source.type(null, f.source().extra());
            source.extras(f.source().extra());
            out.set("source", source.node());
        }
        out.refs("attributedTo", f.attributedTo(), false);
        out.refs("audience", f.audience(), false);
        out.refs("to", f.to(), true);
        out.refs("cc", f.cc(), true);
        out.refs("bto", f.bto(), true);
        out.refs("bcc", f.bcc(), true);
        out.instant("published", f.published());
        out.instant("updated", f.updated());
        out.refs("url", f.url(), false);
        out.refs("inReplyTo", f.inReplyTo(), false);
        out.refs("context", f.context(), false);
        out.text("conversation", f.conversation());
        out.refs("tag", f.tag(), true);
        out.refs("attachment", f.attachment(), true);
        out.refs("icon", f.icon(), false);
        out.refs("image", f.image(), false);
        out.bool("sensitive", f.sensitive());
        out.ref("replies", f.replies());
        out.ref("likes", f.likes());
        out.ref("shares", f.shares());
        out.refs("location", f.location(), false);
        out.dateTime("startTime", f.startTime());
        out.dateTime("endTime", f.endTime());
    }

    static void actor(ActorFields a, Out out) {
        out.text("preferredUsername", a.preferredUsername());
        out.uri("inbox", a.inbox());
        out.ref("outbox", a.outbox());
        out.ref("followers", a.followers());
        out.ref("following", a.following());
        out.ref("liked", a.liked());
        out.ref("featured", a.featured());
        out.ref("featuredTags", a.featuredTags());
        if (a.endpoints() != null) {
            Out endpoints = out.nested();
            endpoints.uri("sharedInbox", a.endpoints().sharedInbox());
            endpoints.type(null, a.endpoints().extra());
            endpoints.extras(a.endpoints().extra());
            out.set("endpoints", endpoints.node());
        }
        out.many("publicKey", a.publicKey().stream().map(out::embed).toList(), false);
        out.many("assertionMethod", a.assertionMethod().stream().map(out::embed).toList(), true);
        out.bool("manuallyApprovesFollowers", a.manuallyApprovesFollowers());
        out.bool("discoverable", a.discoverable());
        out.bool("indexable", a.indexable());
        out.bool("suspended", a.suspended());
        out.bool("memorial", a.memorial());
        out.uris("alsoKnownAs", a.alsoKnownAs(), true);
        out.uri("movedTo", a.movedTo());
        out.ref("moderators", a.moderators());
        out.bool("postingRestrictedToMods", a.postingRestrictedToMods());
        out.text("area", a.area());
        out.ref("hubEvents", a.hubEvents());
        out.ref("hubAssets", a.hubAssets());
        out.ref("hubConnections", a.hubConnections());
    }

    static void activity(ActivityFields a, Out out) {
        out.refs("actor", a.actor(), false);
        out.refs("object", a.object(), false);
        out.refs("target", a.target(), false);
        out.refs("origin", a.origin(), false);
        out.refs("result", a.result(), false);
        out.refs("instrument", a.instrument(), false);
    }

    /**
     * @param items      {@code orderedItems} or {@code items}
     * @param listsEmpty whether an empty page or inline collection writes its empty list (not when the extras
     *                   already hold that property, kept whole because it could not be read)
     */
    static void collection(CollectionFields c, String items, boolean listsEmpty, Out out) {
        out.integer("totalItems", c.totalItems());
        if (c.items().isEmpty() && c.first() == null && listsEmpty) {
            // A page, or a collection that lists its items inline, says so even when it is empty: snac2 and
            // others read a missing list as a malformed page (Mastodon sends []).
            out.set(items, JsonNodeFactory.instance.arrayNode());
        } else {
            out.refs(items, c.items(), true);
        }
        out.ref("first", c.first());
        out.ref("last", c.last());
        out.ref("current", c.current());
        out.ref("partOf", c.partOf());
        out.ref("next", c.next());
        out.ref("prev", c.prev());
        out.integer("startIndex", c.startIndex());
    }

    static void event(EventFields e, Out out) {
        out.text("timezone", e.timezone());
        out.text("joinMode", e.joinMode());
        out.bool("isOnline", e.isOnline());
        out.text("category", e.category());
        out.integer("maximumAttendeeCapacity", e.maximumAttendeeCapacity());
        out.integer("remainingAttendeeCapacity", e.remainingAttendeeCapacity());
        out.integer("participantCount", e.participantCount());
        out.text("ical:status", e.status());
        out.bool("commentsEnabled", e.commentsEnabled());
        out.bool("anonymousParticipationEnabled", e.anonymousParticipationEnabled());
        out.text("uuid", e.uuid());
        out.text("eventStatus", e.eventStatus());
    }

    static void asset(AssetFields a, Out out) {
        out.text("assetKind", a.assetKind());
        out.text("category", a.category());
        out.text("categorySlug", a.categorySlug());
        out.text("assetStatus", a.assetStatus());
        out.text("eligibility", a.eligibility());
        out.text("fees", a.fees());
        out.text("schedule", a.schedule());
        out.texts("availableLanguage", a.availableLanguage());
        out.text("accessibility", a.accessibility());
        out.text("locationName", a.locationName());
        out.uri("website", a.website());
        out.text("email", a.email());
        out.text("telephone", a.telephone());
        out.uri("addedBy", a.addedBy());
    }

    static void tie(TieFields t, Out out) {
        out.bool("mutual", t.mutual());
        out.integer("strength", t.strength());
    }

    static void media(MediaFields m, Out out) {
        out.integer("width", m.width());
        out.integer("height", m.height());
        out.text("blurhash", m.blurhash());
        out.decimals("focalPoint", m.focalPoint());
    }
}
