package london.patchwork.server.aggregation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.http.ApiError;
import london.patchwork.server.inbox.InboxController;
import london.patchwork.server.inbox.InboxIntake;
import london.patchwork.server.instance.Instance;
import london.patchwork.server.instance.Uris;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * The relay actor's inbox. Checked by the main inbox's own intake (size, signature, key owner = activity actor)
 * but never stored in this instance's inbox: what arrives here is relayed, not kept. Applied at once, in one
 * transaction with the deliveries it causes, and answered 202; 404 when this instance offers no relay.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class RelayInboxController {

    private static final Logger LOG = LoggerFactory.getLogger(RelayInboxController.class);

    private final InboxIntake intake;
    private final RelayHost host;
    private final RelayActivities activities;
    private final RelayConfiguration configuration;
    private final String scheme;

    public RelayInboxController(InboxIntake intake, RelayHost host, RelayActivities activities,
                                RelayConfiguration configuration, Instance instance) {
        this.intake = intake;
        this.host = host;
        this.activities = activities;
        this.configuration = configuration;
        this.scheme = instance.baseUri().getScheme();
    }

    @Post(Uris.RELAY_INBOX_PATH)
    @Consumes(MediaType.ALL)
    @Produces(MediaType.ALL)
    public HttpResponse<?> receive(HttpRequest<?> request, @Nullable @Body byte[] body) {
        Optional<Actor> relay = configuration.relay() ? host.actor() : Optional.empty();
        if (relay.isEmpty()) {
            return ApiError.of(HttpStatus.NOT_FOUND, "this instance offers no relay");
        }
        InboxIntake.Verified verified = intake.check(InboxController.incoming(request, body, scheme),
                request.getHeaders().get(HttpHeaders.CONTENT_TYPE));
        if (verified.refusal() != null) {
            return ApiError.of(verified.refusal().status(), verified.refusal().reason());
        }
        Optional<RelayActivities.Relayed> relayed = activities.read(body);
        if (relayed.isEmpty()) {
            return ApiError.of(HttpStatus.BAD_REQUEST, "an activity with an id and an object");
        }
        String outcome = host.apply(relay.get(), verified.signer(), relayed.get());
        LOG.debug("event=relay_received activity={} type={} outcome=\"{}\"", relayed.get().id(),
                relayed.get().type(), outcome);
        return HttpResponse.accepted();
    }
}
