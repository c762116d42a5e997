package london.patchwork.server.media;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import london.patchwork.server.http.Ids;
import london.patchwork.server.instance.Uris;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Images on posts: a member's uploads (re-encoded by {@link MediaImages}, kept by {@link MediaStore}) until a post
 * of theirs carries them, and remote posts' attachments: links, never fetched, unless the organiser turns on
 * {@code patchwork.media.cache-remote}, when each is queued for {@link RemoteCopies} to keep a copy of.
 */
@Singleton
public class MediaService {

    /** Mastodon's limit on an image upload. */
    public static final long MAX_IMAGE_BYTES = 10L * 1024 * 1024;
    public static final int MAX_DESCRIPTION = 1_500;
    /** Attachments on one post, as Mastodon allows. */
    public static final int MAX_PER_POST = 4;

    private final MediaRepository media;
    private final MediaStore store;
    private final Uris uris;
    private final boolean cacheRemote;
    private final ApplicationEventPublisher<RemoteCopies.Queued> queued;

    public MediaService(MediaRepository media, MediaStore store, Uris uris,
                        @Value("${patchwork.media.cache-remote:false}") boolean cacheRemote,
                        ApplicationEventPublisher<RemoteCopies.Queued> queued) {
        this.media = media;
        this.store = store;
        this.uris = uris;
        this.cacheRemote = cacheRemote;
        this.queued = queued;
    }

    /**
     * An image as posts show and federate it. {@code remote} ones are links to another server; a remote one kept
     * here is shown from here ({@code url}, {@code previewUrl}) and keeps its origin in {@code remoteUrl}.
     *
     * @param remoteUrl where a remote post's image came from; null for an upload here
     */
    public record Attachment(long id, String url, @Nullable String previewUrl, boolean remote, String mimeType,
                             @Nullable Integer width, @Nullable Integer height, @Nullable Integer previewWidth,
                             @Nullable Integer previewHeight, @Nullable String description,
                             @Nullable String blurhash, @Nullable Long size, @Nullable Long postId,
                             @Nullable String remoteUrl) {
    }

    /** A remote post's attachment as it arrived (already checked to be an http(s) link). */
    public record RemoteAttachment(String url, String mimeType, @Nullable String description,
                                   @Nullable String blurhash, @Nullable Integer width, @Nullable Integer height) {
    }

    /** Why an upload or change was refused: the HTTP status and the reason for the client. */
    public static final class Refused extends Exception {
        private final int status;

