package london.patchwork.server.apps;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import london.patchwork.server.actors.AccountJson;
import london.patchwork.server.actors.AccountJsonMapper;
import london.patchwork.server.actors.LocalActors;
import london.patchwork.server.instance.ActorCounts;
import london.patchwork.server.instance.ContentCounts;
import london.patchwork.server.instance.HubConfiguration;
import london.patchwork.server.instance.Instance;
import london.patchwork.server.instance.PatchworkVersion;

import java.time.Duration;
import java.time.Instant;

/**
 * What an app reads first about a server: Mastodon's instance documents (v1 and v2) and its custom emoji (none).
 * The version says "compatible" with Mastodon 4.3, as other servers do, so apps enable the features they gate on
 * it. Registrations are closed: members join by invitation.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.APPLICATION_JSON)
public class InstanceApiController {

    /** The posts capability's limit (StatusCommand.MAX_CHARACTERS), which apps count down from. */
    static final int MAX_CHARACTERS = 5_000;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final HubConfiguration hub;
    private final Instance instance;
    private final PatchworkVersion version;
    private final ActorCounts actors;
    private final ContentCounts content;
    private final LocalActors localActors;
    private final AccountJsonMapper accounts;
    private final ObjectMapper json;

    public InstanceApiController(HubConfiguration hub, Instance instance, PatchworkVersion version,
                                 ActorCounts actors, ContentCounts content, LocalActors localActors,
                                 AccountJsonMapper accounts, ObjectMapper json) {
        this.hub = hub;
        this.instance = instance;
        this.version = version;
        this.actors = actors;
        this.content = content;
        this.localActors = localActors;
        this.accounts = accounts;
        this.json = json;
    }

    @Get("/api/v1/instance")
    public HttpResponse<String> v1() {
        ObjectNode document = JSON.objectNode()
                .put("uri", instance.authority())
                .put("title", hub.name())
                .put("short_description", hub.summary())
                .put("description", hub.summary())
                .put("email", "")
                .put("version", mastodonVersion());
        document.putObject("urls").put("streaming_api", streaming());
        document.putObject("stats").put("user_count", actors.localPublishers())
                .put("status_count", content.localPosts()).put("domain_count", 0);
        document.putNull("thumbnail");
        document.putArray("languages").add("en");
        document.put("registrations", false).put("approval_required", false).put("invites_enabled", true);
        document.set("configuration", configuration(false));
        document.set("contact_account", hubAccount());
        document.putArray("rules");
        return HttpResponse.ok(document.toString());
    }

    @Get("/api/v2/instance")
    public HttpResponse<String> v2() {
        ObjectNode document = JSON.objectNode()
                .put("domain", instance.authority())
                .put("title", hub.name())
                .put("version", mastodonVersion())
                .put("source_url", instance.baseUri().toString())
                .put("description", hub.summary());
        document.putObject("usage").putObject("users").put("active_month",
                content.activeAuthorsSince(Instant.now().minus(Duration.ofDays(30))));
        ObjectNode thumbnail = document.putObject("thumbnail");
        if (hub.icon() != null && !hub.icon().isBlank()) {
            thumbnail.put("url", hub.icon());
        } else {
            thumbnail.putNull("url");
        }
        document.putArray("languages").add("en");
        document.set("configuration", configuration(true));
        document.putObject("registrations").put("enabled", false).put("approval_required", false)
                .putNull("message");
        ObjectNode contact = document.putObject("contact").put("email", "");
        contact.set("account", hubAccount());
        document.putArray("rules");
        return HttpResponse.ok(document.toString());
    }

    @Get("/api/v1/custom_emojis")
    public HttpResponse<String> customEmojis() {
        return HttpResponse.ok("[]");
    }

    private String mastodonVersion() {
        return "4.3.0 (compatible; Patchwork " + version.version() + ")";
    }

    private String streaming() {
        return instance.baseUri().toString().replaceFirst("^http", "ws").replaceAll("/$", "");
    }

    private ObjectNode configuration(boolean v2) {
        ObjectNode configuration = JSON.objectNode();
        if (v2) {
            configuration.putObject("urls").put("streaming", streaming());
            configuration.putObject("translation").put("enabled", false);
        }
        configuration.putObject("accounts").put("max_featured_tags", 0).put("max_pinned_statuses", 0);
        configuration.putObject("statuses").put("max_characters", MAX_CHARACTERS)
                .put("max_media_attachments", 0).put("characters_reserved_per_url", 23);
        ObjectNode media = configuration.putObject("media_attachments");
        media.putArray("supported_mime_types");
        media.put("image_size_limit", 0).put("image_matrix_limit", 0).put("video_size_limit", 0)
                .put("video_frame_rate_limit", 0).put("video_matrix_limit", 0);
        configuration.putObject("polls").put("max_options", 0).put("max_characters_per_option", 0)
                .put("min_expiration", 0).put("max_expiration", 0);
        return configuration;
    }

    private ObjectNode hubAccount() {
        AccountJson account = accounts.toJson(localActors.hub());
        return json.valueToTree(account);
    }
}
