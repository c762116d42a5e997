package london.patchwork.server.apps;

import java.util.List;
import java.util.Map;

/** Each scope as the consent page and the list of apps say it to a member. */
final class ScopeWords {

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("read", "read everything in your account: posts, timelines, notifications, who you follow"),
            Map.entry("write", "post, edit and delete as you, and change anything in your account"),
            Map.entry("follow", "follow, unfollow, block and mute accounts as you"),
            Map.entry("push", "send you push notifications"),
            Map.entry("profile", "see your handle and profile, and nothing else"),
            Map.entry("read:accounts", "see your profile and other accounts"),
            Map.entry("read:blocks", "see whom you block"),
            Map.entry("read:bookmarks", "see your bookmarks"),
            Map.entry("read:favourites", "see your favourites"),
            Map.entry("read:filters", "see your filters"),
            Map.entry("read:follows", "see whom you follow"),
            Map.entry("read:lists", "see your lists"),
            Map.entry("read:mutes", "see whom you mute"),
            Map.entry("read:notifications", "read your notifications"),
            Map.entry("read:search", "search as you"),
            Map.entry("read:statuses", "read posts and timelines as you"),
            Map.entry("write:accounts", "change your profile"),
            Map.entry("write:blocks", "block accounts and domains as you"),
            Map.entry("write:bookmarks", "bookmark posts as you"),
            Map.entry("write:conversations", "mute and delete conversations"),
            Map.entry("write:favourites", "favourite posts as you"),
            Map.entry("write:filters", "change your filters"),
            Map.entry("write:follows", "follow and unfollow accounts as you"),
            Map.entry("write:lists", "change your lists"),
            Map.entry("write:media", "upload pictures and other media as you"),
            Map.entry("write:mutes", "mute accounts and conversations as you"),
            Map.entry("write:notifications", "clear your notifications"),
            Map.entry("write:reports", "report accounts and posts as you"),
            Map.entry("write:statuses", "post, edit and delete posts as you"));

    private ScopeWords() {
    }

    static List<String> of(Scopes scopes) {
        return java.util.Arrays.stream(scopes.text().split(" "))
                .map(scope -> WORDS.getOrDefault(scope, scope)).toList();
    }
}
