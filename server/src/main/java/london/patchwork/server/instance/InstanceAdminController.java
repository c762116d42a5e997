package london.patchwork.server.instance;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import london.patchwork.server.http.Roles;

/** What an organiser sees of the instance through the JSON API. */
@Controller("/api/admin/instance")
@Secured(Roles.ORGANISER)
@ExecuteOn(TaskExecutors.BLOCKING)
public class InstanceAdminController {

    private final Instance instance;
    private final HubConfiguration hub;
    private final PatchworkVersion version;
    private final ActorCounts actors;

    public InstanceAdminController(Instance instance, HubConfiguration hub, PatchworkVersion version,
                                   ActorCounts actors) {
        this.instance = instance;
        this.hub = hub;
        this.version = version;
        this.actors = actors;
    }

    @Get
    @Produces(MediaType.APPLICATION_JSON)
    public InstanceStatus status() {
        return new InstanceStatus(instance.baseUri().toString(), instance.authority(), instance.localMode(),
                version.version(), "@" + hub.username() + "@" + instance.authority(), actors.local(),
                actors.remote());
    }

    /** The instance as the organiser API reports it. */
    @Serdeable
    public record InstanceStatus(String baseUrl, String authority, boolean localMode, String version,
                                 String hubHandle, long localActors, long remoteActors) {
    }
}
