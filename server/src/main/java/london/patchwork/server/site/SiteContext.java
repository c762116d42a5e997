package london.patchwork.server.site;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ModelAndView;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import london.patchwork.server.http.Roles;
import london.patchwork.server.instance.HubConfiguration;
import london.patchwork.server.instance.Instance;
import london.patchwork.server.instance.PatchworkVersion;
import london.patchwork.web.hub.NoticeView;
import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.layout.Site;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The frame every page shares: built once, since the hub's name and mode only change with a restart; whether it has
 * joined up with other hubs is asked each time.
 */
@Singleton
public final class SiteContext {

    private final Site site;
    private final String home;
    private final List<JoinedUp> joinedUp;

    public SiteContext(HubConfiguration hub, Instance instance, PatchworkVersion version, List<JoinedUp> joinedUp) {
        this.joinedUp = joinedUp;
        this.site = new Site(hub.name(), "@" + hub.username() + "@" + instance.authority(), instance.localMode(),
                version.version());
        this.home = instance.baseUri().toString();
    }

    public Site site() {
        return site.joinedUp(joinedUp.stream().anyMatch(JoinedUp::joinedUp));
    }

    /**
     * Why an organiser page is not shown to this visitor: signed out, sent to sign in; signed in without the
     * organiser role, told so (403). Empty for an organiser.
     */
    public Optional<HttpResponse<?>> organisersOnly(@Nullable Authentication authentication) {
        if (authentication == null) {
            return Optional.of(HttpResponse.seeOther(URI.create("/sign-in")));
        }
        if (!authentication.getRoles().contains(Roles.ORGANISER)) {
            return Optional.of(notice(HttpStatus.FORBIDDEN, "For organisers only",
                    "Only the hub's organisers can open this page.", "/account", "Your account"));
        }
        return Optional.empty();
    }

    /**
     * A page that only says something (an error a visitor can act on, or an outcome), with one link onwards. Its
     * canonical address is the hub's home: these pages answer a request, they are not places to link to.
     */
    public MutableHttpResponse<?> notice(HttpStatus status, String heading, String message, String link,
                                         String linkLabel) {
        return HttpResponse.status(status).body(noticePage(heading, message, link, linkLabel))
                .contentType(MediaType.TEXT_HTML_TYPE).header("Cache-Control", "no-store");
    }

    /** The same page, for routes that also answer JSON and so render their HTML themselves ({@link Pages#html}). */
    public ModelAndView<Map<String, Object>> noticePage(String heading, String message, String link,
                                                        String linkLabel) {
        NoticeView view = new NoticeView(site, PageMeta.of(heading, message, home), heading, message, link, linkLabel);
        return Pages.render("hub/notice", view);
    }
}
