package london.patchwork.server.actors;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import london.patchwork.federation.webfinger.Jrd;
import london.patchwork.federation.webfinger.JrdLink;
import london.patchwork.server.http.ApiError;
import london.patchwork.server.instance.Uris;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * RFC 7033 WebFinger: how Mastodon turns {@code @hackney@hackney.example} into the hub's actor URL. The
 * {@code self} link must equal the actor's {@code id} exactly, or Mastodon refuses the account.
 */
@Controller("/.well-known/webfinger")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class WebFingerController {

    static final String JRD_JSON = "application/jrd+json; charset=utf-8";

    private final LocalResources resources;
    private final LocalActorUris actorUris;
    private final Uris uris;

    public WebFingerController(LocalResources resources, LocalActorUris actorUris, Uris uris) {
        this.resources = resources;
        this.actorUris = actorUris;
        this.uris = uris;
    }

    @Get
    @Produces({"application/jrd+json", MediaType.APPLICATION_JSON, MediaType.ALL})
    public HttpResponse<?> lookup(@Nullable @QueryValue String resource, @Nullable @QueryValue List<String> rel) {
        Optional<Actor> actor;
        try {
            actor = resources.resolve(resource);
        } catch (LocalResources.MalformedResource e) {
            return error(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        if (actor.isEmpty()) {
            return error(HttpStatus.NOT_FOUND, "no such account here");
        }
        Jrd jrd = describe(actor.get(), resource.strip());
        if (rel != null && !rel.isEmpty()) {
            jrd = new Jrd(jrd.subject(), jrd.aliases(), jrd.properties(),
                    jrd.links().stream().filter(link -> rel.contains(link.rel())).toList());
        }
        return HttpResponse.ok(jrd.toJson().toString())
                .contentType(JRD_JSON)
                .header("Access-Control-Allow-Origin", "*");
    }

    private Jrd describe(Actor actor, String resource) {
        URI id = actorUris.id(actor);
        if (LocalActorUris.isInstanceActor(actor)) {
            // FEP-d556: the server's own actor, found by the origin URL; it has no handle people type.
            return new Jrd(resource, List.of(id.toString()), Map.of(),
                    List.of(JrdLink.of(Jrd.REL_SELF, "application/activity+json", id.toString())));
        }
        return Jrd.forActor(resources.acctOf(actor), id, actorUris.profilePage(actor), uris.interactionTemplate());
    }

    private static HttpResponse<?> error(HttpStatus status, String reason) {
        return ApiError.of(status, reason).header("Access-Control-Allow-Origin", "*");
    }
}
