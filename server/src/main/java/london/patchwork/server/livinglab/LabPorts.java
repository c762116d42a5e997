package london.patchwork.server.livinglab;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Ports for hubs to listen on. A hub binds its port only once its JVM is up, seconds after the port was chosen;
 * meanwhile links and outgoing connections take ports the kernel hands out from its ephemeral range. Choosing
 * hubs' ports below that range (Linux's starts at 32768), and never the same one twice, keeps the two apart.
 */
final class LabPorts {

    static final int FIRST = 20_000;
    static final int LAST = 32_000;

    private final AtomicInteger next = new AtomicInteger(FIRST + ThreadLocalRandom.current().nextInt(LAST - FIRST));
    private final Set<Integer> given = ConcurrentHashMap.newKeySet();

    /** A port free now, in [{@link #FIRST}, {@link #LAST}), not given before by this instance. */
    int reserve() {
        for (int tries = 0; tries < LAST - FIRST; tries++) {
            int port = FIRST + Math.floorMod(next.getAndIncrement() - FIRST, LAST - FIRST);
            if (!given.contains(port) && free(port) && given.add(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port between " + FIRST + " and " + LAST);
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
