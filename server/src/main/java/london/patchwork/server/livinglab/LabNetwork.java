package london.patchwork.server.livinglab;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lab's network: one {@link LabLink} in front of each server, all reporting to one {@link LinkObserver}.
 * Faults between two servers are set on their links (a partition of hub A from the Hub is each refusing the
 * other's origin).
 */
public final class LabNetwork implements AutoCloseable {

    private final LinkObserver observer;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, LabLink> links = new ConcurrentHashMap<>();
    private final LabPorts ports = new LabPorts();

    public LabNetwork(LinkObserver observer) {
        this.observer = observer == null ? LinkObserver.NONE : observer;
    }

    /** Opens a link named {@code name} (unique in the network) to {@code 127.0.0.1:upstreamPort}. */
    public LabLink open(String name, int upstreamPort) {
        try {
            LabLink link = LabLink.open(name, upstreamPort, observer, json);
            if (links.putIfAbsent(name, link) != null) {
                link.close();
                throw new IllegalArgumentException("the lab's network already has a link named " + name);
            }
            return link;
        } catch (IOException e) {
            throw new UncheckedIOException("could not open the link " + name, e);
        }
    }

    /** A port for a server behind a link to listen on, kept apart from the ports links and clients are given. */
    public int reservePort() {
        return ports.reserve();
    }

    /**
     * Cuts the two servers behind these links off from each other (each link refuses the other's origin), leaving
     * any other partition in place.
     */
    public void separate(LabLink one, LabLink other) {
        one.refuse(other.baseUrl());
        other.refuse(one.baseUrl());
    }

    /** Undoes {@link #separate}. */
    public void reconnect(LabLink one, LabLink other) {
        one.admit(other.baseUrl());
        other.admit(one.baseUrl());
    }

    public Optional<LabLink> link(String name) {
        return Optional.ofNullable(links.get(name));
    }

    public List<LabLink> links() {
        return List.copyOf(links.values());
    }

    /** Clears every link's faults. */
    public void healAll() {
        links.values().forEach(LabLink::heal);
    }

    @Override
    public void close() {
        links.values().forEach(LabLink::close);
        links.clear();
    }
}
