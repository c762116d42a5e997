package london.patchwork.server.http;

import io.micronaut.core.annotation.Nullable;

import java.util.Optional;

/** Database ids as they appear in URLs and API paths: anything that is not a number names nothing. */
public final class Ids {

    private Ids() {
    }

    public static Optional<Long> parse(@Nullable String id) {
        if (id == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(id.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
