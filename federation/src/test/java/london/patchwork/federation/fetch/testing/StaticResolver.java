package london.patchwork.federation.fetch.testing;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import london.patchwork.federation.fetch.HostResolver;

/** A resolver with a fixed table, so tests can give made-up names any address, and count lookups. */
public final class StaticResolver implements HostResolver {

    private final Map<String, List<InetAddress>> table = new ConcurrentHashMap<>();
    private final AtomicInteger lookups = new AtomicInteger();

    /** Maps a name to addresses given as literals (no DNS involved). */
    public StaticResolver map(String host, InetAddress... addresses) {
        table.put(host, List.of(addresses));
        return this;
    }

    /** Maps names to 127.0.0.1. */
    public StaticResolver loopback(String... hosts) {
        for (String host : hosts) {
            map(host, InetAddress.getLoopbackAddress());
        }
        return this;
    }

    /** How many lookups were made. */
    public int lookups() {
        return lookups.get();
    }

    @Override
    public List<InetAddress> resolve(String host) throws UnknownHostException {
        lookups.incrementAndGet();
        List<InetAddress> found = table.get(host);
        if (found == null) {
            throw new UnknownHostException(host);
        }
        return found;
    }

    /** An address from a literal without any lookup. */
    public static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal.contains(":") ? "[" + literal + "]" : literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }
}
