package london.patchwork.server.posts;

import london.patchwork.federation.delivery.PublicAddress;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Who a local post is addressed to, by visibility, the way Mastodon addresses statuses: public is to Public
 * and cc the followers; unlisted swaps the two; followers-only leaves Public out; direct goes to the
 * mentioned only. Mentioned actors are always addressed, so their servers deliver and notify.
 */
public record Addressing(List<String> to, List<String> cc) {

    public static Addressing of(Visibility visibility, URI followers, List<URI> mentioned) {
        List<String> mentions = mentioned.stream().map(URI::toString).distinct().toList();
        String everyone = PublicAddress.IRI.toString();
        return switch (visibility) {
            case PUBLIC -> new Addressing(List.of(everyone), join(followers.toString(), mentions));
            case UNLISTED -> new Addressing(List.of(followers.toString()), join(everyone, mentions));
            case FOLLOWERS -> new Addressing(List.of(followers.toString()), mentions);
            case DIRECT -> new Addressing(mentions, List.of());
        };
    }

    /**
     * Also cc {@code followers} (the hub Group's), so instances following the hub keep the post and take its edits
     * and delete from its author.
     */
    public Addressing alsoTo(URI followers) {
        List<String> all = new ArrayList<>(cc);
        if (!all.contains(followers.toString())) {
            all.add(followers.toString());
        }
        return new Addressing(to, List.copyOf(all));
    }

    private static List<String> join(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        rest.stream().filter(uri -> !uri.equals(first)).forEach(all::add);
        return List.copyOf(all);
    }
}
