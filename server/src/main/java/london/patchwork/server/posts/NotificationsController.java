package london.patchwork.server.posts;

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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import london.patchwork.server.actors.AccountJsonMapper;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.actors.Voices;
import london.patchwork.server.http.ApiError;
import london.patchwork.server.http.Ids;
import london.patchwork.server.http.OAuthScope;
import london.patchwork.server.http.Paging;
import london.patchwork.server.http.Roles;
import london.patchwork.server.instance.Instance;
import london.patchwork.server.notifications.NotificationService;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Mastodon's notifications API over the notifications capability's records: here because each carries the
 * account that acted and the status it is about, which this capability renders. Filters {@code types[]} and
 * {@code exclude_types[]}; Mastodon's paging and {@code Link} header.
 */
@Controller("/api/v1/notifications")
@Secured({Roles.ORGANISER, Roles.MEMBER})
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.APPLICATION_JSON)
public class NotificationsController {

    private final NotificationService notifications;
    private final ActorRepository actors;
    private final PostRepository posts;
    private final AccountJsonMapper accounts;
    private final StatusJsonMapper statuses;
    private final Voices voices;
    private final Instance instance;

    public NotificationsController(NotificationService notifications, ActorRepository actors, PostRepository posts,
                                   AccountJsonMapper accounts, StatusJsonMapper statuses, Voices voices,
                                   Instance instance) {
        this.notifications = notifications;
        this.actors = actors;
        this.posts = posts;
        this.accounts = accounts;
        this.statuses = statuses;
        this.voices = voices;
        this.instance = instance;
    }

    @Get
    @OAuthScope("read:notifications")
    public HttpResponse<?> list(HttpRequest<?> request, Authentication authentication) {
        Optional<Actor> viewer = voices.of(authentication);
        if (viewer.isEmpty()) {
            return ApiError.of(HttpStatus.FORBIDDEN, "This action is outside the authorized scopes");
        }
        Set<String> types = new HashSet<>(NotificationService.TYPES);
        List<String> only = values(request, "types");
        if (!only.isEmpty()) {
            types.retainAll(only);
        }
        values(request, "exclude_types").forEach(types::remove);
        Paging paging = Paging.of(request, 40, 80);
        List<NotificationService.Entry> page = notifications.list(viewer.get().id(), types,
                new NotificationService.Page(paging.maxId() == null ? Long.MAX_VALUE : paging.maxId(),
                        paging.after() == null ? 0 : paging.after(), paging.limit(), paging.ascending()));
        List<NotificationJson> json = page.stream().map(entry -> toJson(entry, viewer.get()))
                .flatMap(Optional::stream).toList();
        return paging.link(HttpResponse.ok(json), request, instance.baseUri(),
                page.stream().map(NotificationService.Entry::id).toList());
    }

    @Get("/{id}")
    @OAuthScope("read:notifications")
    public HttpResponse<?> show(@PathVariable String id, Authentication authentication) {
        Optional<Actor> viewer = voices.of(authentication);
        return viewer.flatMap(actor -> Ids.parse(id).flatMap(found -> notifications.find(actor.id(), found))
                        .flatMap(entry -> toJson(entry, actor)))
                .<HttpResponse<?>>map(HttpResponse::ok)
                .orElseGet(() -> ApiError.of(HttpStatus.NOT_FOUND, "Record not found"));
    }

    @Post("/clear")
    @OAuthScope("write:notifications")
    @Consumes(MediaType.ALL)
    public HttpResponse<?> clear(Authentication authentication) {
        voices.of(authentication).ifPresent(actor -> notifications.clear(actor.id()));
        return HttpResponse.ok(java.util.Map.of());
    }

    @Post("/{id}/dismiss")
    @OAuthScope("write:notifications")
    @Consumes(MediaType.ALL)
    public HttpResponse<?> dismiss(@PathVariable String id, Authentication authentication) {
        Optional<Actor> viewer = voices.of(authentication);
        Optional<Long> wanted = Ids.parse(id);
        if (viewer.isEmpty() || wanted.isEmpty() || !notifications.dismiss(viewer.get().id(), wanted.get())) {
            return ApiError.of(HttpStatus.NOT_FOUND, "Record not found");
        }
        return HttpResponse.ok(java.util.Map.of());
    }

    /** Empty when the account that acted, or the post, is gone since. */
    private Optional<NotificationJson> toJson(NotificationService.Entry entry, Actor viewer) {
        Optional<Actor> from = actors.findById(entry.fromActorId());
        if (from.isEmpty()) {
            return Optional.empty();
        }
        if (entry.objectId() == null) {
            return Optional.of(new NotificationJson(Long.toString(entry.id()), entry.type(),
                    AccountJsonMapper.time(entry.createdAt()), accounts.toJson(from.get()), null));
        }
        return posts.findById(entry.objectId()).filter(post -> !post.deleted())
                .map(post -> new NotificationJson(Long.toString(entry.id()), entry.type(),
                        AccountJsonMapper.time(entry.createdAt()), accounts.toJson(from.get()),
                        statuses.toJson(post, false, viewer.id())));
    }

    /** Mastodon spells list parameters {@code types[]=a&types[]=b}; some clients send {@code types=a}. */
    private static List<String> values(HttpRequest<?> request, String name) {
        List<String> all = new java.util.ArrayList<>(request.getParameters().getAll(name + "[]"));
        all.addAll(request.getParameters().getAll(name));
        return all;
    }
}
