package london.patchwork.server.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Mastodon's paging of lists newest first by id: {@code max_id} (older than), {@code since_id} (newer than, newest
 * first), {@code min_id} (newer than, just after it: the page going up), {@code limit}; and the {@code Link} header
 * with {@code rel="next"} (older) and {@code rel="prev"} (newer) that clients follow.
 *
 * @param minId when set, the query takes the oldest rows above it and the page is reversed to newest first
 */
public record Paging(@Nullable Long maxId, @Nullable Long sinceId, @Nullable Long minId, int limit) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 40;

    public static Paging of(HttpRequest<?> request) {
        return of(request, DEFAULT_LIMIT, MAX_LIMIT);
    }

    public static Paging of(HttpRequest<?> request, int defaultLimit, int maxLimit) {
        var parameters = request.getParameters();
        int limit = parameters.getFirst("limit").flatMap(Paging::parseInt).orElse(defaultLimit);
        return new Paging(id(parameters.getFirst("max_id")), id(parameters.getFirst("since_id")),
                id(parameters.getFirst("min_id")), Math.max(1, Math.min(limit, maxLimit)));
    }

    /** The lower bound, exclusive: {@code min_id} or {@code since_id}. */
    @Nullable
    public Long after() {
        return minId != null ? minId : sinceId;
    }

    /** Whether to take the oldest rows above {@link #after()} (then reverse) rather than the newest. */
    public boolean ascending() {
        return minId != null;
    }

    /** Adds the {@code Link} header for a page whose ids, newest first, are {@code ids}. */
    public <T> MutableHttpResponse<T> link(MutableHttpResponse<T> response, HttpRequest<?> request, URI base,
                                           List<Long> ids) {
        if (ids.isEmpty()) {
            return response;
        }
        String path = base.resolve(request.getPath()).toString();
        String next = path + "?" + keep(request) + "limit=" + limit + "&max_id=" + ids.getLast();
        String prev = path + "?" + keep(request) + "limit=" + limit + "&min_id=" + ids.getFirst();
        return response.header("Link", "<" + next + ">; rel=\"next\", <" + prev + ">; rel=\"prev\"");
    }

    /** The request's own filters (local, types[]…), carried over to the next and previous pages. */
    private static String keep(HttpRequest<?> request) {
        StringBuilder kept = new StringBuilder();
        request.getParameters().forEach((name, values) -> {
            if (!List.of("limit", "max_id", "since_id", "min_id").contains(name)) {
                values.forEach(value -> kept.append(encode(name)).append('=').append(encode(value)).append('&'));
            }
        });
        return kept.toString();
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Nullable
    private static Long id(Optional<String> value) {
        return value.flatMap(Ids::parse).orElse(null);
    }

    private static Optional<Integer> parseInt(String value) {
        try {
            return Optional.of(Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
