package london.patchwork.server.actors;

import jakarta.inject.Singleton;
import london.patchwork.federation.delivery.PublicAddress;
import london.patchwork.federation.vocab.Activity;
import london.patchwork.federation.vocab.ActorFields;
import london.patchwork.federation.vocab.ActorFieldsBuilder;
import london.patchwork.federation.vocab.ApObject;
import london.patchwork.federation.vocab.Application;
import london.patchwork.federation.vocab.Extras;
import london.patchwork.federation.vocab.Group;
import london.patchwork.federation.vocab.Image;
import london.patchwork.federation.vocab.MediaFields;
import london.patchwork.federation.vocab.ObjectFields;
import london.patchwork.federation.vocab.ObjectFieldsBuilder;
import london.patchwork.federation.vocab.Person;
import london.patchwork.federation.vocab.PropertyValue;
import london.patchwork.federation.vocab.PublicKey;
import london.patchwork.federation.vocab.Ref;
import london.patchwork.federation.vocab.Update;
import london.patchwork.server.instance.HubConfiguration;
import london.patchwork.server.instance.Uris;
import london.patchwork.server.moderation.Html;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * A local actor as the ActivityPub document peers fetch, and the {@code Update} that tells followers it changed.
 * Mastodon reads every field here; it refuses the document unless {@code id} equals the URL it fetched, so the id
 * comes from the same place as the route.
 */
@Singleton
public class ActorActivities {

    private final LocalActorUris actorUris;
    private final Uris uris;
    private final ProfileFields profileFields;
    private final HubConfiguration hub;

    public ActorActivities(LocalActorUris actorUris, Uris uris, ProfileFields profileFields, HubConfiguration hub) {
        this.hub = hub;
        this.actorUris = actorUris;
        this.uris = uris;
        this.profileFields = profileFields;
    }

    public london.patchwork.federation.vocab.Actor toActivityStreams(Actor actor) {
        URI id = actorUris.id(actor);
        String username = actor.username();
        URI profile = actorUris.profilePage(actor);
        ObjectFieldsBuilder fields = ObjectFields.builder()
                .name(actor.displayName())
                .summary(Html.paragraphs(actor.summary()))
                .published(actor.createdAt());
        if (profile != null) {
            fields.url(profile);
        }
        List<ProfileField> shown = profileFields.of(actor);
        if (!shown.isEmpty()) {
            fields.attachment(shown.stream().<Ref<ApObject>>map(field ->
                    Ref.of(PropertyValue.of(field.name(), field.value()))).toList());
        }
        if (actor.iconUrl() != null) {
            fields.icon(new Image(null, ObjectFields.builder().url(URI.create(actor.iconUrl())).build(),
                    MediaFields.EMPTY, Extras.EMPTY));
        }
        // Every local actor lists every collection, the server's own actor too: peers such as GoToSocial fetch
        // featured and log an error when it is missing.
        ActorFieldsBuilder actorFields = ActorFields.builder()
                .preferredUsername(username)
                .inbox(LocalActorUris.isInstanceActor(actor) ? uris.sharedInbox() : uris.inbox(username))
                .outbox(uris.outbox(username))
                .followers(uris.followers(username))
                .following(uris.following(username))
                .featured(uris.featured(username))
                .sharedInbox(uris.sharedInbox())
                .publicKey(PublicKey.of(actorUris.keyId(actor), id, actor.publicKeyPem()))
                .manuallyApprovesFollowers(actor.manuallyApprovesFollowers())
                .discoverable(actor.discoverable())
                .indexable(actor.discoverable());
        if (actor.actorType() == ActorType.Group && username.equals(hub.username()) && hub.area() != null
                && !hub.area().isBlank()) {
            // The pan-London Hub files each hub under the area it serves.
            actorFields.area(hub.area().strip());
        }
        return switch (actor.actorType()) {
            case Group -> new Group(id, fields.build(), actorFields.build(), Extras.EMPTY);
            case Application -> new Application(id, fields.build(), actorFields.build(), Extras.EMPTY);
            case Person -> new Person(id, fields.build(), actorFields.build(), Extras.EMPTY);
            default -> throw new IllegalStateException("no local actors of type " + actor.type());
        };
    }

    /** {@code Update} of the actor itself, to its followers, so Mastodon shows a new name without refetching. */
    public Update update(URI activityId, Actor actor, Instant at) {
        ObjectFields addressing = ObjectFields.builder()
                .to(PublicAddress.IRI)
                .cc(uris.followers(actor.username()))
                .published(at)
                .build();
        return Activity.of(Update::new, activityId, actorUris.id(actor), Ref.<ApObject>of(toActivityStreams(actor)),
                addressing);
    }
}
