package london.patchwork.server.aggregation;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import london.patchwork.server.instance.HubConfiguration;
import london.patchwork.server.instance.Instance;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The hubs items come from: this one and those it joined (the {@code hubs} table), by origin. An item whose
 * origin is neither (a member's post from elsewhere) shows its origin as it is.
 */
@Singleton
class JoinedHubs {

    /**
     * A hub as an item shows it.
     *
     * @param url its home page ({@code origin/})
     */
    record Origin(String origin, String name, @Nullable String handle, String url, @Nullable String area,
                  boolean joined) {
    }

    private final HubRepository hubs;
    private final HubConfiguration hub;
    private final Instance instance;

    JoinedHubs(HubRepository hubs, HubConfiguration hub, Instance instance) {
        this.hubs = hubs;
        this.hub = hub;
        this.instance = instance;
    }

    /** This hub first, then every joined hub by name. */
    List<Origin> all() {
        List<Origin> all = new ArrayList<>();
        all.add(own());
        for (Hub joined : hubs.findAllOrderByNameAsc()) {
            all.add(new Origin(joined.origin(), joined.name() == null || joined.name().isBlank() ? joined.handle()
                    : joined.name(), joined.handle(), joined.origin() + "/", blankless(joined.area()), true));
        }
        return all;
    }

    /** Every hub by origin, to label a page of items with one read of the table. */
    Map<String, Origin> byOrigin() {
        Map<String, Origin> found = new LinkedHashMap<>();
        all().forEach(origin -> found.putIfAbsent(origin.origin(), origin));
        return found;
    }

    /** A hub named by a filter: its origin (with or without a trailing slash) or its handle. */
    Optional<Origin> find(String hub) {
        String wanted = hub.strip().toLowerCase(Locale.ROOT);
        String asOrigin = wanted.endsWith("/") ? wanted.substring(0, wanted.length() - 1) : wanted;
        String asHandle = wanted.startsWith("@") ? wanted : "@" + wanted;
        return all().stream().filter(origin -> origin.origin().equals(asOrigin)
                || (origin.handle() != null && origin.handle().toLowerCase(Locale.ROOT).equals(asHandle)))
                .findFirst();
    }

    Origin own() {
        String origin = originOf(instance.baseUri().toString()).orElseThrow();
        return new Origin(origin, hub.name(), "@" + hub.username() + "@" + instance.authority(), origin + "/",
                blankless(hub.area()), false);
    }

    /** The hub an origin names, or the origin itself when it is no hub known here. */
    static Origin label(Map<String, Origin> known, String origin) {
        Origin found = known.get(origin);
        return found != null ? found : new Origin(origin, URI.create(origin).getAuthority(), null, origin + "/",
                null, false);
    }

    /** {@code scheme://host[:port]} of an absolute http(s) URI, lower-cased; the port stays (tests differ by it). */
    static Optional<String> originOf(String uri) {
        try {
            URI parsed = URI.create(uri);
            if (parsed.getScheme() == null || parsed.getHost() == null) {
                return Optional.empty();
            }
            String origin = parsed.getScheme().toLowerCase(Locale.ROOT) + "://"
                    + parsed.getHost().toLowerCase(Locale.ROOT);
            return Optional.of(parsed.getPort() < 0 ? origin : origin + ":" + parsed.getPort());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Nullable
    private static String blankless(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
