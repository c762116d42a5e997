package london.patchwork.web.hubs;

/**
 * One item of a view across hubs, with the hub it comes from.
 *
 * @param kind    post, article, thread, event or asset
 * @param url     its page on its origin
 * @param when    a readable date (published, or an event's start)
 * @param hubName the hub it comes from; {@code hubUrl} that hub's home page
 */
public record JoinedItemView(String kind, String title, String summary, String url, String author, String when,
                             String place, String hubName, String hubUrl) {
}
