package london.patchwork.server.openreferral;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** {@code page} (from 1) and {@code per_page} as the profile names them, checked. */
record OrukPaging(int page, int perPage) {

    static final int DEFAULT_PER_PAGE = 50;
    static final int MAX_PER_PAGE = 200;

    /** @throws IllegalArgumentException with the reason, for a 400 */
    static OrukPaging parse(@Nullable String page, @Nullable String perPage) {
        int number = whole("page", page, 1);
        int size = whole("per_page", perPage, DEFAULT_PER_PAGE);
        if (number < 1) {
            throw new IllegalArgumentException("page counts from 1");
        }
        if (size < 1) {
            throw new IllegalArgumentException("per_page must be at least 1");
        }
        return new OrukPaging(number, Math.min(size, MAX_PER_PAGE));
    }

    int offset() {
        long offset = (long) (page - 1) * perPage;
        return (int) Math.min(offset, Integer.MAX_VALUE);
    }

    <T> OrukJson.Page<T> of(List<T> contents, long total) {
        long pages = (total + perPage - 1) / perPage;
        return new OrukJson.Page<>(total, pages, page, contents.size(), page == 1, page >= pages, contents.isEmpty(),
                contents);
    }

    /** A page of a list held in memory. */
    <T> OrukJson.Page<T> slice(List<T> all) {
        int from = Math.min(all.size(), offset());
        return of(all.subList(from, Math.min(all.size(), from + perPage)), all.size());
    }

    private static int whole(String name, @Nullable String value, int otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number");
        }
    }
}
