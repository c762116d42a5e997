package london.patchwork.server.posts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
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

/** {@code /tags/NAME}: where the {@code href} of every outgoing {@code Hashtag} leads. */
@Controller("/tags")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class TagController {

    private final PostRepository posts;
    private final PostPages pages;

    public TagController(PostRepository posts, PostPages pages) {
        this.posts = posts;
        this.pages = pages;
    }

    @Get("/{name}")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> tag(@PathVariable String name, @QueryValue("max_id") @Nullable Long maxId) {
        String tag = StatusText.normalise(name.strip());
        return HttpResponse.ok(pages.tagPage(tag,
                        posts.findPublicByTag(tag, StreamPaging.below(maxId), StreamPaging.pagePlusOne())))
                .contentType(MediaType.TEXT_HTML_TYPE);
    }
}
