package london.patchwork.server.aggregation;

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
import london.patchwork.server.actors.LocalActorUris;
import london.patchwork.server.http.Ids;
import london.patchwork.server.instance.Uris;
import london.patchwork.server.site.FormTokens;
import london.patchwork.server.site.Pages;
import london.patchwork.server.site.SiteContext;
import london.patchwork.web.aggregation.RelaysView;
import london.patchwork.web.layout.PageMeta;

import java.net.URI;
import java.util.Optional;

/** The organisers' page for relays, {@code /organise/relays}: the relays API by hand, without JavaScript. */
@Controller("/organise/relays")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
public class OrganiseRelaysController {

    private final RelayService relays;
    private final RelayHost host;
    private final RelayConfiguration configuration;
    private final LocalActorUris actorUris;
    private final FormTokens formTokens;
    private final SiteContext site;
    private final Uris uris;

    public OrganiseRelaysController(RelayService relays, RelayHost host, RelayConfiguration configuration,
                                    LocalActorUris actorUris, FormTokens formTokens, SiteContext site, Uris uris) {
        this.relays = relays;
        this.host = host;
        this.configuration = configuration;
        this.actorUris = actorUris;
        this.formTokens = formTokens;
        this.site = site;
        this.uris = uris;
    }

    /** The join form as posted: the relay's inbox (a URL ending in {@code /inbox}) or its actor. */
    @Serdeable
    public record RelayForm(@Nullable String address, @Nullable @JsonProperty("_form") String form) {
    }

    @Get
    public HttpResponse<?> list(HttpRequest<?> request, @Nullable Authentication authentication) {
        return site.organisersOnly(authentication).orElseGet(() -> page(request, HttpStatus.OK, "", null, null));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> join(HttpRequest<?> request, @Body RelayForm posted,
                                @Nullable Authentication authentication) {
        Optional<HttpResponse<?>> refused = site.organisersOnly(authentication);
        if (refused.isPresent()) {
            return refused.get();
        }
        String typed = posted.address() == null ? "" : posted.address().strip();
        if (!formTokens.accepts(request, posted.form())) {
            return page(request, HttpStatus.FORBIDDEN, typed, "The form had expired; nothing was joined. Try again.",
                    null);
        }
        boolean inbox = typed.endsWith("/inbox");
        try {
            RelayService.Joined joined = relays.join(inbox ? typed : null, inbox ? null : typed);
            return page(request, HttpStatus.OK, "", null, joined.created()
                    ? "Asked " + joined.relay().actor() + " to let the hub join; it shows as joined once it accepts."
                    : "The hub has joined that relay already.");
        } catch (RelayRefused refusedRelay) {
            return page(request, refusedRelay.status(), typed, refusedRelay.getMessage(), null);
        }
    }

    @Post("/{id}/leave")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> leave(HttpRequest<?> request, @PathVariable String id, @Body RelayForm posted,
                                 @Nullable Authentication authentication) {
        Optional<HttpResponse<?>> refused = site.organisersOnly(authentication);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (!formTokens.accepts(request, posted.form())) {
            return page(request, HttpStatus.FORBIDDEN, "", "The form had expired; nothing was changed.", null);
        }
        boolean left = Ids.parse(id).map(relays::leave).orElse(false);
        return page(request, left ? HttpStatus.OK : HttpStatus.NOT_FOUND, "", null,
                left ? "Left the relay." : "The hub has not joined that relay.");
    }

    /** Only organisers: others are sent to sign in, or told no. */
    private HttpResponse<?> page(HttpRequest<?> request, HttpStatus status, String typed, String error,
                                 String notice) {
        String token = formTokens.token(request);
        String offered = configuration.relay() ? host.actor().map(actorUris::id).map(URI::toString).orElse(null)
                : null;
        RelaysView view = new RelaysView(site.site(), PageMeta.of("Relays", "The relays "
                + site.site().hubName() + " joined", uris.page("/organise/relays").toString()), token, typed, error,
                notice, offered, relays.list().stream().map(relay -> new RelaysView.Relay(Long.parseLong(relay.id()),
                relay.actor(), relay.inbox(), relay.state())).toList());
        return HttpResponse.status(status).body(Pages.render("aggregation/relays", view))
                .contentType(MediaType.TEXT_HTML_TYPE).cookie(formTokens.cookie(token))
                .header("Cache-Control", "no-store");
    }
}
