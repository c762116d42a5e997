package london.patchwork.server.media;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

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

    @Query("delete from media where post_id = :postId and remote_url is not null")
    void deleteRemote(long postId);
}
