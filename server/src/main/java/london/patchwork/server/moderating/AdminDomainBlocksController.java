package london.patchwork.server.moderating;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import london.patchwork.server.http.Roles;

/**
 * Mastodon's {@code /api/v1/admin/domain_blocks}: severity {@code suspend} blocks a domain (its inbox POSTs are
 * refused, nothing is delivered to it, follows with it end, its content is hidden), {@code silence} only hides
 * its content from public pages. A block's id is its domain.
 */
@Controller("/api/v1/admin/domain_blocks")
@Secured({Roles.MODERATOR, Roles.ORGANISER})
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.APPLICATION_JSON)
public class AdminDomainBlocksController {

    private final ModerationService moderation;

    AdminDomainBlocksController(ModerationService moderation) {
        this.moderation = moderation;
    }

    /** What Mastodon's clients send; {@code severity} defaults to suspend, as Mastodon's does. */
    @Serdeable
    public record DomainBlockForm(@Nullable String domain, @Nullable String severity,
                                  @Nullable @JsonProperty("private_comment") String privateComment,
                                  @Nullable String reason) {
        String why() {
            return privateComment != null && !privateComment.isBlank() ? privateComment : reason;
        }
    }

    @Get
    public HttpResponse<?> list() {
        return HttpResponse.ok(moderation.domainBlocks().stream()
                .map(block -> AdminJsonWriter.domainBlock(block, null, null)).toList());
    }

    @Get("/{id}")
    public HttpResponse<?> show(@PathVariable String id) {
        return ModerationErrors.answer(() -> moderation.domainBlock(id)
                .map(block -> AdminJsonWriter.domainBlock(block, null, null))
                .orElseThrow(() -> new ModerationService.Refused("no such domain block", true)));
    }

    @Post
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON})
    public HttpResponse<?> create(@Body DomainBlockForm form, @Nullable Authentication authentication) {
        return ModerationErrors.answer(() -> {
            Severity severity = form.severity() == null || form.severity().isBlank() ? Severity.SUSPEND
                    : Severity.fromKey(form.severity()).orElseThrow(() ->
                    new ModerationService.Refused("severity must be silence or suspend", false));
            DomainBlocks.Applied applied = moderation.blockDomain(moderation.acting(authentication), form.domain(),
                    severity, form.why());
            return AdminJsonWriter.domainBlock(applied.block(), applied.followsEnded(), applied.deliveriesDropped());
        });
    }

    @Delete("/{id}")
    @Consumes(MediaType.ALL)
    public HttpResponse<?> lift(@PathVariable String id, @Nullable Authentication authentication) {
        return ModerationErrors.answer(() -> {
            moderation.liftDomain(moderation.acting(authentication), id, "");
            return java.util.Map.of();
        });
    }
}
