package london.patchwork.server.site;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import london.patchwork.federation.fetch.FetchException;
import london.patchwork.federation.webfinger.Acct;
import london.patchwork.federation.webfinger.Jrd;
import london.patchwork.federation.webfinger.WebFingerClient;
import london.patchwork.federation.webfinger.WebFingerException;
import london.patchwork.server.instance.HubConfiguration;
import london.patchwork.server.instance.Uris;

import java.net.URI;
import java.util.Optional;

/**
 * Following the hub from another server in two clicks: a visitor gives their handle, we look up their
 * server's "interact" page through WebFinger and send them there with the hub's address filled in. And the
 * other direction, {@code /authorize_interaction}, which this hub's WebFinger advertises.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
public class RemoteFollowController {

    private final WebFingerClient webFinger;
    private final SiteContext site;
    private final Uris uris;
    private final HubConfiguration hub;

    public RemoteFollowController(WebFingerClient webFinger, SiteContext site, Uris uris, HubConfiguration hub) {
        this.webFinger = webFinger;
        this.site = site;
        this.uris = uris;
        this.hub = hub;
    }

    /** The home page's follow form. */
    @Serdeable
    public record FollowForm(@Nullable String handle) {
    }

    /** The "reply from your server" box under a post: a visitor's handle and the post to open there. */
    @Serdeable
    public record InteractForm(@Nullable String handle, @Nullable String uri) {
    }

    @Post("/follow")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> follow(@Body FollowForm form) {
        return sendHome(form.handle(), uris.actor(hub.username()));
    }

    /**
     * Replying from another server: the visitor's server opens this hub's post, ready for a reply. Only this hub's
     * own URLs are carried, so the form is no open redirect to anywhere.
     */
    @Post("/interact")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> interact(@Body InteractForm form) {
        URI object;
        try {
            object = URI.create(form.uri() == null ? "" : form.uri().strip());
        } catch (IllegalArgumentException e) {
            object = null;
        }
        String base = uris.base().toString();
        if (object == null || !object.toString().startsWith(base.endsWith("/") ? base : base + "/")) {
            return notice(HttpStatus.BAD_REQUEST, "Nothing to reply to",
                    "That address is not a post on this hub.");
        }
        return sendHome(form.handle(), object);
    }

    private HttpResponse<?> sendHome(@Nullable String handle, URI object) {
        Acct visitor;
        try {
            visitor = Acct.parse(handle == null ? "" : handle);
        } catch (WebFingerException e) {
            return notice(HttpStatus.BAD_REQUEST, "That doesn't look like a handle",
                    "A handle looks like @you@mastodon.social: your name, an @, and your server's address.");
        }
        Optional<URI> target;
        try {
            Jrd jrd = webFinger.lookup(visitor);
            target = jrd.remoteInteractionUrl(object);
        } catch (FetchException e) {
            return notice(HttpStatus.BAD_GATEWAY, "We couldn't reach your server",
                    visitor.domain() + " did not answer. Search for " + site.site().handle()
                            + " in your app instead.");
        }
        if (target.isEmpty()) {
            return notice(HttpStatus.BAD_GATEWAY, "Your server has no follow page we can use",
                    "Search for " + site.site().handle() + " in your app and press Follow there.");
        }
        return HttpResponse.seeOther(target.get());
    }

    /**
     * Where a remote server sends its users to act on something from this hub. Members cannot act on remote
     * objects from here yet, so it points people to their own server.
     */
    @Get("/authorize_interaction")
    public HttpResponse<?> authorizeInteraction(@Nullable @QueryValue String uri) {
        return notice(HttpStatus.OK, "Follow from your own server",
                "People follow and reply to this hub from their own fediverse accounts. To follow "
                        + (uri == null || uri.isBlank() ? "someone" : uri)
                        + ", search for it in the app of the server where you have an account.");
    }

    private HttpResponse<?> notice(HttpStatus status, String heading, String message) {
        return site.notice(status, heading, message, "/", "Back to " + site.site().hubName());
    }
}
