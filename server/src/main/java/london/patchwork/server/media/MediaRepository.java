package london.patchwork.server.media;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface MediaRepository extends CrudRepository<MediaFile, Long> {

    @Query("select * from media where post_id = :postId order by id")
    List<MediaFile> findByPostId(long postId);

    Optional<MediaFile> findByStorageKey(String storageKey);

    @Query("update media set post_id = null where post_id = :postId and storage_key is not null")
    void detachLocal(long postId);

    @Query("update media set post_id = :postId where id = :id")
    void attach(long id, long postId);

    /**
     * Leases the next remote image due to be copied here. Locked rows are skipped, so workers in several processes
     * never take the same one; the lease is {@code cache_after} moved on, so a worker that dies gives it back.
     */
    @Query("""
            update media set cache_after = now() + interval '2 minutes', cache_attempts = cache_attempts + 1
            where id in (select id from media where cache_state = 'pending' and cache_after <= now()
                         order by cache_after, id limit 1 for update skip locked)
            returning *""")
    List<MediaFile> leaseCopy();

    /** Records the copy kept under {@code storageKey}; 0 when the row went (its post was edited or deleted). */
    @Query("""
            update media set storage_key = :storageKey, mime_type = :mimeType, width = :width, height = :height,
                preview_width = :previewWidth, preview_height = :previewHeight, blurhash = :blurhash, size = :size,
                cache_state = 'cached', cache_after = null, cache_error = null
            where id = :id and cache_state = 'pending' and storage_key is null""")
    long keepCopy(long id, String storageKey, String mimeType, int width, int height, int previewWidth,
                  int previewHeight, String blurhash, long size);

    /** No copy will be kept: the image stays a link and is never tried again. */
    @Query("update media set cache_state = 'failed', cache_after = null, cache_error = :error "
            + "where id = :id and cache_state = 'pending'")
    void copyFailed(long id, String error);

    @Query("update media set cache_after = :at, cache_error = :error where id = :id and cache_state = 'pending'")
    void copyLater(long id, Instant at, String error);
}
