package london.patchwork.server.site;

import io.micronaut.core.annotation.Nullable;
import london.patchwork.web.posts.Stream;

/**
 * What the home page lists under the hub's card: the hub's and its members' recent public posts. The kernel draws
 * the page but holds no posts; the capability that does provides this ({@code posts.HubStream}).
 */
public interface HomeStream {

    /**
     * One page, newest first.
     *
     * @param maxId show only posts below this id (the "Older posts" link's {@code max_id}), or null for the newest
     */
    Stream recent(@Nullable Long maxId);
}
