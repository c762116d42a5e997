package london.patchwork.server.moderating;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.LocalActorUris;
import london.patchwork.server.actors.LocalActors;
import london.patchwork.server.outbox.Outbox;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * Sends a report on to the reported account's server as a {@code Flag} from the hub's Group actor, through the
 * outbox, so delivery is durable and retried like every other activity.
 */
@Singleton
public class ReportForwarding {

    private final Outbox outbox;
    private final LocalActors localActors;
    private final LocalActorUris actorUris;
    private final ReportActivities activities;
    private final Reports reports;
    private final ModerationLog log;

    public ReportForwarding(Outbox outbox, LocalActors localActors, LocalActorUris actorUris,
                            ReportActivities activities, Reports reports, ModerationLog log) {
        this.outbox = outbox;
        this.localActors = localActors;
        this.actorUris = actorUris;
        this.activities = activities;
        this.reports = reports;
        this.log = log;
    }

    /** @param target the reported account, a remote one */
    @Transactional
    public URI forward(Acting by, Reports.Report report, Actor target, String reason) {
        Actor hub = localActors.hub();
        URI id = outbox.newActivityUri();
        List<URI> posts = report.statusUris().stream().map(URI::create).toList();
        outbox.publish(hub, activities.flag(id, actorUris.id(hub), URI.create(target.uri()), posts,
                report.comment(), Instant.now()), null, false);
        reports.forwarded(report.id());
        log.record(by, "forward report", target.uri(), reason, report.id());
        return id;
    }
}
