package london.patchwork.federation.fetch.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A socket factory for tests that records every connect attempt and refuses, before any packet
 * leaves, to connect anywhere but loopback. Tests that feed the client private or link-local
 * addresses use it as a second wall: if the SSRF guard ever let one through, the test fails here
 * instead of sending traffic to a network that is not ours.
 */
public final class LoopbackOnlySockets extends UnconnectedSocketFactory {

    private final List<InetSocketAddress> attempts = new CopyOnWriteArrayList<>();

    /** Every address a connect was attempted to, in order. */
    public List<InetSocketAddress> attempts() {
        return List.copyOf(attempts);
    }

    @Override
    public Socket createSocket() {
        return new Socket() {
            @Override
            public void connect(SocketAddress endpoint, int timeout) throws IOException {
                InetSocketAddress target = (InetSocketAddress) endpoint;
                attempts.add(target);
                if (target.getAddress() == null || !target.getAddress().isLoopbackAddress()) {
                    throw new IOException("test guard: refusing to connect to " + target);
                }
                super.connect(endpoint, timeout);
            }
        };
    }
}
