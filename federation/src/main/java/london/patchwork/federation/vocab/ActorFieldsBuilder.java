package london.patchwork.federation.vocab;

import java.net.URI;
import java.util.List;

/**
 * Builds {@link ActorFields}; setters replace, the {@code URI} overloads wrap in a {@link Ref}.
 * Obtain one from {@link ActorFields#builder()} or {@link ActorFields#toBuilder()}.
 */
public final class ActorFieldsBuilder {

    private String preferredUsername;
    private URI inbox;
    private Ref<ApObject> outbox;
    private Ref<ApObject> followers;
    private Ref<ApObject> following;
    private Ref<ApObject> liked;
    private Ref<ApObject> featured;
    private Ref<ApObject> featuredTags;
    private Endpoints endpoints;
    private List<PublicKey> publicKey;
    private List<Multikey> assertionMethod;
    private Boolean manuallyApprovesFollowers;
    private Boolean discoverable;
    private Boolean indexable;
    private Boolean suspended;
    private Boolean memorial;
    private List<URI> alsoKnownAs;
    private URI movedTo;
    private Ref<ApObject> moderators;
    private Boolean postingRestrictedToMods;
    private String area;
    private Ref<ApObject> hubEvents;
    private Ref<ApObject> hubAssets;
    private Ref<ApObject> hubConnections;

    ActorFieldsBuilder() {
    }

    ActorFieldsBuilder(ActorFields a) {
        preferredUsername = a.preferredUsername();
        inbox = a.inbox();
        outbox = a.outbox();
        followers = a.followers();
        following = a.following();
        liked = a.liked();
        featured = a.featured();
        featuredTags = a.featuredTags();
        endpoints = a.endpoints();
        publicKey = a.publicKey();
        assertionMethod = a.assertionMethod();
        manuallyApprovesFollowers = a.manuallyApprovesFollowers();
        discoverable = a.discoverable();
        indexable = a.indexable();
        suspended = a.suspended();
        memorial = a.memorial();
        alsoKnownAs = a.alsoKnownAs();
        movedTo = a.movedTo();
        moderators = a.moderators();
        postingRestrictedToMods = a.postingRestrictedToMods();
        area = a.area();
        hubEvents = a.hubEvents();
        hubAssets = a.hubAssets();
        hubConnections = a.hubConnections();
    }

    /** @return the fields */
    public ActorFields build() {
        return new ActorFields(preferredUsername, inbox, outbox, followers, following, liked, featured,
                featuredTags, endpoints, publicKey, assertionMethod, manuallyApprovesFollowers, discoverable,
                indexable, suspended, memorial, alsoKnownAs, movedTo, moderators, postingRestrictedToMods,
                area, hubEvents, hubAssets, hubConnections);
    }

    private static Ref<ApObject> ref(URI uri) {
        return uri == null ? null : Ref.to(uri);
    }

    /** Sets {@link ActorFields#preferredUsername()}. */
    public ActorFieldsBuilder preferredUsername(String v) { preferredUsername = v; return this; }
    /** Sets {@link ActorFields#inbox()}. */
    public ActorFieldsBuilder inbox(URI v) { inbox = v; return this; }
    /** Sets {@link ActorFields#outbox()} to a reference to this IRI. */
    public ActorFieldsBuilder outbox(URI v) { outbox = ref(v); return this; }
    /** Sets {@link ActorFields#followers()} to a reference to this IRI. */
    public ActorFieldsBuilder followers(URI v) { followers = ref(v); return this; }
    /** Sets {@link ActorFields#following()} to a reference to this IRI. */
    public ActorFieldsBuilder following(URI v) { following = ref(v); return this; }
    /** Sets {@link ActorFields#liked()} to a reference to this IRI. */
    public ActorFieldsBuilder liked(URI v) { liked = ref(v); return this; }
    /** Sets {@link ActorFields#featured()} to a reference to this IRI. */
    public ActorFieldsBuilder featured(URI v) { featured = ref(v); return this; }
    /** Sets {@link ActorFields#featuredTags()} to a reference to this IRI. */
    public ActorFieldsBuilder featuredTags(URI v) { featuredTags = ref(v); return this; }
    /** Sets {@link ActorFields#moderators()} to a reference to this IRI. */
    public ActorFieldsBuilder moderators(URI v) { moderators = ref(v); return this; }
    /** Sets {@link ActorFields#endpoints()}. */
    public ActorFieldsBuilder endpoints(Endpoints v) { endpoints = v; return this; }
    /** Sets {@link ActorFields#endpoints()} to just this shared inbox. */
    public ActorFieldsBuilder sharedInbox(URI v) { endpoints = Endpoints.sharedInbox(v); return this; }
    /** Sets {@link ActorFields#publicKey()}. */
    public ActorFieldsBuilder publicKey(List<PublicKey> v) { publicKey = v; return this; }
    /** Sets {@link ActorFields#publicKey()} to this one key. */
    public ActorFieldsBuilder publicKey(PublicKey v) { publicKey = List.of(v); return this; }
    /** Sets {@link ActorFields#assertionMethod()}. */
    public ActorFieldsBuilder assertionMethod(List<Multikey> v) { assertionMethod = v; return this; }
    /** Sets {@link ActorFields#manuallyApprovesFollowers()}. */
    public ActorFieldsBuilder manuallyApprovesFollowers(Boolean v) { manuallyApprovesFollowers = v; return this; }
    /** Sets {@link ActorFields#discoverable()}. */
    public ActorFieldsBuilder discoverable(Boolean v) { discoverable = v; return this; }
    /** Sets {@link ActorFields#indexable()}. */
    public ActorFieldsBuilder indexable(Boolean v) { indexable = v; return this; }
    /** Sets {@link ActorFields#suspended()}. */
    public ActorFieldsBuilder suspended(Boolean v) { suspended = v; return this; }
    /** Sets {@link ActorFields#memorial()}. */
    public ActorFieldsBuilder memorial(Boolean v) { memorial = v; return this; }
    /** Sets {@link ActorFields#alsoKnownAs()}. */
    public ActorFieldsBuilder alsoKnownAs(List<URI> v) { alsoKnownAs = v; return this; }
    /** Sets {@link ActorFields#movedTo()}. */
    public ActorFieldsBuilder movedTo(URI v) { movedTo = v; return this; }
    /** Sets {@link ActorFields#area()}. */
    public ActorFieldsBuilder area(String v) { area = v; return this; }

    /** Sets {@link ActorFields#hubEvents()} to a reference to this IRI. */
    public ActorFieldsBuilder hubEvents(URI v) { hubEvents = ref(v); return this; }

    /** Sets {@link ActorFields#hubAssets()} to a reference to this IRI. */
    public ActorFieldsBuilder hubAssets(URI v) { hubAssets = ref(v); return this; }

    /** Sets {@link ActorFields#hubConnections()} to a reference to this IRI. */
    public ActorFieldsBuilder hubConnections(URI v) { hubConnections = ref(v); return this; }

    /** Sets {@link ActorFields#postingRestrictedToMods()}. */
    public ActorFieldsBuilder postingRestrictedToMods(Boolean v) { postingRestrictedToMods = v; return this; }
}
