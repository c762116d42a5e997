package london.patchwork.federation.vocab;

import java.net.URI;
import java.util.List;

/**
 * What makes an actor an ActivityPub actor, plus the extensions Mastodon, Lemmy and FEP-521a put
 * on actors. Scalars are null when absent; lists are empty, never null.
 *
 * @param preferredUsername         the handle's local part
 * @param inbox                     the actor's inbox
 * @param outbox                    the outbox collection
 * @param followers                 the followers collection
 * @param following                 the following collection
 * @param liked                     the liked collection
 * @param featured                  Mastodon pinned posts collection; Lemmy featured posts
 * @param featuredTags              Mastodon featured hashtags collection
 * @param endpoints                 endpoints, notably the shared inbox
 * @param publicKey                 HTTP-signature keys (security v1), usually one
 * @param assertionMethod           FEP-521a Multikeys
 * @param manuallyApprovesFollowers whether follows need approval (locked account)
 * @param discoverable              whether the actor may be listed in directories
 * @param indexable                 whether its posts may be indexed for search
 * @param suspended                 Mastodon: the account is suspended
 * @param memorial                  Mastodon: the account is a memorial
 * @param alsoKnownAs               other identities (account migration)
 * @param movedTo                   where the account moved
 * @param moderators                Lemmy (before 0.19): a Group's moderators collection
 * @param postingRestrictedToMods   Lemmy: only moderators may post in the Group
 * @param area                      Patchwork ({@code pw:area}): the borough or area a hub's Group serves
 * @param hubEvents                 Patchwork ({@code pw:events}): a hub's public events collection
 * @param hubAssets                 Patchwork ({@code pw:assets}): a hub's community assets (Places) collection
 * @param hubConnections            Patchwork ({@code pw:connections}): a hub's connections (Relationships) collection
 */
public record ActorFields(
        String preferredUsername, URI inbox, Ref<ApObject> outbox, Ref<ApObject> followers,
        Ref<ApObject> following, Ref<ApObject> liked, Ref<ApObject> featured, Ref<ApObject> featuredTags,
        Endpoints endpoints, List<PublicKey> publicKey, List<Multikey> assertionMethod,
        Boolean manuallyApprovesFollowers, Boolean discoverable, Boolean indexable, Boolean suspended,
        Boolean memorial, List<URI> alsoKnownAs, URI movedTo, Ref<ApObject> moderators,
        Boolean postingRestrictedToMods, String area, Ref<ApObject> hubEvents, Ref<ApObject> hubAssets,
        Ref<ApObject> hubConnections) {

    /** Nothing set. */
    public static final ActorFields EMPTY = builder().build();

    /** Copies lists and maps, so the record is immutable; null stands for empty. */
    public ActorFields {
        publicKey = Lists.copy(publicKey);
        assertionMethod = Lists.copy(assertionMethod);
        alsoKnownAs = Lists.copy(alsoKnownAs);
    }

    /** @return a builder with nothing set */
    public static ActorFieldsBuilder builder() {
        return new ActorFieldsBuilder();
    }

    /** @return a builder starting from these values */
    public ActorFieldsBuilder toBuilder() {
        return new ActorFieldsBuilder(this);
    }
}
