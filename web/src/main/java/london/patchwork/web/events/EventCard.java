package london.patchwork.web.events;

/**
 * An event in a list or a month: enough to choose it.
 *
 * @param url    its page here
 * @param when   date and time in words
 * @param where  its place in words, or empty
 * @param online whether there is an online link
 * @param status confirmed, tentative or cancelled
 */
public record EventCard(String id, String url, String title, String when, String time, String where, boolean online,
                        String status, String category) {

    public boolean cancelled() {
        return "cancelled".equals(status);
    }
}