        Refused(int status, String reason) {
            super(reason);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /**
     * An uploaded picture decoded (JPEG, PNG or GIF, known by its bytes), at least {@code side} pixels a side where
     * it is larger, for capabilities that make their own pictures from it (members' avatars).
     */
    public static java.awt.image.BufferedImage decodePicture(byte[] bytes, int side) throws Refused {
        if (bytes.length > MAX_IMAGE_BYTES) {
            throw new Refused(413, "Choose a picture of at most 10 MB.");
        }
        try {
            return MediaImages.decode(bytes, side);
        } catch (MediaImages.Unusable unusable) {
            throw new Refused(422, unusable.getMessage());
        }
    }

    /** Re-encodes and keeps an upload for {@code ownerActorId}; nothing is kept when it is refused. */
    public Attachment upload(long ownerActorId, byte[] bytes, @Nullable String description) throws Refused {
        if (bytes.length > MAX_IMAGE_BYTES) {
            throw new Refused(413, "File is too large: images are limited to 10 MB");
        }
        String alt = checkedDescription(description);
        MediaImages.Processed processed;
        try {
            processed = MediaImages.process(bytes);
        } catch (MediaImages.Unusable unusable) {
            throw new Refused(422, "Validation failed: " + unusable.getMessage());
        }
        MediaImages.Encoded original = processed.original();
        String key = store.newKey();
        String originalName = MediaStore.originalName(key, original.extension());
        String previewName = MediaStore.previewName(key, original.extension());
        store.write(originalName, original.bytes());
        try {
            store.write(previewName, processed.preview().bytes());
            MediaFile saved = media.save(MediaFile.of(ownerActorId, key, null, original.mimeType(),
                    original.width(), original.height(), processed.preview().width(), processed.preview().height(),
                    alt, processed.blurhash(), (long) original.bytes().length, null, false));
            return attachment(saved);
        } catch (RuntimeException failed) {
            store.delete(originalName);
            store.delete(previewName);
            throw failed;
        }
    }

    /** One of {@code ownerActorId}'s own images, by its API id. */
    public Optional<Attachment> findOwn(long ownerActorId, String id) {
        return Ids.parse(id).flatMap(media::findById).filter(file -> file.ownerActorId() == ownerActorId)
                .filter(file -> file.storageKey() != null).map(this::attachment);
    }

    /** A local image by its id, whoever uploaded it: an event shows the one its organiser chose. */
    public Optional<Attachment> find(long id) {
        return media.findById(id).filter(file -> file.storageKey() != null).map(this::attachment);
    }

    /** Changes an image's alt text. */
    public Attachment describe(long ownerActorId, String id, @Nullable String description) throws Refused {
        MediaFile file = Ids.parse(id).flatMap(media::findById).filter(found -> found.ownerActorId() == ownerActorId)
                .filter(found -> found.storageKey() != null)
                .orElseThrow(() -> new Refused(404, "Record not found"));
        return attachment(media.update(file.withDescription(checkedDescription(description))));
    }

    /**
     * Checks that {@code ids} name at most {@value #MAX_PER_POST} of the author's own images that no other post
     * carries (an edit may keep its own: {@code postId}), before a post's transaction opens.
     */
    public List<Long> attachable(long ownerActorId, List<String> ids, @Nullable Long postId) throws Refused {
        List<String> distinct = ids.stream().filter(id -> id != null && !id.isBlank()).map(String::strip)
                .distinct().toList();
        if (distinct.size() > MAX_PER_POST) {
            throw new Refused(422, "Validation failed: a post may carry at most " + MAX_PER_POST + " images");
        }
        List<Long> found = new ArrayList<>();
        for (String id : distinct) {
            MediaFile file = Ids.parse(id).flatMap(media::findById)
                    .filter(candidate -> candidate.ownerActorId() == ownerActorId && candidate.storageKey() != null)
                    .filter(candidate -> candidate.postId() == null || candidate.postId().equals(postId))
                    .orElseThrow(() -> new Refused(422, "Validation failed: media_ids names no image of yours "
                            + "that is not already on a post"));
            found.add(file.id());
        }
        return found;
    }

    /** Makes these images (checked by {@link #attachable}) the ones a local post carries. */
    @Transactional
    public void attach(long postId, List<Long> ids) {
        media.detachLocal(postId);
        ids.forEach(id -> media.attach(id, postId));
    }

    /** The images a post carries, in the order they were uploaded. */
    public List<Attachment> of(long postId) {
        return media.findByPostId(postId).stream().map(this::attachment).toList();
    }

    /**
     * Forgets a deleted post's images: rows and files, so a photo goes when its post does. The files go after the
     * rows, so a failure leaves at worst an unreferenced file, never a row without its file.
     */
    @Transactional
    public void removeFrom(long postId) {
        List<MediaFile> files = media.findByPostId(postId);
        media.deleteAll(files);
        deleteFiles(files);
    }

    /**
     * Replaces a remote post's attachment links. An image it already carried (the same URL) keeps its row and any
     * copy kept here, so an edit does not fetch it again; with {@code cache-remote} on, a new one is queued for a copy.
     */
    @Transactional
    public void replaceRemote(long postId, long authorActorId, List<RemoteAttachment> attachments) {
        Map<String, MediaFile> held = new HashMap<>();
        media.findByPostId(postId).stream().filter(file -> file.remoteUrl() != null)
                .forEach(file -> held.putIfAbsent(file.remoteUrl(), file));
        List<MediaFile> kept = new ArrayList<>();
        List<MediaFile> added = new ArrayList<>();
        for (RemoteAttachment remote : attachments.stream().limit(MAX_PER_POST).toList()) {
            MediaFile same = held.remove(remote.url());
            if (same != null) {
                kept.add(media.update(same.withDescription(remote.description())));
            } else {
                added.add(MediaFile.of(authorActorId, null, remote.url(), remote.mimeType(), remote.width(),
                        remote.height(), null, null, remote.description(), remote.blurhash(), null, postId,
                        cacheRemote));
            }
        }
        media.deleteAll(held.values());
        media.saveAll(added);
        deleteFiles(held.values());
        if (cacheRemote && !added.isEmpty()) {
            queued.publishEvent(new RemoteCopies.Queued(postId));
        }
    }

    private void deleteFiles(Collection<MediaFile> files) {
        files.stream().filter(file -> file.storageKey() != null).forEach(file -> {
            String extension = MediaStore.extensionOf(file.mimeType());
            store.delete(MediaStore.originalName(file.storageKey(), extension));
            store.delete(MediaStore.previewName(file.storageKey(), extension));
        });
    }

    /** The file to serve under {@code /media/{name}}, with its content type. */
    Optional<Served> served(String name) {
        return store.find(name).map(path -> new Served(path, name.endsWith(".png") ? "image/png" : "image/jpeg"));
    }

    record Served(java.nio.file.Path path, String contentType) {
    }

    /** Mastodon's MediaAttachment entity. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record AttachmentJson(String id, String type, String url, @Nullable @JsonProperty("preview_url") String previewUrl,
                                 @Nullable @JsonProperty("remote_url") String remoteUrl,
                                 @Nullable @JsonProperty("text_url") String textUrl, Meta meta,
                                 @Nullable String description, @Nullable String blurhash) {
    }

    /** Sizes of the original and the preview. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Meta(@Nullable Size original, @Nullable Size small) {
    }

    @Serdeable
    public record Size(int width, int height, String size, double aspect) {
        static @Nullable Size of(@Nullable Integer width, @Nullable Integer height) {
            return width == null || height == null || height == 0 ? null
                    : new Size(width, height, width + "x" + height, (double) width / height);
        }
    }

    public static AttachmentJson toJson(Attachment attachment) {
        String type = attachment.mimeType().startsWith("image/") ? "image"
                : attachment.mimeType().startsWith("video/") ? "video"
                : attachment.mimeType().startsWith("audio/") ? "audio" : "unknown";
        return new AttachmentJson(String.valueOf(attachment.id()), type, attachment.url(),
                attachment.previewUrl() != null ? attachment.previewUrl() : attachment.url(),
                attachment.remoteUrl(), null,
                new Meta(Size.of(attachment.width(), attachment.height()),
                        Size.of(attachment.previewWidth(), attachment.previewHeight())),
                attachment.description(), attachment.blurhash());
    }

    private Attachment attachment(MediaFile file) {
        if (file.storageKey() == null) {
            return new Attachment(file.id(), file.remoteUrl(), null, true, file.mimeType(), file.width(),
                    file.height(), null, null, file.description(), file.blurhash(), file.size(), file.postId(),
                    file.remoteUrl());
        }
        String extension = MediaStore.extensionOf(file.mimeType());
        return new Attachment(file.id(), url(MediaStore.originalName(file.storageKey(), extension)),
                url(MediaStore.previewName(file.storageKey(), extension)), false, file.mimeType(), file.width(),
                file.height(), file.previewWidth(), file.previewHeight(), file.description(), file.blurhash(),
                file.size(), file.postId(), file.remoteUrl());
    }

    private String url(String name) {
        return uris.base().resolve("/media/" + name).toString();
    }

    @Nullable
    private static String checkedDescription(@Nullable String description) throws Refused {
        if (description == null || description.isBlank()) {
            return null;
        }
        String alt = description.strip();
        if (alt.codePointCount(0, alt.length()) > MAX_DESCRIPTION) {
            throw new Refused(422, "Validation failed: description is limited to " + MAX_DESCRIPTION + " characters");
        }
        return alt;
    }
}
