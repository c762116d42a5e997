package london.patchwork.web.forum;

/** Cards the forum's pages share. */
public final class ForumEntries {

    private ForumEntries() {
    }

    /** A category with how many threads it holds. */
    public record Category(String slug, String name, String description, long threadCount) {
    }

    /**
     * A thread in a list.
     *
     * @param lastActivity as people read it, e.g. "26 Nov 2026, 09:15"
     */
    public record Thread(long id, String title, String authorName, String categoryName, int replies,
                         String lastActivity, String lastActivityIso, boolean pinned, boolean locked) {
    }
}
