package london.patchwork.server.instance;

import java.time.Instant;

/** How much this hub has published, for NodeInfo; provided by the capability that keeps local content. */
public interface ContentCounts {

    /** Local posts, articles and threads that are not deleted. */
    long localPosts();

    /** Local authors who published since a moment: NodeInfo's active users. */
    long activeAuthorsSince(Instant since);
}
