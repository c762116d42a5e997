package london.patchwork.server.posts;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;

/** Who a post mentions, kept beside it for notifications and for addressing replies. */
@Singleton
public class PostMentions {

    private final JdbcOperations jdbc;

    public PostMentions(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces a post's mentions, inside the caller's transaction. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void replace(long postId, List<String> actorUris) {
        jdbc.prepareStatement("delete from object_mentions where object_id = ?", statement -> {
            statement.setLong(1, postId);
            return statement.executeUpdate();
        });
        add(postId, actorUris);
    }

    /** Records the mentions of a post that has none yet, inside the caller's transaction. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void add(long postId, List<String> actorUris) {
        if (actorUris.isEmpty()) {
            return;
        }
        jdbc.prepareStatement("insert into object_mentions (object_id, actor_uri) values (?, ?) on conflict do nothing",
                statement -> {
                    for (String uri : actorUris) {
                        statement.setLong(1, postId);
                        statement.setString(2, uri);
                        statement.addBatch();
                    }
                    return statement.executeBatch();
                });
    }

    @Transactional(readOnly = true)
    public List<String> of(long postId) {
        return jdbc.prepareStatement("select actor_uri from object_mentions where object_id = ? order by actor_uri",
                statement -> {
                    statement.setLong(1, postId);
                    try (var rows = statement.executeQuery()) {
                        List<String> uris = new ArrayList<>();
                        while (rows.next()) {
                            uris.add(rows.getString(1));
                        }
                        return uris;
                    }
                });
    }
}
