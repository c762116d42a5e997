package london.patchwork.server.actors;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.ActorFields;
import london.patchwork.federation.vocab.ApObject;
import london.patchwork.federation.vocab.Image;
import london.patchwork.federation.vocab.ObjectFields;
import london.patchwork.federation.vocab.PublicKey;
import london.patchwork.federation.vocab.Ref;
import london.patchwork.server.http.WebLinks;
import london.patchwork.server.moderation.HtmlSanitizer;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A fetched remote actor as a row. Text is cut to sane lengths and the summary is sanitised here, once, rather
 * than at every display.
 */
@Singleton
public class RemoteActorMapper {

    /** The row for a remote actor, keeping the existing row's id and creation time. */
    public Actor fromRemote(london.patchwork.federation.vocab.Actor remote, PublicKey key, String host,
                            String rawJson, @Nullable Actor existing, Instant fetchedAt) {
        ObjectFields fields = remote.fields();
        ActorFields actorFields = remote.actorFields();
        String username = actorFields.preferredUsername() != null ? actorFields.preferredUsername()
                : lastPathSegment(remote.id());
        ActorType type = ActorType.from(remote.type());
        return new Actor(existing == null ? null : existing.id(), remote.id().toString(), type.name(),
                cut(username, 200), host, false, cut(fields.name(), 200),
                HtmlSanitizer.clean(cut(fields.summary(), 20_000)), firstWebUrl(fields.url()), firstImageUrl(fields.icon()),
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

    /** The first URL pages may link to (http or https); a peer's {@code javascript:} "URL" is dropped. */
    @Nullable
    private static String firstWebUrl(List<Ref<ApObject>> refs) {
        return refs.stream().map(Ref::id).map(WebLinks::orNull).filter(Objects::nonNull).findFirst().orElse(null);
    }

    @Nullable
    private static String firstImageUrl(List<Ref<ApObject>> icons) {
        for (Ref<ApObject> icon : icons) {
            Optional<Image> image = icon.embedded(Image.class);
            if (image.isPresent()) {
                String url = firstWebUrl(image.get().fields().url());
                if (url != null) {
                    return url;
                }
            } else if (WebLinks.orNull(icon.id()) != null) {
                return icon.id().toString();
            }
        }
        return null;
    }
}
