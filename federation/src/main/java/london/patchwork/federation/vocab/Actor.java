package london.patchwork.federation.vocab;

import java.net.URI;
import java.util.List;

/**
 * An ActivityPub actor: {@link Person}, {@link Group}, {@link Organization}, {@link Service} or
 * {@link Application}. The accessors reach into {@link #actorFields()} for what the server needs
 * most: where to deliver and which key to check.
 */
public sealed interface Actor extends AsObject permits Person, Group, Organization, Service, Application {

    /** @return the actor properties */
    ActorFields actorFields();

    /** @return the inbox, or null when the document has none */
    default URI inbox() {
        return actorFields().inbox();
    }

    /** @return the shared inbox from {@code endpoints}, or null */
    default URI sharedInbox() {
        Endpoints endpoints = actorFields().endpoints();
        return endpoints == null ? null : endpoints.sharedInbox();
    }

    /** @return the preferred username, or null */
    default String preferredUsername() {
        return actorFields().preferredUsername();
    }

    /** @return the followers collection's IRI, or null */
    default URI followers() {
        Ref<ApObject> followers = actorFields().followers();
        return followers == null ? null : followers.id();
    }

    /** @return the HTTP-signature keys (usually one) */
    default List<PublicKey> publicKeys() {
        return actorFields().publicKey();
    }
}
