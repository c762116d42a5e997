package london.patchwork.server.livinglab;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The lab's network in front of one server: a TCP forwarder on its own port of 127.0.0.1, which every other server
 * uses to reach it (the hub's {@code base-url} names the link's port, not the hub's). Because every request passes
 * through it, the link can make the server slow, unreachable for some callers, or unreachable for all, and can tell
 * a {@link LinkObserver} what went by. Callers are known by the origin in their {@code User-Agent}.
 */
public final class LabLink implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LabLink.class);

    /** The link's faults, replaced whole so a connection never sees half of a change. */
    private record Faults(Duration slow, Set<String> partitioned, boolean down) {
        static final Faults NONE = new Faults(Duration.ZERO, Set.of(), false);
    }

    private final String name;
    private final int upstreamPort;
    private final LinkObserver observer;
    private final ObjectMapper json;
    private final ServerSocket server;
    private final Set<LinkConnection> open = ConcurrentHashMap.newKeySet();
    private final Thread acceptor;
    private volatile Faults faults = Faults.NONE;
    private volatile boolean closed;

    private LabLink(String name, int upstreamPort, LinkObserver observer, ObjectMapper json, ServerSocket server) {
        this.name = name;
        this.upstreamPort = upstreamPort;
        this.observer = observer;
        this.json = json;
        this.server = server;
        this.acceptor = Thread.ofVirtual().name("link-" + name + "-accept").unstarted(this::accept);
    }

    /** Listens on a free port of 127.0.0.1 and forwards to {@code 127.0.0.1:upstreamPort}. */
    static LabLink open(String name, int upstreamPort, LinkObserver observer, ObjectMapper json) throws IOException {
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
        LabLink link = new LabLink(name, upstreamPort, Objects.requireNonNull(observer), json, server);
        link.acceptor.start();
        LOG.debug("event=link_opened link={} port={} upstreamPort={}", name, server.getLocalPort(), upstreamPort);
        return link;
    }

    public String name() {
        return name;
    }

    /** The public port, which others use. */
    public int port() {
        return server.getLocalPort();
    }

    public int upstreamPort() {
        return upstreamPort;
    }

    /** {@code http://localhost:{port}}: what the server behind the link calls itself. */
    public String baseUrl() {
        return "http://localhost:" + port();
    }

    /** Each request waits this long before it is forwarded (zero: none). */
    public synchronized void slow(Duration delay) {
        Duration value = delay == null || delay.isNegative() ? Duration.ZERO : delay;
        Faults current = faults;
        faults = new Faults(value, current.partitioned(), current.down());
    }

    /**
     * Refuses callers from these origins (e.g. {@code http://localhost:8081}) and cuts their open connections,
     * replacing any earlier partition.
     */
    public synchronized void partition(Set<String> origins) {
        Set<String> normalised = origins.stream().map(LabLink::normalise).collect(Collectors.toUnmodifiableSet());
        Faults current = faults;
        faults = new Faults(current.slow(), normalised, current.down());
        open.stream().filter(connection -> normalised.contains(connection.caller())).forEach(LinkConnection::cut);
    }

    /** Adds one origin to those refused (and cuts its open connections). */
    public synchronized void refuse(String origin) {
        Set<String> more = new java.util.HashSet<>(faults.partitioned());
        more.add(normalise(origin));
        partition(more);
    }

    /** Takes one origin off those refused. */
    public synchronized void admit(String origin) {
        Set<String> fewer = new java.util.HashSet<>(faults.partitioned());
        fewer.remove(normalise(origin));
        partition(fewer);
    }

    /** Refuses every caller (and cuts every open connection) while {@code down}. */
    public synchronized void down(boolean down) {
        Faults current = faults;
        faults = new Faults(current.slow(), current.partitioned(), down);
        if (down) {
            open.forEach(LinkConnection::cut);
        }
    }

    /** Clears slowness, partition and down. */
    public synchronized void heal() {
        faults = Faults.NONE;
    }

    public Duration slowness() {
        return faults.slow();
    }

    public Set<String> partitioned() {
        return faults.partitioned();
    }

    public boolean isDown() {
        return faults.down();
    }

    /** Connections being forwarded now. */
    public int openConnections() {
        return open.size();
    }

    boolean refuses(String caller) {
        Faults current = faults;
        return closed || current.down() || current.partitioned().contains(caller);
    }

    LinkObserver observer() {
        return observer;
    }

    ObjectMapper json() {
        return json;
    }

    void closed(LinkConnection connection) {
        open.remove(connection);
    }

    private void accept() {
        while (!closed) {
            try {
                Socket client = server.accept();
                LinkConnection connection = new LinkConnection(this, client);
                open.add(connection);
                Thread.ofVirtual().name("link-" + name).start(connection);
            } catch (IOException e) {
                if (!closed) {
                    LOG.warn("event=link_accept_failed link={} reason={}", name, e.toString());
                }
            }
        }
    }

    /** {@code HTTP://LocalHost:8081/} → {@code http://localhost:8081}, as callers are identified. */
    static String normalise(String origin) {
        String value = origin.trim().toLowerCase(Locale.ROOT);
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }

    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException e) {
            LOG.debug("event=link_close_failed link={} reason={}", name, e.toString());
        }
        open.forEach(LinkConnection::cut);
        acceptor.interrupt();
    }

    @Override
    public String toString() {
        return "LabLink[" + name + " :" + port() + " -> :" + upstreamPort + "]";
    }
}
