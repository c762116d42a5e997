package london.patchwork.server.events;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import london.patchwork.server.http.ApiError;
import london.patchwork.server.instance.HubConfiguration;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The hub's calendars for calendar apps: {@code /calendar.ics} (every event the hub holds, from
 * {@link #PAST_DAYS} days ago on), {@code /events/{id}.ics} (one event), {@code /events/categories/{slug}/calendar.ics}
 * and {@code /tags/{tag}/calendar.ics}. Apps poll these, so each answer has an ETag computed from a cheap version
 * query, and a matching {@code If-None-Match} is answered 304 before any event is read.
 */
@Controller
@Produces({"text/calendar", MediaType.APPLICATION_JSON})
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class CalendarFeedController {

    /** How far back the calendars reach: apps keep what they had, and a month's view needs its first weeks. */
    static final int PAST_DAYS = 90;
    /** The most events one calendar holds, soonest first. */
    static final int MAX_EVENTS = 10_000;
    static final String CACHE_CONTROL = "public, max-age=300";
    private static final int KEPT_CALENDARS = 3;
    private static final int MAX_KEPT_BYTES = 6 * 1024 * 1024;

    private final CalendarFeedRepository feeds;
    private final CalendarEventRepository events;
    private final EventCategoryRepository categories;
    private final CalendarFeedWriter writer;
    private final String hubName;
    /**
     * The last few calendars written, by ETag: calendar apps that do not send {@code If-None-Match} poll the same
     * unchanged calendar again and again, and are given the same bytes without the events being read.
     */
    private final Map<String, byte[]> recent = Collections.synchronizedMap(new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > KEPT_CALENDARS;
        }
    });

    public CalendarFeedController(CalendarFeedRepository feeds, CalendarEventRepository events,
                                  EventCategoryRepository categories, CalendarFeedWriter writer,
                                  HubConfiguration hub) {
        this.feeds = feeds;
        this.events = events;
        this.categories = categories;
        this.writer = writer;
        this.hubName = hub.name();
    }

    @Get("/calendar.ics")
    public MutableHttpResponse<?> hub(HttpRequest<?> request) {
        Instant from = from();
        return answer(request, "hub-" + feeds.allVersion(from), hubName,
                () -> feeds.all(from, MAX_EVENTS));
    }

    @Get("/events/{id}.ics")
    public MutableHttpResponse<?> event(HttpRequest<?> request, @PathVariable String id) {
        Optional<CalendarEvent> event = parseId(id).flatMap(events::findById).filter(found -> !found.deleted());
        if (event.isEmpty()) {
            return ApiError.of(HttpStatus.NOT_FOUND, "no such event");
        }
        CalendarEvent found = event.get();
        return answer(request, "event-" + found.id() + "-" + found.sequence() + "-"
                + found.updatedAt().toEpochMilli(), found.title(), () -> List.of(found));
    }

    @Get("/events/categories/{slug}/calendar.ics")
    public MutableHttpResponse<?> category(HttpRequest<?> request, @PathVariable String slug) {
        Optional<EventCategory> category = categories.findById(slug.toLowerCase(Locale.ROOT));
        if (category.isEmpty()) {
            return ApiError.of(HttpStatus.NOT_FOUND, "no such category");
        }
        Instant from = from();
        String key = category.get().slug();
        return answer(request, "category-" + key + "-" + feeds.categoryVersion(from, key),
                category.get().name() + " · " + hubName, () -> feeds.inCategory(from, key, MAX_EVENTS));
    }

    @Get("/tags/{tag}/calendar.ics")
    public MutableHttpResponse<?> tag(HttpRequest<?> request, @PathVariable String tag) {
        String name = tag.strip().toLowerCase(Locale.ROOT);
        if (name.startsWith("#")) {
            name = name.substring(1);
        }
        if (!name.matches("[\\p{L}\\p{N}_]{1,40}")) {
            return ApiError.of(HttpStatus.NOT_FOUND, "no such tag");
        }
        Instant from = from();
        String key = name;
        return answer(request, "tag-" + key + "-" + feeds.tagVersion(from, key), "#" + key + " · " + hubName,
                () -> feeds.tagged(from, key, MAX_EVENTS));
    }

    private MutableHttpResponse<?> answer(HttpRequest<?> request, String version, String name,
                                          Supplier<List<CalendarEvent>> list) {
        String etag = "\"" + HexFormat.of().formatHex(sha256(version + "|" + name), 0, 16) + "\"";
        if (EntityTags.matches(request.getHeaders().get("If-None-Match"), etag)) {
            return HttpResponse.notModified().header("ETag", etag).header("Cache-Control", CACHE_CONTROL);
        }
        byte[] body = recent.get(etag);
        if (body == null) {
            body = writer.write(name, list.get()).getBytes(StandardCharsets.UTF_8);
            if (body.length <= MAX_KEPT_BYTES) {
                recent.put(etag, body);
            }
        }
        return HttpResponse.ok(body).contentType(CalendarFeedWriter.CONTENT_TYPE).header("ETag", etag)
                .header("Cache-Control", CACHE_CONTROL);
    }

    private static Instant from() {
        return Instant.now().minus(Duration.ofDays(PAST_DAYS));
    }

    private static Optional<Long> parseId(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }

    private static byte[] sha256(String text) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
