package london.patchwork.server.follows;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
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
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import london.patchwork.federation.fetch.FetchException;
import london.patchwork.federation.webfinger.WebFingerException;
import london.patchwork.server.actors.AccountJsonMapper;
import london.patchwork.server.actors.AccountResolver;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.actors.LocalActorUris;
import london.patchwork.server.actors.RemoteActorException;
import london.patchwork.server.actors.Voices;
import london.patchwork.server.http.ApiError;
import london.patchwork.server.http.Ids;
import london.patchwork.server.http.OAuthScope;
import london.patchwork.server.http.Paging;
import london.patchwork.server.http.Roles;
import london.patchwork.server.instance.Instance;

import java.util.List;
import java.util.Optional;

/**
 * Mastodon's accounts API. Whoever calls speaks for themselves: a signed-in member as their {@code Person} actor,
 * the organiser token as the hub's Group. {@code lookup} resolves {@code name@host} through WebFinger, or an actor
 * URL; {@code follow} and {@code unfollow} send the Follow and its Undo from the caller's actor.
 */
@Controller("/api/v1/accounts")
@Secured({Roles.ORGANISER, Roles.MEMBER})
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.APPLICATION_JSON)
public class AccountsController {

    private static final int MAX_FOLLOWS_PAGE = 80;

    private final ActorRepository actors;
    private final AccountResolver resolver;
    private final Voices voices;
    private final FollowService followService;
    private final AccountJsonMapper accounts;
    private final Instance instance;

    public AccountsController(ActorRepository actors, AccountResolver resolver, Voices voices,
                              FollowService followService, AccountJsonMapper accounts, Instance instance) {
        this.actors = actors;
        this.resolver = resolver;
        this.voices = voices;
        this.followService = followService;
        this.accounts = accounts;
        this.instance = instance;
    }

    /** {@code acct} is {@code name}, {@code name@host} or an actor URL. */
    @Get("/lookup")
    @OAuthScope("read:accounts")
    public HttpResponse<?> lookup(@Nullable @QueryValue String acct) {
        if (acct == null || acct.isBlank()) {
            return ApiError.of(HttpStatus.BAD_REQUEST, "acct is required");
        }
        try {
            return resolver.find(acct, true).<HttpResponse<?>>map(actor -> HttpResponse.ok(accounts.toJson(actor)))
                    .orElseGet(() -> ApiError.of(HttpStatus.NOT_FOUND, "Record not found"));
        } catch (WebFingerException | IllegalArgumentException e) {
            return ApiError.of(HttpStatus.BAD_REQUEST, "acct must be name@host or an actor URL");
        } catch (FetchException | RemoteActorException e) {
            return ApiError.of(HttpStatus.NOT_FOUND, "could not resolve " + acct + ": " + e.getMessage());
        }
    }

    /** How the caller stands with each account named, as Mastodon's {@code relationships?id[]=}. */
    @Get("/relationships")
    @OAuthScope("read:follows")
    public HttpResponse<?> relationships(@Nullable @QueryValue("id[]") List<String> ids,
                                         @Nullable @QueryValue("id") List<String> plainIds,
                                         Authentication authentication) {
        Optional<Actor> viewer = voices.of(authentication);
        if (viewer.isEmpty()) {
            return ApiError.of(HttpStatus.FORBIDDEN, "This action is outside the authorized scopes");
        }
        List<String> wanted = ids != null && !ids.isEmpty() ? ids : plainIds == null ? List.of() : plainIds;
        return HttpResponse.ok(wanted.stream().map(this::find).flatMap(Optional::stream)
                .map(actor -> followService.relationship(viewer.get(), actor)).toList());
    }

    @Get("/{id}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @OAuthScope("read:accounts")
    public HttpResponse<?> show(@PathVariable String id) {
        return find(id).filter(AccountsController::isAccount)
                .<HttpResponse<?>>map(actor -> HttpResponse.ok(accounts.toJson(actor)))
                .orElseGet(() -> ApiError.of(HttpStatus.NOT_FOUND, "Record not found"));
    }

    @Post("/{id}/follow")
    @Consumes(MediaType.ALL)
    @OAuthScope("write:follows")
    public HttpResponse<?> follow(@PathVariable String id, Authentication authentication) {
        Optional<Actor> viewer = voices.of(authentication);
        Optional<Actor> target = find(id).filter(AccountsController::isAccount);
        if (viewer.isEmpty() || target.isEmpty() || target.get().id().equals(viewer.get().id())) {
            return ApiError.of(HttpStatus.NOT_FOUND, "Record not found");
        }
        followService.follow(viewer.get(), target.get());
        return HttpResponse.ok(followService.relationship(viewer.get(), target.get()));
    }

    @Post("/{id}/unfollow")
    @Consumes(MediaType.ALL)
    @OAuthScope("write:follows")
    public HttpResponse<?> unfollow(@PathVariable String id, Authentication authentication) {
        Optional<Actor> viewer = voices.of(authentication);
        Optional<Actor> target = find(id);
        if (viewer.isEmpty() || target.isEmpty()) {
            return ApiError.of(HttpStatus.NOT_FOUND, "Record not found");
        }
        followService.unfollow(viewer.get(), target.get());
        return HttpResponse.ok(followService.relationship(viewer.get(), target.get()));
    }

    @Get("/{id}/followers")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @OAuthScope("read:accounts")
    public HttpResponse<?> followers(@PathVariable String id, HttpRequest<?> request) {
        return follows(id, request, true);
    }

    @Get("/{id}/following")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @OAuthScope("read:accounts")
    public HttpResponse<?> following(@PathVariable String id, HttpRequest<?> request) {
        return follows(id, request, false);
    }

    private HttpResponse<?> follows(String id, HttpRequest<?> request, boolean followers) {
        Optional<Actor> actor = find(id);
        if (actor.isEmpty()) {
            return ApiError.of(HttpStatus.NOT_FOUND, "Record not found");
        }
        Paging paging = Paging.of(request, 40, MAX_FOLLOWS_PAGE);
        List<Follow> page = followService.page(actor.get(), followers,
                paging.maxId() == null ? Long.MAX_VALUE : paging.maxId(), paging.limit());
        List<Object> json = page.stream()
                .map(follow -> actors.findById(followers ? follow.followerId() : follow.followedId()))
                .flatMap(Optional::stream).<Object>map(accounts::toJson).toList();
        return paging.link(HttpResponse.ok(json), request, instance.baseUri(), page.stream().map(Follow::id).toList());
    }

    private Optional<Actor> find(String id) {
        return Ids.parse(id).flatMap(actors::findById);
    }

    /** The server's own Application actor is no one to follow or show. */
    private static boolean isAccount(Actor actor) {
        return !LocalActorUris.isInstanceActor(actor);
    }
}
