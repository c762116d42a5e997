package london.patchwork.server.forum;

import io.micronaut.core.annotation.Nullable;
import london.patchwork.server.http.Ids;

/** Page sizes and page numbers (1 first) shared by the forum's pages, API and collections. */
final class ForumPaging {

    static final int REPLIES_PER_PAGE = 50;
    static final int THREADS_PER_PAGE = 30;
    /** Far past any real thread; a larger number is a mistake or a probe. */
    static final int MAX_PAGE = 100_000;

    private ForumPaging() {
    }

    /** The page asked for: 1 when absent; empty when it is not a page number. */
    static java.util.Optional<Integer> page(@Nullable String given) {
        if (given == null || given.isBlank()) {
            return java.util.Optional.of(1);
        }
        return Ids.parse(given.strip()).filter(n -> n >= 1 && n <= MAX_PAGE).map(Long::intValue);
    }

    static int pageCount(long items, int perPage) {
        return (int) Math.max(1, (items + perPage - 1) / perPage);
    }
}
