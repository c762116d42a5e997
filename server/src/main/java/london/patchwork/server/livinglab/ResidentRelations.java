package london.patchwork.server.livinglab;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Who follows whom and which Follows and Joins await an answer: the state a Mastodon server keeps in its
 * {@code follows}, {@code follow_requests} tables, here in memory for one run. Thread-safe.
 */
final class ResidentRelations {

    /** A Follow or Join a resident sent, by its id: who sent it, and to (or about) what. */
    record Sent(int resident, URI object) {
    }

    private final Map<String, Sent> follows = new ConcurrentHashMap<>();
    private final Map<String, Sent> joins = new ConcurrentHashMap<>();
    private final Map<String, String> answers = new ConcurrentHashMap<>();
    private final Map<URI, Set<Integer>> followers = new ConcurrentHashMap<>();
    private final AtomicInteger accepted = new AtomicInteger();

    void followSent(URI followId, int resident, URI actor) {
        follows.put(followId.toString(), new Sent(resident, actor));
    }

    void joinSent(URI joinId, int resident, URI event) {
        joins.put(joinId.toString(), new Sent(resident, event));
    }

    Optional<Sent> follow(String followId) {
        return Optional.ofNullable(followId).map(follows::get);
    }

    Optional<Sent> join(String joinId) {
        return Optional.ofNullable(joinId).map(joins::get);
    }

    /** The followed actor accepted: from now on its shared-inbox deliveries reach the resident. */
    void accepted(Sent follow) {
        if (followers.computeIfAbsent(follow.object(), key -> ConcurrentHashMap.newKeySet()).add(follow.resident())) {
            accepted.incrementAndGet();
        }
    }

    void rejected(Sent follow) {
        Set<Integer> residents = followers.get(follow.object());
        if (residents != null && residents.remove(follow.resident())) {
            accepted.decrementAndGet();
        }
    }

    /** Records the type of the answer ({@code Accept}, {@code TentativeAccept}, {@code Reject}) to a Join. */
    void answered(String joinId, String type) {
        answers.put(joinId, type);
    }

    Optional<String> answer(String joinId) {
        return Optional.ofNullable(answers.get(joinId));
    }

    boolean following(int resident, URI actor) {
        Set<Integer> residents = followers.get(actor);
        return residents != null && residents.contains(resident);
    }

    /** The residents following {@code actor}, in order. */
    List<Integer> followersOf(URI actor) {
        Set<Integer> residents = followers.get(actor);
        return residents == null ? List.of() : residents.stream().sorted().toList();
    }

    /** The actors {@code resident} follows. */
    List<URI> followedBy(int resident) {
        return followers.entrySet().stream().filter(entry -> entry.getValue().contains(resident))
                .map(Map.Entry::getKey).sorted().toList();
    }

    int acceptedFollows() {
        return accepted.get();
    }
}
