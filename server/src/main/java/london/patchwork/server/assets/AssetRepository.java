package london.patchwork.server.assets;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AssetRepository extends CrudRepository<Asset, Long> {

    @Query("""
            select id from assets where id > :afterId and deleted_at is null and review = 'approved'
            order by id limit :limit""")
    List<Long> findListedIdsAfter(long afterId, int limit);

    /** The asset locked until the transaction ends, so two edits are recorded as revisions one after the other. */
    @Query("select * from assets where id = :id for update")
    Optional<Asset> lock(long id);

    Optional<Asset> findByUri(String uri);

    List<Asset> findByIdIn(Collection<Long> ids);

    /** How many live peers' assets are kept whose id matches a LIKE pattern (an origin's, see {@code Sql.under}). */
    @Query("select count(*) from assets where uri is not null and deleted_at is null and uri like :pattern")
    long countUnder(String pattern);

    @Query("select * from assets where review = 'pending' and deleted_at is null order by id")
    List<Asset> pending();

    /** How many of the hub's own listed assets its assets collection lists. */
    @Query("select count(*) from assets where uri is null and deleted_at is null and review = 'approved'")
    long countListedLocal();

    /** The hub's own listed assets, newest first, for its assets collection. */
    @Query("""
            select * from assets where uri is null and deleted_at is null and review = 'approved'
            order by id desc limit :limit offset :offset""")
    List<Asset> listedLocal(int offset, int limit);
}
