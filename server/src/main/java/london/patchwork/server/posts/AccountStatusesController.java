package london.patchwork.server.posts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.actors.Voices;
import london.patchwork.server.follows.FollowService;
import london.patchwork.server.http.ApiError;
import london.patchwork.server.http.Ids;
import london.patchwork.server.http.OAuthScope;
import london.patchwork.server.http.Paging;
import london.patchwork.server.instance.Instance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Mastodon's {@code /api/v1/accounts/:id/statuses}: an account's posts as the caller may see them (followers-only
 * ones when they follow it, all their own), with {@code exclude_replies}, {@code pinned} and Mastodon's paging.
 */
@Controller("/api/v1/accounts")
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.APPLICATION_JSON)
public class AccountStatusesController {

    private final ActorRepository actors;
    private final PostRepository posts;
    private final TimelineQueries queries;
    private final StatusViews views;
    private final FollowService follows;
    private final Voices voices;
    private final Instance instance;

    public AccountStatusesController(ActorRepository actors, PostRepository posts, TimelineQueries queries,
                                     StatusViews views, FollowService follows, Voices voices, Instance instance) {
        this.actors = actors;
        this.posts = posts;
        this.queries = queries;
        this.views = views;
        this.follows = follows;
        this.voices = voices;
        this.instance = instance;
    }

    @Get("/{id}/statuses")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @OAuthScope("read:statuses")
    public HttpResponse<?> statuses(@PathVariable String id, HttpRequest<?> request,
                                    @Nullable Authentication authentication) {
        Optional<Actor> account = Ids.parse(id).flatMap(actors::findById);
        if (account.isEmpty()) {
            return ApiError.of(HttpStatus.NOT_FOUND, "Record not found");
        }
        Optional<Actor> viewer = voices.of(authentication);
        if (flag(request, "pinned")) {
            List<TimelineQueries.Entry> pinned = posts.findPinned(account.get().id()).stream()
                    .map(post -> new TimelineQueries.Entry(post.id(), post.id(), false)).toList();
            return HttpResponse.ok(views.render(pinned, viewer));
        }
        Paging paging = Paging.of(request);
        List<TimelineQueries.Entry> entries = queries.byAuthor(account.get().id(), visibleTo(account.get(), viewer),
                flag(request, "exclude_replies"), paging);
        return paging.link(HttpResponse.ok(views.render(entries, viewer)), request, instance.baseUri(),
                entries.stream().map(TimelineQueries.Entry::id).toList());
    }

    private List<Visibility> visibleTo(Actor account, Optional<Actor> viewer) {
        List<Visibility> visible = new ArrayList<>(List.of(Visibility.PUBLIC, Visibility.UNLISTED));
        if (viewer.isPresent() && viewer.get().id().equals(account.id())) {
            visible.add(Visibility.FOLLOWERS);
            visible.add(Visibility.DIRECT);
        } else if (viewer.isPresent() && follows.relationship(viewer.get(), account).following()) {
            visible.add(Visibility.FOLLOWERS);
        }
        return visible;
    }

    private static boolean flag(HttpRequest<?> request, String name) {
        return request.getParameters().getFirst(name).map(value -> value.equals("true") || value.equals("1"))
                .orElse(false);
    }
}
