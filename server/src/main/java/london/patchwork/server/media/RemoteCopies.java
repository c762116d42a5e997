package london.patchwork.server.media;

import jakarta.inject.Singleton;
import london.patchwork.federation.fetch.DocumentKind;
import london.patchwork.federation.fetch.FetchClient;
import london.patchwork.federation.fetch.FetchException;
import london.patchwork.server.database.Sql;
import london.patchwork.server.work.RetryPolicy;
import london.patchwork.server.work.WorkLoop;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Keeps a copy of a remote post's image (when {@code patchwork.media.cache-remote} is on): fetched only through the
 * federation library's guarded client (no private or loopback targets outside local mode, the image size limit, its
 * deadline), its type read from the bytes, re-encoded without metadata with a preview exactly as an upload is, and
 * kept under the media directory. A picture that cannot be had stays a link: a permanent failure (not a picture, 404,
 * too large, a blocked address) is never tried again, a passing one at most {@value #MOST_ATTEMPTS} times in all,
 * spaced out, so a broken peer never gets a storm of requests.
 */
@Singleton
class RemoteCopies implements WorkLoop.Work<MediaFile> {

    static final int MOST_ATTEMPTS = 3;
    private static final Logger LOG = LoggerFactory.getLogger(RemoteCopies.class);
    private static final RetryPolicy RETRY = new RetryPolicy(Duration.ofMinutes(1), 10, 0.25, Duration.ofHours(1),
            Duration.ofDays(1));

    /** Remote images were queued in a transaction; once it commits, the worker may look. */
    public record Queued(long postId) {
    }

    private final MediaRepository media;
    private final MediaStore store;
    private final FetchClient fetch;

    RemoteCopies(MediaRepository media, MediaStore store, FetchClient fetch) {
        this.media = media;
        this.store = store;
        this.fetch = fetch;
    }

    @Override
    public Optional<MediaFile> claim() {
        return media.leaseCopy().stream().findFirst();
    }

    @Override
    public void handle(MediaFile file) {
        MediaImages.Processed processed;
        try {
            byte[] bytes = fetch.get(URI.create(file.remoteUrl()), DocumentKind.IMAGE, MediaService.MAX_IMAGE_BYTES)
                    .body();
            processed = MediaImages.process(bytes);
        } catch (FetchException failed) {
            if (failed.isPermanent() || file.cacheAttempts() >= MOST_ATTEMPTS) {
                giveUp(file, failed.toString());
            } else {
                Instant next = Instant.now().plus(RETRY.delayAfter(file.cacheAttempts(),
                        ThreadLocalRandom.current().nextDouble()));
                media.copyLater(file.id(), next, Sql.excerpt(failed.toString()));
            }
            return;
        } catch (MediaImages.Unusable | IllegalArgumentException unusable) {
            giveUp(file, unusable.getMessage());
            return;
        }
        keep(file, processed);
    }

    private void keep(MediaFile file, MediaImages.Processed processed) {
        MediaImages.Encoded original = processed.original();
        String key = store.newKey();
        String originalName = MediaStore.originalName(key, original.extension());
        String previewName = MediaStore.previewName(key, original.extension());
        store.write(originalName, original.bytes());
        store.write(previewName, processed.preview().bytes());
        long kept = 0;
        try {
            kept = media.keepCopy(file.id(), key, original.mimeType(), original.width(), original.height(),
                    processed.preview().width(), processed.preview().height(), processed.blurhash(),
                    original.bytes().length);
        } finally {
            if (kept == 0) {
                // The post was edited or deleted meanwhile: nothing refers to these files.
                store.delete(originalName);
                store.delete(previewName);
            }
        }
        if (kept > 0) {
            LOG.info("event=remote_media_kept media={} bytes={}", file.id(), original.bytes().length);
        }
    }

    private void giveUp(MediaFile file, String reason) {
        media.copyFailed(file.id(), Sql.excerpt(String.valueOf(reason)));
        LOG.info("event=remote_media_not_kept media={} attempts={} reason=\"{}\"", file.id(), file.cacheAttempts(),
                Sql.excerpt(String.valueOf(reason)));
    }
}
