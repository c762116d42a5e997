package london.patchwork.server.instance;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import london.patchwork.federation.nodeinfo.NodeInfo;
import london.patchwork.federation.nodeinfo.NodeInfoDiscovery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/**
 * NodeInfo 2.1: what software this is and how big it is, for crawlers and for peers deciding how to talk
 * to us. The discovery document also links the server's own actor (FEP-2677).
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class NodeInfoController {

    private final Uris uris;
    private final PatchworkVersion version;
    private final HubConfiguration hub;
    private final Instance instance;
    private final ActorCounts actors;
    private final ContentCounts content;
    private final Registrations registrations;

    public NodeInfoController(Uris uris, PatchworkVersion version, HubConfiguration hub, Instance instance,
                              ActorCounts actors, ContentCounts content, Registrations registrations) {
        this.registrations = registrations;
        this.uris = uris;
        this.version = version;
        this.hub = hub;
        this.instance = instance;
        this.actors = actors;
        this.content = content;
    }

    @Get("/.well-known/nodeinfo")
    @Produces({MediaType.APPLICATION_JSON, MediaType.ALL})
    public HttpResponse<String> discovery() {
        return HttpResponse.ok(NodeInfoDiscovery.forServer(uris.nodeInfo(), uris.instanceActor()).toJson().toString())
                .contentType("application/json")
                .header("Access-Control-Allow-Origin", "*");
    }

    @Get("/nodeinfo/2.1")
    @Produces({MediaType.APPLICATION_JSON, MediaType.ALL})
    public HttpResponse<String> nodeInfo() {
        ObjectNode metadata = JsonNodeFactory.instance.objectNode()
                .put("nodeName", hub.name())
                .put("nodeDescription", hub.summary())
                .put("localMode", instance.localMode())
                .put("registrationsApproval", registrations.mode() == Registrations.Mode.APPROVAL);
        if (hub.area() != null && !hub.area().isBlank()) {
            metadata.put("area", hub.area().strip());
        }
        Instant now = Instant.now();
        NodeInfo.Usage usage = new NodeInfo.Usage(
                new NodeInfo.Users(OptionalLong.of(actors.localPublishers()),
                        OptionalLong.of(content.activeAuthorsSince(now.minus(Duration.ofDays(30)))),
                        OptionalLong.of(content.activeAuthorsSince(now.minus(Duration.ofDays(180))))),
                OptionalLong.of(content.localPosts()), OptionalLong.empty());
        NodeInfo document = new NodeInfo("2.1",
                new NodeInfo.Software("patchwork", version.version(), null, null),
                List.of("activitypub"), NodeInfo.Services.none(), registrations.open(), usage, metadata);
        // Plain application/json, as Mastodon serves it: GoToSocial does not accept the 2.1 profile parameter.
        return HttpResponse.ok(document.toJson().toString())
                .contentType("application/json")
                .header("Access-Control-Allow-Origin", "*");
    }
}
