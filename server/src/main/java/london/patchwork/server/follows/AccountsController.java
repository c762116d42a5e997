package london.patchwork.server.follows;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import london.patchwork.federation.fetch.FetchException;
import london.patchwork.federation.webfinger.Acct;
import london.patchwork.federation.webfinger.WebFingerClient;
import london.patchwork.federation.webfinger.WebFingerException;
import london.patchwork.server.actors.AccountJsonMapper;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.actors.LocalActors;
import london.patchwork.server.actors.RemoteActorException;
import london.patchwork.server.actors.RemoteActors;
import london.patchwork.server.http.ApiError;
import london.patchwork.server.http.Ids;
import london.patchwork.server.http.Roles;
import london.patchwork.server.instance.Instance;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Mastodon's accounts API, enough for an organiser to find another hub or account and have the hub follow it:
 * {@code lookup} (resolving {@code name@host} through WebFinger, or an actor URL), {@code follow}, {@code unfollow}.
 */
@Controller("/api/v1/accounts")
@Secured(Roles.ORGANISER)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.APPLICATION_JSON)
public class AccountsController {

    private final ActorRepository actors;
    private final LocalActors localActors;
    private final RemoteActors remoteActors;
    private final WebFingerClient webFinger;
    private final FollowService followService;
    private final AccountJsonMapper accounts;
    private final String authority;

    public AccountsController(ActorRepository actors, LocalActors localActors, RemoteActors remoteActors,
                              WebFingerClient webFinger, FollowService followService, AccountJsonMapper accounts,
                              Instance instance) {
        this.actors = actors;
        this.localActors = localActors;
        this.remoteActors = remoteActors;
        this.webFinger = webFinger;
        this.followService = followService;
        this.accounts = accounts;
        this.authority = instance.authority();
    }

    /** {@code acct} is {@code name}, {@code name@host} or an actor URL. */
    @Get("/lookup")
    public HttpResponse<?> lookup(@Nullable @QueryValue String acct) {
        if (acct == null || acct.isBlank()) {
            return ApiError.of(HttpStatus.BAD_REQUEST, "acct is required");
        }
        try {
            Actor actor = resolve(acct.strip());
            return actor == null ? ApiError.of(HttpStatus.NOT_FOUND, "Record not found")
                    : HttpResponse.ok(accounts.toJson(actor));
        } catch (WebFingerException | IllegalArgumentException e) {
            return ApiError.of(HttpStatus.BAD_REQUEST, "acct must be name@host or an actor URL");
        } catch (FetchException | RemoteActorException e) {
            return ApiError.of(HttpStatus.NOT_FOUND, "could not resolve " + acct + ": " + e.getMessage());
        }
    }

    /** How the hub stands with each account named, as Mastodon's {@code relationships?id[]=}. */
    @Get("/relationships")
    public HttpResponse<?> relationships(@Nullable @QueryValue("id[]") List<String> ids,
                                         @Nullable @QueryValue("id") List<String> plainIds) {
        Actor hubActor = hubActor();
        List<String> wanted = ids != null && !ids.isEmpty() ? ids : plainIds == null ? List.of() : plainIds;
        return HttpResponse.ok(wanted.stream().map(this::find).flatMap(Optional::stream)
                .map(actor -> followService.relationship(hubActor, actor)).toList());
    }

    @Get("/{id}")
    public HttpResponse<?> show(@PathVariable String id) {
        return find(id).<HttpResponse<?>>map(actor -> HttpResponse.ok(accounts.toJson(actor)))
                .orElseGet(() -> ApiError.of(HttpStatus.NOT_FOUND, "Record not found"));
    }

    @Post("/{id}/follow")
    @Consumes(MediaType.ALL)
    public HttpResponse<?> follow(@PathVariable String id) {
        Optional<Actor> target = find(id).filter(actor -> !actor.local());
        if (target.isEmpty()) {
            return ApiError.of(HttpStatus.NOT_FOUND, "Record not found");
        }
        Actor hubActor = hubActor();
        followService.follow(hubActor, target.get());
        return HttpResponse.ok(followService.relationship(hubActor, target.get()));
    }

    @Post("/{id}/unfollow")
    @Consumes(MediaType.ALL)
    public HttpResponse<?> unfollow(@PathVariable String id) {
        Optional<Actor> target = find(id).filter(actor -> !actor.local());
        if (target.isEmpty()) {
            return ApiError.of(HttpStatus.NOT_FOUND, "Record not found");
        }
        Actor hubActor = hubActor();
        followService.unfollow(hubActor, target.get());
        return HttpResponse.ok(followService.relationship(hubActor, target.get()));
    }

    private Actor resolve(String acct) throws WebFingerException, FetchException, RemoteActorException {
        if (acct.startsWith("http://") || acct.startsWith("https://")) {
            URI uri = URI.create(acct);
            Optional<Actor> local = localActors.findByUri(uri);
            return local.isPresent() ? local.get() : remoteActors.resolve(uri);
        }
        String handle = acct.startsWith("@") ? acct.substring(1) : acct;
        if (!handle.contains("@")) {
            return localActors.find(handle).orElse(null);
        }
        Acct parsed = Acct.parse(handle);
        if (parsed.domain().equals(authority)) {
            return localActors.find(parsed.user()).orElse(null);
        }
        return remoteActors.resolve(webFinger.resolve(parsed).actor());
    }

    private Optional<Actor> find(String id) {
        return Ids.parse(id).flatMap(actors::findById);
    }

    private Actor hubActor() {
        return localActors.hub();
    }
}
