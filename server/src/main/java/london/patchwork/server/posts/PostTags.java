package london.patchwork.server.posts;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;

/** The hashtags a post carries, kept beside it (lower case, without {@code #}) for its tags and the tag pages. */
@Singleton
public class PostTags {

    private final JdbcOperations jdbc;

    public PostTags(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces a post's hashtags, inside the caller's transaction. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void replace(long postId, List<String> tags) {
        jdbc.prepareStatement("delete from object_tags where object_id = ?", statement -> {
            statement.setLong(1, postId);
            return statement.executeUpdate();
        });
        add(postId, tags);
    }

    /** Records the hashtags of a post that has none yet, inside the caller's transaction. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void add(long postId, List<String> tags) {
        if (tags.isEmpty()) {
            return;
        }
        jdbc.prepareStatement("insert into object_tags (object_id, name) values (?, ?) on conflict do nothing",
                statement -> {
                    for (String tag : tags) {
                        statement.setLong(1, postId);
                        statement.setString(2, StatusText.normalise(tag));
                        statement.addBatch();
                    }
                    return statement.executeBatch();
                });
    }

    @Transactional(readOnly = true)
    public List<String> of(long postId) {
        return jdbc.prepareStatement("select name from object_tags where object_id = ? order by name", statement -> {
            statement.setLong(1, postId);
            try (var rows = statement.executeQuery()) {
                List<String> tags = new ArrayList<>();
                while (rows.next()) {
                    tags.add(rows.getString(1));
                }
                return tags;
            }
        });
    }

    /** Hashtags in use that start with the text (lower case), most used first; for search. */
    @Transactional(readOnly = true)
    public List<String> search(String prefix, int limit, int offset) {
        return jdbc.prepareStatement("""
                select name from object_tags where name like ? escape '\\' group by name
                order by count(*) desc, name limit ? offset ?""", statement -> {
            statement.setString(1, prefix + "%");
            statement.setInt(2, limit);
            statement.setInt(3, offset);
            try (var rows = statement.executeQuery()) {
                List<String> names = new ArrayList<>();
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
                return names;
            }
        });
    }
}
