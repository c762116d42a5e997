package london.patchwork.server.posts;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface PostRepository extends CrudRepository<Post, Long> {

    @Query("""
            select id from objects where id > :afterId and deleted_at is null and visibility = 'PUBLIC'
            and in_reply_to_uri is null and type in ('Note', 'Article', 'Page') order by id limit :limit""")
    List<Long> findIndexableIdsAfter(long afterId, int limit);

    /** The next id, so a local post's URI (built from its id) can be written with it in one insert. */
    @Query("select nextval(pg_get_serial_sequence('objects', 'id'))")
    long nextId();

    Optional<Post> findByUri(String uri);

    @Query("select type from objects where uri = :uri")
    Optional<String> findTypeByUri(String uri);

    /** Replies to an object we hold, oldest first, leaving out authors moderators blocked or silenced. */
    @Query("""
            select * from objects where in_reply_to_uri = :uri and deleted_at is null
              and author_id not in (select actor_id from hidden_authors)
            order by published limit :limit""")
    List<Post> findReplies(String uri, int limit);

    @Query("""
            select * from objects where author_id = :authorId and pinned_at is not null and deleted_at is null
            order by pinned_at desc limit 20""")
    List<Post> findPinned(Long authorId);

    /**
     * Public posts with a hashtag (lower case, without #), local and remote, newest held first, below an id (paging);
     * none by hidden authors. Ordered by id, not by {@code published}: a remote post's date is what its server says,
     * and paging by id never skips or repeats a post.
     */
    @Query("""
            select o.* from objects o join object_tags t on t.object_id = o.id
            where t.name = :tag and o.id < :maxId and o.deleted_at is null and o.visibility = 'PUBLIC'
              and o.author_id not in (select actor_id from hidden_authors)
            order by t.object_id desc limit :limit""")
    List<Post> findPublicByTag(String tag, long maxId, int limit);

    /** The hub's stream: its own and its members' public posts below an id, newest first; none by hidden authors. */
    @Query("""
            select * from objects where local and visibility = 'PUBLIC' and deleted_at is null and id < :maxId
              and type in ('Note', 'Article', 'Page')
              and author_id not in (select actor_id from hidden_authors)
            order by id desc limit :limit""")
    List<Post> findLocalPublic(long maxId, int limit);

    /** Whether moderators blocked or silenced this author: then their posts stay off public pages and APIs. */
    @Query("select exists (select 1 from hidden_authors where actor_id = :authorId)")
    boolean isHiddenAuthor(Long authorId);

    @Query("select count(*) from objects where in_reply_to_uri = :uri and deleted_at is null")
    long countReplies(String uri);

    /** Local authors who published since a moment, for NodeInfo's active-user counts. */
    @Query("select count(distinct author_id) from objects where local and published >= :since")
    long countActiveLocalAuthors(Instant since);

    @Query("select count(*) from objects where local and deleted_at is null")
    long countLocal();

    /**
     * Adds to a post's like and boost counts. An increment, not a recount: two reactions applied at once each add
     * theirs under the row lock, where recounting inside each transaction lets the later commit overwrite the
     * earlier one's count.
     */
    @Query("""
            update objects set like_count = greatest(like_count + :likes, 0),
                               announce_count = greatest(announce_count + :announces, 0)
            where id = :id""")
    void addToCounts(Long id, int likes, int announces);

    /** Public posts whose text holds the words (an escaped LIKE pattern), newest first; for search. */
    @Query("""
            select * from objects where visibility = 'PUBLIC' and deleted_at is null
            and coalesce(source_text, content_html) ilike '%' || :words || '%' escape '\\'
            order by id desc limit :limit offset :offset""")
    List<Post> searchPublic(String words, int limit, int offset);

    /** An author's newest public posts, for their profile page; none while the author is hidden from public view. */
    @Query("""
            select * from objects where author_id = :authorId and visibility = 'PUBLIC' and deleted_at is null
              and id < :maxId and type in ('Note', 'Article', 'Page')
              and author_id not in (select actor_id from hidden_authors)
            order by id desc limit :limit""")
    List<Post> findPublicByAuthor(long authorId, long maxId, int limit);

    /** The hub's blog: its local public articles below an id, newest first; none by hidden authors. */
    @Query("""
            select * from objects where local and type = 'Article' and visibility = 'PUBLIC' and deleted_at is null
              and id < :maxId and author_id not in (select actor_id from hidden_authors)
            order by id desc limit :limit""")
    List<Post> findLocalArticles(long maxId, int limit);

    /**
     * A conversation's replies after an id, oldest first: every post whose root is {@code rootId}, at any depth,
     * none deleted or by hidden authors, public or unlisted only (what a public page may show).
     */
    @Query("""
            select * from objects where root_id = :rootId and id > :afterId and deleted_at is null
              and visibility in ('PUBLIC', 'UNLISTED') and author_id not in (select actor_id from hidden_authors)
            order by id limit :limit""")
    List<Post> findConversation(long rootId, long afterId, int limit);

    @Query("""
            select count(*) from objects where root_id = :rootId and deleted_at is null
              and visibility in ('PUBLIC', 'UNLISTED') and author_id not in (select actor_id from hidden_authors)""")
    long countConversation(long rootId);

    /** A conversation's public and unlisted posts after its first, in the order they arrived, a page at a time. */
    @Query("""
            select * from objects where root_id = :rootId and deleted_at is null
              and visibility in ('PUBLIC', 'UNLISTED')
              and author_id not in (select actor_id from hidden_authors)
            order by id limit :limit offset :offset""")
    List<Post> findConversation(long rootId, int limit, int offset);


    /** Posts by id, in one query, for a page of forum threads. */
    List<Post> findByIdIn(java.util.Collection<Long> ids);
}
