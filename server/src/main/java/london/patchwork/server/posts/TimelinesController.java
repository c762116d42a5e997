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
import london.patchwork.server.actors.Voices;
import london.patchwork.server.follows.FollowService;
import london.patchwork.server.http.ApiError;
import london.patchwork.server.http.OAuthScope;
import london.patchwork.server.http.Paging;
import london.patchwork.server.http.Roles;
import london.patchwork.server.instance.Instance;

import java.util.List;
import java.util.Optional;

/**
 * Mastodon's timelines: home (the caller's own posts and the posts and boosts of whom they follow), public (this
 * hub's and others' public posts) and a hashtag's, newest first with Mastodon's paging and {@code Link} header.
 */
@Controller("/api/v1/timelines")
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.APPLICATION_JSON)
public class TimelinesController {

    private final TimelineQueries queries;
    private final StatusViews views;
    private final FollowService follows;
    private final Voices voices;
    private final Instance instance;

    public TimelinesController(TimelineQueries queries, StatusViews views, FollowService follows, Voices voices,
                               Instance instance) {
        this.queries = queries;
        this.views = views;
        this.follows = follows;
        this.voices = voices;
        this.instance = instance;
    }

    @Get("/home")
    @Secured({Roles.ORGANISER, Roles.MEMBER})
    @OAuthScope("read:statuses")
    public HttpResponse<?> home(HttpRequest<?> request, Authentication authentication) {
        Optional<Actor> viewer = voices.of(authentication);
        if (viewer.isEmpty()) {
            return ApiError.of(HttpStatus.FORBIDDEN, "This action is outside the authorized scopes");
        }
        Paging paging = Paging.of(request);
        return answer(request, paging, queries.home(viewer.get().id(), follows.followedIds(viewer.get()), paging),
                viewer);
    }

    @Get("/public")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @OAuthScope("read:statuses")
    public HttpResponse<?> publicTimeline(HttpRequest<?> request, @Nullable Authentication authentication) {
        boolean local = flag(request, "local");
        boolean remote = flag(request, "remote");
        Boolean which = local == remote ? null : local;
        Paging paging = Paging.of(request);
        return answer(request, paging, queries.publicPosts(which, paging), voices.of(authentication));
    }

    @Get("/tag/{tag}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @OAuthScope("read:statuses")
    public HttpResponse<?> tag(@PathVariable String tag, HttpRequest<?> request,
                               @Nullable Authentication authentication) {
        String name = StatusText.normalise(tag.startsWith("#") ? tag.substring(1) : tag);
        Paging paging = Paging.of(request);
        return answer(request, paging, queries.tagged(name, paging), voices.of(authentication));
    }

    private HttpResponse<?> answer(HttpRequest<?> request, Paging paging, List<TimelineQueries.Entry> entries,
                                   Optional<Actor> viewer) {
        return paging.link(HttpResponse.ok(views.render(entries, viewer)), request, instance.baseUri(),
                entries.stream().map(TimelineQueries.Entry::id).toList());
    }

    private static boolean flag(HttpRequest<?> request, String name) {
        return request.getParameters().getFirst(name).map(value -> value.equals("true") || value.equals("1"))
                .orElse(false);
    }
}
