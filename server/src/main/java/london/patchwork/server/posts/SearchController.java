package london.patchwork.server.posts;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import london.patchwork.federation.fetch.FetchException;
import london.patchwork.federation.webfinger.WebFingerException;
import london.patchwork.server.actors.AccountJson;
import london.patchwork.server.actors.AccountJsonMapper;
import london.patchwork.server.actors.AccountResolver;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.actors.LocalActorUris;
import london.patchwork.server.actors.RemoteActorException;
import london.patchwork.server.actors.Voices;
import london.patchwork.server.http.ApiError;
import london.patchwork.server.http.OAuthScope;
import london.patchwork.server.instance.Uris;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Mastodon's {@code GET /api/v2/search}: accounts, statuses and hashtags. With {@code resolve=true}, a signed-in
 * caller's {@code @name@host} or actor URL is looked up through WebFinger and fetched, and a post's URL fetched, and
 * what is found stored, so the app can follow or reply at once. Anonymous callers search only what is held.
 */
@Controller("/api/v2/search")
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.APPLICATION_JSON)
public class SearchController {

    private static final int MAX_LIMIT = 40;
    private static final int MAX_QUERY = 500;

    private final AccountResolver resolver;
    private final ActorRepository actors;
    private final AccountJsonMapper accounts;
    private final PostRepository posts;
    private final PostLookup postLookup;
    private final PostTags tags;
    private final Audiences audiences;
    private final StatusJsonMapper statuses;
    private final Voices voices;
    private final Uris uris;

    public SearchController(AccountResolver resolver, ActorRepository actors, AccountJsonMapper accounts,
                            PostRepository posts, PostLookup postLookup, PostTags tags, Audiences audiences,
                            StatusJsonMapper statuses, Voices voices, Uris uris) {
        this.resolver = resolver;
        this.actors = actors;
        this.accounts = accounts;
        this.posts = posts;
        this.postLookup = postLookup;
        this.tags = tags;
        this.audiences = audiences;
        this.statuses = statuses;
        this.voices = voices;
        this.uris = uris;
    }

    /** Mastodon's Search entity. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Results(List<AccountJson> accounts, List<StatusJson> statuses, List<TagResult> hashtags) {
    }

    /** Mastodon's Tag entity, without the usage history Patchwork does not keep. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record TagResult(String name, String url, List<Object> history) {
    }

    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    @OAuthScope("read:search")
    public HttpResponse<?> search(@Nullable @QueryValue String q, @Nullable @QueryValue String type,
                                  @Nullable @QueryValue Boolean resolve, @Nullable @QueryValue Integer limit,
                                  @Nullable @QueryValue Integer offset, @Nullable Authentication authentication) {
        if (q == null || q.isBlank()) {
            return ApiError.of(HttpStatus.BAD_REQUEST, "q is required");
        }
        if (q.length() > MAX_QUERY) {
            return ApiError.of(HttpStatus.BAD_REQUEST, "q is limited to " + MAX_QUERY + " characters");
        }
        if (type != null && !List.of("accounts", "statuses", "hashtags").contains(type)) {
            return ApiError.of(HttpStatus.BAD_REQUEST, "type must be accounts, statuses or hashtags");
        }
        String text = q.strip();
        Optional<Actor> viewer = voices.of(authentication);
        boolean lookUp = Boolean.TRUE.equals(resolve) && viewer.isPresent();
        int size = limit == null ? 20 : Math.max(1, Math.min(limit, MAX_LIMIT));
        int skip = offset == null ? 0 : Math.max(0, offset);
        List<AccountJson> foundAccounts = type == null || type.equals("accounts")
                ? accounts(text, lookUp, size, skip) : List.of();
        List<StatusJson> foundStatuses = type == null || type.equals("statuses")
                ? statuses(text, lookUp, viewer, size, skip) : List.of();
        List<TagResult> foundTags = type == null || type.equals("hashtags") ? hashtags(text, size, skip) : List.of();
        return HttpResponse.ok(new Results(foundAccounts, foundStatuses, foundTags));
    }

    private List<AccountJson> accounts(String text, boolean lookUp, int limit, int offset) {
        if (AccountResolver.looksLikeAccount(text) && offset == 0) {
            try {
                Optional<Actor> exact = resolver.find(text, lookUp);
                if (exact.isPresent() || text.startsWith("http")) {
                    return exact.stream().map(accounts::toJson).toList();
                }
            } catch (WebFingerException | FetchException | RemoteActorException | IllegalArgumentException e) {
                return List.of();
            }
        }
        String words = text.startsWith("@") ? text.substring(1) : text;
        return actors.search(escape(words), limit, offset).stream()
                .filter(actor -> !LocalActorUris.isInstanceActor(actor)).map(accounts::toJson).toList();
    }

    private List<StatusJson> statuses(String text, boolean lookUp, Optional<Actor> viewer, int limit, int offset) {
        Long viewerId = viewer.map(Actor::id).orElse(null);
        if (text.startsWith("https://") || text.startsWith("http://")) {
            URI url;
            try {
                url = URI.create(text);
            } catch (IllegalArgumentException e) {
                return List.of();
            }
            return postLookup.find(url, lookUp).filter(post -> audiences.canSee(post, viewer)).stream()
                    .map(post -> statuses.toJson(post, false, viewerId)).toList();
        }
        List<StatusJson> found = new ArrayList<>();
        for (Post post : posts.searchPublic(escape(text), limit, offset)) {
            found.add(statuses.toJson(post, false, viewerId));
        }
        return found;
    }

    private List<TagResult> hashtags(String text, int limit, int offset) {
        String prefix = StatusText.normalise(text.startsWith("#") ? text.substring(1) : text);
        if (prefix.isEmpty() || text.contains(" ") || text.startsWith("http")) {
            return List.of();
        }
        return tags.search(escape(prefix), limit, offset).stream()
                .map(name -> new TagResult(name, uris.tag(name).toString(), List.of())).toList();
    }

    /** The text as a LIKE pattern that matches itself only ({@code %} and {@code _} are not wildcards here). */
    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
