package london.patchwork.server.inbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import london.patchwork.federation.signatures.HeaderMap;
import london.patchwork.federation.signatures.IncomingRequest;
import london.patchwork.server.actors.LocalActors;
import london.patchwork.server.http.ApiError;
import london.patchwork.server.instance.Instance;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** The shared inbox and each local actor's inbox. Thin on purpose: {@link InboxIntake} decides. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class InboxController {

    private final InboxIntake intake;
    private final LocalActors localActors;
    private final String scheme;

    public InboxController(InboxIntake intake, LocalActors localActors, Instance instance) {
        this.intake = intake;
        this.localActors = localActors;
        this.scheme = instance.baseUri().getScheme();
    }

    @Post("/inbox")
    @Consumes(MediaType.ALL)
    @Produces(MediaType.ALL)
    public HttpResponse<?> sharedInbox(HttpRequest<?> request, @Nullable @Body byte[] body) {
        return receive(request, body);
    }

    @Post("/actors/{username}/inbox")
    @Consumes(MediaType.ALL)
    @Produces(MediaType.ALL)
    public HttpResponse<?> actorInbox(@PathVariable String username, HttpRequest<?> request,
                                      @Nullable @Body byte[] body) {
        if (localActors.find(username).isEmpty()) {
            return ApiError.of(HttpStatus.NOT_FOUND, "no such actor");
        }
        return receive(request, body);
    }

    private HttpResponse<?> receive(HttpRequest<?> request, @Nullable byte[] body) {
        IntakeResult result = intake.receive(incoming(request, body, scheme),
                request.getHeaders().get(HttpHeaders.CONTENT_TYPE));
        if (result.isAccepted()) {
            return HttpResponse.accepted();
        }
        return ApiError.of(result.status(), result.reason());
    }

    /** A POST as the signature verifier reads it; {@code scheme} is this instance's, as peers signed for it. */
    public static IncomingRequest incoming(HttpRequest<?> request, @Nullable byte[] body, String scheme) {
        URI uri = request.getUri();
        String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        Map<String, List<String>> headers = new java.util.LinkedHashMap<>();
        request.getHeaders().forEach((name, values) -> headers.put(name, values));
        return new IncomingRequest(request.getMethodName(), target, HeaderMap.of(headers),
                body == null ? new byte[0] : body, scheme);
    }
}
