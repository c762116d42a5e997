package london.patchwork.server.actors;

import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.ActorFields;
import london.patchwork.federation.vocab.ActorFieldsBuilder;
import london.patchwork.federation.vocab.Application;
import london.patchwork.federation.vocab.Extras;
import london.patchwork.federation.vocab.Group;
import london.patchwork.federation.vocab.Image;
import london.patchwork.federation.vocab.MediaFields;
import london.patchwork.federation.vocab.ObjectFields;
import london.patchwork.federation.vocab.ObjectFieldsBuilder;
import london.patchwork.federation.vocab.Person;
import london.patchwork.federation.vocab.PublicKey;
import london.patchwork.server.instance.Uris;
import london.patchwork.server.moderation.Html;

import io.micronaut.core.annotation.Nullable;
import london.patchwork.federation.vocab.ApObject;
import london.patchwork.federation.vocab.Ref;
import london.patchwork.server.moderation.HtmlSanitizer;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A local actor as the ActivityPub document peers fetch. Mastodon reads every field here; it refuses the
 * document unless {@code id} equals the URL it fetched, so the id comes from the same place as the route.
 */
@Singleton
public class ActorMapper {

    private final LocalActorUris actorUris;
    private final Uris uris;

    public ActorMapper(LocalActorUris actorUris, Uris uris) {
        this.actorUris = actorUris;
        this.uris = uris;
    }

    /**
     * A fetched remote actor as a row, keeping the existing row's id and creation time. Text is cut to
     * sane lengths and the summary is sanitised here, once, rather than at every display.
     */
    public Actor fromRemote(london.patchwork.federation.vocab.Actor remote, PublicKey key, String host,
                            String rawJson, @Nullable Actor existing, Instant fetchedAt) {
        ObjectFields fields = remote.fields();
        ActorFields actorFields = remote.actorFields();
        String username = actorFields.preferredUsername() != null ? actorFields.preferredUsername()
                : lastPathSegment(remote.id());
        ActorType type = ActorType.from(remote.type());
        return new Actor(existing == null ? null : existing.id(), remote.id().toString(), type.name(),
                cut(username, 200), host, false, cut(fields.name(), 200),
                HtmlSanitizer.clean(cut(fields.summary(), 20_000)), firstId(fields.url()), firstImageUrl(fields.icon()),
                remote.inbox().toString(), remote.sharedInbox() == null ? null : remote.sharedInbox().toString(),
                idOf(actorFields.outbox()), idOf(actorFields.followers()), idOf(actorFields.following()),
                idOf(actorFields.featured()), key.id().toString(), key.publicKeyPem(),
                Boolean.TRUE.equals(actorFields.manuallyApprovesFollowers()),
                !Boolean.FALSE.equals(actorFields.discoverable()), rawJson, fetchedAt,
                existing == null ? null : existing.createdAt(), null);
    }

    private static String lastPathSegment(URI id) {
        String path = id.getPath() == null ? "" : id.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String cut(@Nullable String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    @Nullable
    private static String idOf(@Nullable Ref<ApObject> ref) {
        return ref == null || ref.id() == null ? null : ref.id().toString();
    }

    @Nullable
    private static String firstId(List<Ref<ApObject>> refs) {
        return refs.stream().map(Ref::id).filter(Objects::nonNull).map(URI::toString).findFirst().orElse(null);
    }

    @Nullable
    private static String firstImageUrl(List<Ref<ApObject>> icons) {
        for (Ref<ApObject> icon : icons) {
            Optional<Image> image = icon.embedded(Image.class);
            if (image.isPresent()) {
                String url = firstId(image.get().fields().url());
                if (url != null) {
                    return url;
                }
            } else if (icon.id() != null) {
                return icon.id().toString();
            }
        }
        return null;
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
        if (actor.iconUrl() != null) {
            fields.icon(new Image(null, ObjectFields.builder().url(URI.create(actor.iconUrl())).build(),
                    MediaFields.EMPTY, Extras.EMPTY));
        }
        ActorFieldsBuilder actorFields = ActorFields.builder()
                .preferredUsername(username)
                .inbox(LocalActorUris.isInstanceActor(actor) ? uris.sharedInbox() : uris.inbox(username))
                .outbox(uris.outbox(username))
                .followers(uris.followers(username))
                .following(uris.following(username))
                .sharedInbox(uris.sharedInbox())
                .publicKey(PublicKey.of(actorUris.keyId(actor), id, actor.publicKeyPem()))
                .manuallyApprovesFollowers(actor.manuallyApprovesFollowers())
                .discoverable(actor.discoverable())
                .indexable(actor.discoverable());
        if (!LocalActorUris.isInstanceActor(actor)) {
            actorFields.featured(uris.featured(username));
        }
        return switch (actor.actorType()) {
            case Group -> new Group(id, fields.build(), actorFields.build(), Extras.EMPTY);
            case Application -> new Application(id, fields.build(), actorFields.build(), Extras.EMPTY);
            case Person -> new Person(id, fields.build(), actorFields.build(), Extras.EMPTY);
            default -> throw new IllegalStateException("no local actors of type " + actor.type());
        };
    }
}
