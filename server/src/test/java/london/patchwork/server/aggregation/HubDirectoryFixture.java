package london.patchwork.server.aggregation;

import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.RunningHub;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/**
 * Joins one running hub up with another the way the directory sees it: the first's Group follows the second's, and a
 * {@code hubs} row names it (written straight through the repository, as adding a hub by handle is another part's).
 */
final class HubDirectoryFixture {

    static final Duration PATIENCE = Duration.ofSeconds(60);

    private HubDirectoryFixture() {
    }

    static Hub join(RunningHub here, RunningHub other) {
        here.followHub(other, PATIENCE);
        String actorId = HttpProbe.json(other.http().get(URI.create(other.actorUrl()).getPath(),
                "application/activity+json")).get("id").asText();
        Actor actor = here.bean(ActorRepository.class).findByUri(actorId).orElseThrow();
        URI uri = URI.create(actorId);
        String origin = uri.getScheme() + "://" + uri.getAuthority();
        Instant now = Instant.now();
        return here.bean(HubRepository.class).save(new Hub(null, actor.id(), origin,
                "@" + actor.username() + "@" + uri.getAuthority(), null, null, null, null, null, null, now, null, null,
                null, null, Hub.PENDING, null, 0, null, now));
    }
}
