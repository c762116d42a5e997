package london.patchwork.server.actors;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Verified remote keys kept in memory for a while, so a busy inbox checks a signature without a database
 * query and a PEM parse per request. Bounded: when full it starts over, which costs one query per key.
 */
final class KeyCache {

    private record Entry(RemoteKey key, Instant expires) {
    }

    private final int capacity;
    private final Duration lifetime;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    KeyCache(int capacity, Duration lifetime) {
        this.capacity = capacity;
        this.lifetime = lifetime;
    }

    Optional<RemoteKey> get(String keyId, Instant now) {
        Entry entry = entries.get(keyId);
        if (entry == null || entry.expires().isBefore(now)) {
            return Optional.empty();
        }
        return Optional.of(entry.key());
    }

    RemoteKey put(String keyId, RemoteKey key, Instant now) {
        if (entries.size() >= capacity) {
            entries.clear();
        }
        entries.put(keyId, new Entry(key, now.plus(lifetime)));
        return key;
    }

    void forget(String keyId) {
        entries.remove(keyId);
    }
}
