package london.patchwork.server.members;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.ActorType;
import london.patchwork.server.actors.LocalActorUris;
import london.patchwork.server.actors.LocalActors;
import london.patchwork.server.http.ApiError;
import london.patchwork.server.instance.Instance;
import london.patchwork.server.posts.ProfilePostsService;
import london.patchwork.server.site.Pages;
import london.patchwork.server.site.SiteContext;
import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.members.MemberView;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** A member's public page, {@code /@handle}, where their actor sends browsers. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
public class MemberPageController {

    private static final DateTimeFormatter JOINED = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private final LocalActors localActors;
    private final LocalActorUris actorUris;
    private final Profiles profiles;
    private final MemberService members;
    private final ProfilePostsService posts;
    private final SiteContext site;
    private final String domain;

    public MemberPageController(LocalActors localActors, LocalActorUris actorUris, Profiles profiles,
                                MemberService members, ProfilePostsService posts, SiteContext site,
                                Instance instance) {
        this.localActors = localActors;
        this.profiles = profiles;
        this.members = members;
        this.posts = posts;
        this.actorUris = actorUris;
        this.site = site;
        this.domain = instance.authority();
    }

    @Get("/@{username}")
    public HttpResponse<?> profile(@PathVariable String username, @QueryValue("max_id") @Nullable Long maxId) {
        Optional<Actor> member = localActors.find(username)
                .filter(actor -> actor.actorType() == ActorType.Person);
        if (member.isEmpty()) {
            return site.notice(HttpStatus.NOT_FOUND, "No such member",
                    "No member of " + site.site().hubName() + " has that handle.", "/", "Go to the hub");
        }
        Actor actor = member.get();
        if (unavailable(actor)) {
            return site.notice(HttpStatus.GONE, "This account is not available",
                    "It has been suspended, or is waiting for an organiser's approval.", "/", "Go to the hub");
        }
        String name = name(actor);
        String handle = "@" + actor.username() + "@" + domain;
        String summary = actor.summary() == null || actor.summary().isBlank() ? null : actor.summary();
        PageMeta meta = new PageMeta(name + " (" + handle + ")", summary != null ? summary
                : name + " is a member of " + site.site().hubName() + ".",
                actorUris.profilePage(actor).toString(), actorUris.id(actor).toString())
                .withFeeds(name, actorUris.profilePage(actor) + "/feed");
        Profiles.Profile profile = profiles.of(actor);
        List<MemberView.RoleLink> roles = profile.communityRoles().stream()
                .map(role -> new MemberView.RoleLink(role.label(), "/members?role=" + role.key())).toList();
        List<MemberView.Field> fields = profile.fields().stream()
                .map(field -> new MemberView.Field(field.name(), MemberProfileFields.valueHtml(field.value())))
                .toList();
        return HttpResponse.ok(Pages.render("members/profile", new MemberView(site.site(), meta, name, handle, summary,
                JOINED.format(actor.createdAt()), actor.createdAt().toString(), roles, fields, actor.iconUrl(),
                posts.publicPage(actor, maxId))))
                .contentType(MediaType.TEXT_HTML_TYPE);
    }

    @Get("/@{username}/feed.atom")
    @Produces("application/atom+xml")
    public HttpResponse<?> atom(@PathVariable String username) {
        return feed(username, actor -> posts.atom(actor, name(actor)));
    }

    @Get("/@{username}/feed.json")
    @Produces("application/feed+json")
    public HttpResponse<?> jsonFeed(@PathVariable String username) {
        return feed(username, actor -> posts.jsonFeed(actor, name(actor)));
    }

    /** A member's feed, or 404 as for their page: a suspended or waiting account's posts are not offered. */
    private HttpResponse<?> feed(String username, Function<Actor, ProfilePostsService.FeedDocument> write) {
        Optional<Actor> member = localActors.find(username)
                .filter(actor -> actor.actorType() == ActorType.Person && !unavailable(actor));
        if (member.isEmpty()) {
            return ApiError.of(HttpStatus.NOT_FOUND, "no member of this hub has that handle");
        }
        ProfilePostsService.FeedDocument feed = write.apply(member.get());
        return HttpResponse.ok(feed.body()).contentType(feed.contentType());
    }

    private boolean unavailable(Actor actor) {
        return members.find(actor.id()).map(found -> found.suspended() || found.awaitingApproval()).orElse(false);
    }

    private static String name(Actor actor) {
        return actor.displayName() == null || actor.displayName().isBlank() ? actor.username() : actor.displayName();
    }
}
