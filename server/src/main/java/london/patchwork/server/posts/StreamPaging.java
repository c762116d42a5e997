package london.patchwork.server.posts;

/** Lists of posts on pages are read newest first, twenty at a time, each page below the last id shown. */
final class StreamPaging {

    static final int PAGE_SIZE = 20;

    private StreamPaging() {
    }

    /** The id every post shown is below: {@code max_id} as given, or none. */
    static long below(Long maxId) {
        return maxId == null ? Long.MAX_VALUE : maxId;
    }

    /** How many to read: one more than a page, to know if there is an older one. */
    static int pagePlusOne() {
        return PAGE_SIZE + 1;
    }
}
