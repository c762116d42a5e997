package london.patchwork.server.aggregation;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Singleton;
import london.patchwork.federation.fetch.FetchClient;
import london.patchwork.federation.fetch.FetchException;
import london.patchwork.federation.fetch.Origin;
import london.patchwork.federation.nodeinfo.NodeInfo;
import london.patchwork.federation.nodeinfo.NodeInfoClient;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.actors.RemoteActorException;
import london.patchwork.server.actors.RemoteActors;
import org.jsoup.Jsoup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads what a joined hub says of itself: its NodeInfo (software, members, posts, and a name or area in its metadata)
 * and its Group actor (name, summary, {@code pw:area}; fetched from its own origin by {@link RemoteActors}, which keeps
 * the icon). Everything goes through the guarded fetch client; every text is made plain and cut to size, as a
 * hostile hub could send anything.
 */
@Singleton
class HubDirectoryReader {

    private static final Logger LOG = LoggerFactory.getLogger(HubDirectoryReader.class);
    static final int MAX_NAME = 200;
    static final int MAX_SUMMARY = 2_000;
    static final int MAX_SOFTWARE = 50;

    private final ActorRepository actors;
    private final RemoteActors remoteActors;
    private final RemoteHubArea area;
    private final NodeInfoClient nodeInfo;

    HubDirectoryReader(ActorRepository actors, RemoteActors remoteActors, RemoteHubArea area, FetchClient fetch) {
        this.actors = actors;
        this.remoteActors = remoteActors;
        this.area = area;
        this.nodeInfo = new NodeInfoClient(fetch);
    }

    /** The hub's figures as read now, or empty when its NodeInfo or its Group actor could not be read. */
    Optional<HubDirectoryStore.Read> read(Hub hub) {
        Optional<String> actorUri = actors.findById(hub.actorId()).map(Actor::uri);
        Optional<Origin> origin = Origin.parse(hub.origin());
        if (actorUri.isEmpty() || origin.isEmpty()) {
            LOG.info("event=hub_directory_unreadable hub={} reason=\"no actor or origin\"", hub.id());
            return Optional.empty();
        }
        NodeInfo info;
        Actor group;
        try {
            info = nodeInfo.fetchFor(origin.get());
            group = remoteActors.refresh(URI.create(actorUri.get()));
        } catch (FetchException | RemoteActorException | RuntimeException e) {
            LOG.info("event=hub_directory_unreachable hub={} origin={} error=\"{}\"", hub.id(), hub.origin(),
                    e.getMessage());
            return Optional.empty();
        }
        String name = plain(group.displayName(), MAX_NAME)
                .or(() -> info.nodeName().flatMap(text -> plain(text, MAX_NAME))).orElse(null);
        String summary = plain(group.summary(), MAX_SUMMARY).orElse(null);
        String said = Optional.ofNullable(group.raw()).flatMap(area::of)
                .or(() -> text(info.metadata().get("area")).flatMap(text -> plain(text, RemoteHubArea.MAX_LENGTH)))
                .orElse(null);
        String software = plain(info.software().name(), MAX_SOFTWARE).orElse(null);
        return Optional.of(new HubDirectoryStore.Read(name, summary, said, software,
                count(info.usage().users().total()), count(info.usage().localPosts())));
    }

    /** Text with any markup taken out, its spaces folded, cut to a length; empty when nothing is left. */
    static Optional<String> plain(String text, int max) {
        if (text == null) {
            return Optional.empty();
        }
        String flat = Jsoup.parse(text).text().replaceAll("\\p{Cntrl}", " ").replaceAll("\\s+", " ").strip();
        if (flat.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(flat.length() <= max ? flat : flat.substring(0, max - 1) + "…");
    }

    private static Optional<String> text(JsonNode node) {
        return node != null && node.isTextual() ? Optional.of(node.textValue()) : Optional.empty();
    }

    private static Integer count(OptionalLong value) {
        return value.isPresent() ? (int) Math.min(Integer.MAX_VALUE, Math.max(0, value.getAsLong())) : null;
    }
}
