package london.patchwork.server.forum;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
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
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import london.patchwork.server.http.Ids;
import london.patchwork.server.site.FormTokens;
import london.patchwork.server.site.Pages;
import london.patchwork.server.site.SiteContext;

import java.util.Optional;

/** The organisers' page for the groups the hub follows: the same as {@code /api/patchwork/forum/groups}, by hand. */
@Controller("/organise/forum/groups")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
public class OrganiseGroupsController {

    private final FollowedGroups groups;
    private final RemoteForumPages pages;
    private final FormTokens formTokens;
    private final SiteContext site;

    public OrganiseGroupsController(FollowedGroups groups, RemoteForumPages pages, FormTokens formTokens,
                                    SiteContext site) {
        this.groups = groups;
        this.pages = pages;
        this.formTokens = formTokens;
        this.site = site;
    }

    /** The follow form as posted. */
    @Serdeable
    public record GroupForm(@Nullable String handle, @Nullable @JsonProperty("_form") String form) {
    }

    @Get
    public HttpResponse<?> list(HttpRequest<?> request, @Nullable Authentication authentication) {
        return site.organisersOnly(authentication).orElseGet(() -> page(request, HttpStatus.OK, "", null, null));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> follow(HttpRequest<?> request, @Body GroupForm posted,
                                  @Nullable Authentication authentication) {
        Optional<HttpResponse<?>> refused = site.organisersOnly(authentication);
        if (refused.isPresent()) {
            return refused.get();
        }
        String typed = posted.handle() == null ? "" : posted.handle().strip();
        if (!formTokens.accepts(request, posted.form())) {
            return page(request, HttpStatus.FORBIDDEN, typed, "The form had expired; nothing was followed. "
                    + "Try again.", null);
        }
        try {
            FollowedGroup group = groups.follow(typed);
            return page(request, HttpStatus.OK, "", null, "Following " + group.handle() + ": its new threads will "
                    + "show once it accepts.");
        } catch (FollowedGroups.NotFollowable refusedGroup) {
            return page(request, HttpStatus.UNPROCESSABLE_ENTITY, typed, refusedGroup.getMessage(), null);
        }
    }

    @Post("/{id}/unfollow")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> unfollow(HttpRequest<?> request, @PathVariable String id, @Body GroupForm posted,
                                    @Nullable Authentication authentication) {
        Optional<HttpResponse<?>> refused = site.organisersOnly(authentication);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (!formTokens.accepts(request, posted.form())) {
            return page(request, HttpStatus.FORBIDDEN, "", "The form had expired; nothing was changed.", null);
        }
        boolean left = Ids.parse(id).map(groups::unfollow).orElse(false);
        return page(request, left ? HttpStatus.OK : HttpStatus.NOT_FOUND, "", null,
                left ? "Unfollowed. Its threads held here stay." : "The hub does not follow that group.");
    }

    /** Only organisers: others are sent to sign in, or told no. */
    private HttpResponse<?> page(HttpRequest<?> request, HttpStatus status, String typed, String error,
                                 String notice) {
        String token = formTokens.token(request);
        return HttpResponse.status(status).body(Pages.render("forum/followed-groups",
                        pages.followed(groups.list(), token, typed, error, notice)))
                .contentType(MediaType.TEXT_HTML_TYPE).cookie(formTokens.cookie(token))
                .header("Cache-Control", "no-store");
    }
}
