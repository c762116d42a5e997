package london.patchwork.server.aggregation;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import london.patchwork.federation.fetch.Origin;
import london.patchwork.server.actors.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Joining up with other hubs: adding one (its Group, found from a handle or an address, is followed by this
 * instance's Group, and its recent history is backfilled) and removing one (unfollowed, and everything kept from its
 * origin forgotten). A hub's content stays in each capability's own tables, recognised by its origin.
 */
@Singleton
public class HubService {

    private static final Logger LOG = LoggerFactory.getLogger(HubService.class);

    /** What was typed names nothing that can be joined: answered 422 with the reason. */
    public static final class Refused extends RuntimeException {
        public Refused(String message) {
            super(message);
        }
    }

    /** The hub could not be asked now (down, slow, refusing): nothing was stored; answered 502. */
    public static final class Unreachable extends RuntimeException {
        public Unreachable(String message) {
            super(message);
        }
    }

    /** The hub, and whether this call added it (false: it was joined already). */
    public record Added(Hub hub, boolean created) {
    }

    private final HubResolver resolver;
    private final HubRows rows;
    private final HubRepository hubs;
    private final BackfillWorker backfill;
    private final HubDirectory directory;

    HubService(HubResolver resolver, HubRows rows, HubRepository hubs, BackfillWorker backfill,
               HubDirectory directory) {
        this.resolver = resolver;
        this.rows = rows;
        this.hubs = hubs;
        this.backfill = backfill;
        this.directory = directory;
    }

    /**
     * Joins the hub a handle or address names. The network is asked first, outside any transaction; the follow and
     * the row are then written together.
     *
     * @throws Refused     when it is no hub, or this hub itself
     * @throws Unreachable when the hub could not be asked
     */
    public Added add(String typed, @Nullable Long addedBy) {
        Actor group = resolver.group(typed);
        String origin = origin(group);
        Optional<Hub> existing = hubs.findByActorId(group.id()).or(() -> hubs.findByOrigin(origin));
        if (existing.isPresent()) {
            return new Added(existing.get(), false);
        }
        Added added = rows.join(group, origin, addedBy);
        if (added.created()) {
            LOG.info("event=hub_added hub={} origin={}", added.hub().id(), origin);
            backfill.wake();
        }
        return added;
    }

    /** Leaves a hub: unfollowed, its row gone, and everything kept from its origin forgotten; false if unknown. */
    public boolean remove(long id) {
        Optional<Long> forgotten = rows.leave(id);
        forgotten.ifPresent(count -> LOG.info("event=hub_removed hub={} forgotten={}", id, count));
        return forgotten.isPresent();
    }

    public Optional<Hub> find(long id) {
        return hubs.findById(id);
    }

    public List<Hub> list() {
        return hubs.findAllOrderByNameAsc();
    }

    /** The hub as the API shows it: the directory's own entry (counts kept from its origin, delivery health). */
    public HubJson json(Hub hub) {
        return directory.json(hub);
    }

    /** {@code scheme://host[:port]} of an actor's id: what every URI its hub publishes starts with. */
    static String origin(Actor actor) {
        return Origin.of(URI.create(actor.uri())).map(Origin::toString)
                .orElseThrow(() -> new Refused(actor.uri() + " has no usable origin"));
    }
}
