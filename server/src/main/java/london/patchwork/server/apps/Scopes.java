package london.patchwork.server.apps;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * OAuth scopes as Mastodon defines them: {@code read} and {@code write} hold each of their {@code read:*} and
 * {@code write:*} sub-scopes, the old {@code follow} holds the follow, block and mute scopes, and {@code profile}
 * is the narrowest, good only for reading the member's own account. A set of scopes is written as Mastodon writes
 * it: space-separated (a {@code +} from a query string counts as a space).
 *
 * @param granted the scopes, in the order first written
 */
public record Scopes(Set<String> granted) {

    /** Every scope the hub knows; an app asking for any other is refused. {@code push} is accepted and grants nothing yet. */
    static final Set<String> KNOWN = Set.of("read", "write", "follow", "push", "profile",
            "read:accounts", "read:blocks", "read:bookmarks", "read:favourites", "read:filters", "read:follows",
            "read:lists", "read:mutes", "read:notifications", "read:search", "read:statuses",
            "write:accounts", "write:blocks", "write:bookmarks", "write:conversations", "write:favourites",
            "write:filters", "write:follows", "write:lists", "write:media", "write:mutes", "write:notifications",
            "write:reports", "write:statuses");

    private static final Set<String> HELD_BY_FOLLOW = Set.of("read:follows", "write:follows", "write:blocks",
            "write:mutes");

    public static final Scopes DEFAULT = new Scopes(Set.of("read"));

    public Scopes {
        granted = Set.copyOf(granted);
    }

    /**
     * The scopes written in {@code text}, or the reason they are refused. Blank text means {@code fallback}.
     */
    public static Result parse(String text, Scopes fallback) {
        if (text == null || text.isBlank()) {
            return new Result(Optional.of(fallback), null);
        }
        Set<String> scopes = Arrays.stream(text.strip().split("[\\s+]+")).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Optional<String> unknown = scopes.stream().filter(scope -> !KNOWN.contains(scope)).findFirst();
        if (unknown.isPresent()) {
            return new Result(Optional.empty(), "Unknown scope: " + unknown.get());
        }
        return new Result(Optional.of(new Scopes(scopes)), null);
    }

    /** What {@link #parse} found: the scopes, or why there are none. */
    public record Result(Optional<Scopes> scopes, String problem) {
    }

    /** Whether these scopes let a token do what needs {@code required}. */
    public boolean allows(String required) {
        if (granted.contains(required)) {
            return true;
        }
        if ("profile".equals(required)) {
            return granted.contains("read") || granted.contains("read:accounts");
        }
        int colon = required.indexOf(':');
        if (colon < 0) {
            return false;
        }
        String parent = required.substring(0, colon);
        return granted.contains(parent) || (granted.contains("follow") && HELD_BY_FOLLOW.contains(required));
    }

    /** Whether every scope in {@code asked} is allowed by these (an app may be asked for less than it registered). */
    public boolean covers(Scopes asked) {
        return asked.granted.stream().allMatch(this::allows);
    }

    /** Mastodon's written form: space-separated, in a stable order. */
    public String text() {
        return granted.stream().sorted(Scopes::byBreadth).collect(Collectors.joining(" "));
    }

    // Broad scopes first (read, write, follow…), then sub-scopes alphabetically: how people read a list of them.
    private static int byBreadth(String a, String b) {
        boolean subA = a.contains(":");
        boolean subB = b.contains(":");
        if (subA != subB) {
            return subA ? 1 : -1;
        }
        if (!subA) {
            return Integer.compare(order(a), order(b));
        }
        return a.compareTo(b);
    }

    private static int order(String broad) {
        return switch (broad) {
            case "read" -> 0;
            case "write" -> 1;
            case "follow" -> 2;
            case "push" -> 3;
            default -> 4;
        };
    }
}
