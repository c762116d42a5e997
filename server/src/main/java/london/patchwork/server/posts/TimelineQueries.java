package london.patchwork.server.posts;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import london.patchwork.server.database.Sql;
import london.patchwork.server.http.Paging;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The timelines' queries, newest first by id, paged as Mastodon pages ({@link Paging}). Posts and boosts share one
 * id sequence, so a home timeline mixes them in order. The home query asks each followed author's index for its
 * newest few (a lateral join), so its cost grows with the number of accounts followed times the page, not with the
 * posts stored.
 */
@Singleton
public class TimelineQueries {

    /** One line of a timeline: a post, or a boost (whose own id is the reaction's) of the post. */
    public record Entry(long id, long postId, boolean boost) {
    }

    private static final String HOME = """
            with authors as (select unnest(?::bigint[]) as id)
            select e.id, e.post_id, e.boost from (
                select p.id, p.id as post_id, false as boost from authors a cross join lateral (
                    select o.id from objects o
                    where o.author_id = a.id and o.deleted_at is null and o.id < ? and o.id > ?
                      and (o.visibility <> 'DIRECT' or o.author_id = ?)
                    order by o.id %1$s limit ?) p
                union all
                select b.id, b.object_id, true from authors a cross join lateral (
                    select r.id, r.object_id from reactions r
                    where r.actor_id = a.id and r.type = 'Announce' and r.id < ? and r.id > ?
                    order by r.id %1$s limit ?) b
            ) e order by e.id %1$s limit ?""";

    private static final String PUBLIC = """
            select id, id, false from objects
            where visibility = 'PUBLIC' and deleted_at is null and id < ? and id > ?
              and type in ('Note', 'Article', 'Page') and (? or local = ?)
              and author_id not in (select actor_id from hidden_authors)
            order by id %s limit ?""";

    private static final String TAG = """
            select o.id, o.id, false from object_tags t join objects o on o.id = t.object_id
            where t.name = ? and o.visibility = 'PUBLIC' and o.deleted_at is null
              and t.object_id < ? and t.object_id > ?
              and o.author_id not in (select actor_id from hidden_authors)
            order by t.object_id %s limit ?""";

    private static final String ACCOUNT = """
            select id, id, false from objects
            where author_id = ? and deleted_at is null and id < ? and id > ?
              and visibility = any(?) and (not ? or in_reply_to_uri is null)
            order by id %s limit ?""";

    private final JdbcOperations jdbc;

    public TimelineQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The viewer's own posts, and the posts and boosts of the accounts they follow. */
    @Transactional(readOnly = true)
    public List<Entry> home(long viewerId, List<Long> followed, Paging paging) {
        List<Long> authors = new ArrayList<>(followed);
        authors.add(viewerId);
        return page(HOME, paging, statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("bigint", authors.toArray(Long[]::new)));
            long[] rest = {before(paging), after(paging), viewerId, paging.limit(), before(paging), after(paging),
                paging.limit(), paging.limit()};
            for (int i = 0; i < rest.length; i++) {
                statement.setLong(i + 2, rest[i]);
            }
        });
    }

    /** Public posts; {@code local} true for this hub's only, false for others' only, null for both. */
    @Transactional(readOnly = true)
    public List<Entry> publicPosts(Boolean local, Paging paging) {
        return page(PUBLIC, paging, statement -> Sql.bind(statement, before(paging), after(paging), local == null,
                local != null && local, paging.limit()));
    }

    @Transactional(readOnly = true)
    public List<Entry> tagged(String tag, Paging paging) {
        return page(TAG, paging, statement -> Sql.bind(statement, tag, before(paging), after(paging), paging.limit()));
    }

    /** An author's posts of the visibilities the viewer may see, optionally without replies. */
    @Transactional(readOnly = true)
    public List<Entry> byAuthor(long authorId, List<Visibility> visible, boolean excludeReplies, Paging paging) {
        String[] visibilities = visible.stream().map(Visibility::name).toArray(String[]::new);
        return page(ACCOUNT, paging, statement -> Sql.bind(statement, authorId, before(paging), after(paging),
                visibilities, excludeReplies, paging.limit()));
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private List<Entry> page(String sql, Paging paging, Binder binder) {
        String ordered = sql.formatted(paging.ascending() ? "asc" : "desc");
        List<Entry> entries = jdbc.prepareStatement(ordered, statement -> {
            binder.bind(statement);
            try (var rows = statement.executeQuery()) {
                List<Entry> found = new ArrayList<>();
                while (rows.next()) {
                    found.add(new Entry(rows.getLong(1), rows.getLong(2), rows.getBoolean(3)));
                }
                return found;
            }
        });
        if (paging.ascending()) {
            List<Entry> newestFirst = new ArrayList<>(entries);
            Collections.reverse(newestFirst);
            return newestFirst;
        }
        return entries;
    }

    private static long before(Paging paging) {
        return paging.maxId() == null ? Long.MAX_VALUE : paging.maxId();
    }

    private static long after(Paging paging) {
        return paging.after() == null ? 0 : paging.after();
    }
}
