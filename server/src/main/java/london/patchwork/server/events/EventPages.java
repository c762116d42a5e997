package london.patchwork.server.events;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import london.patchwork.server.instance.Uris;
import london.patchwork.server.posts.ProfilePostsService;
import london.patchwork.server.site.SiteContext;
import london.patchwork.web.events.EventAttendeesView;
import london.patchwork.web.events.EventCard;
import london.patchwork.web.events.EventFormView;
import london.patchwork.web.events.EventListView;
import london.patchwork.web.events.EventPageView;
import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.posts.Stream;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The events pages as view models for {@code web/events/}. */
@Singleton
class EventPages {

    static final int PAGE_SIZE = 20;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final DateTimeFormatter NEXT = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);
    private static final DateTimeFormatter ANSWERED = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK)
            .withZone(ZoneId.of(EventInput.DEFAULT_ZONE));

    private final EventService events;
    private final EventViews views;
    private final RsvpRepository rsvps;
    private final EventCategoryRepository categories;
    private final ProfilePostsService posts;
    private final SiteContext site;
    private final Uris uris;
    private final CalendarSubscriptionService subscriptions;

    EventPages(EventService events, EventViews views, RsvpRepository rsvps, EventCategoryRepository categories,
               ProfilePostsService posts, SiteContext site, Uris uris, CalendarSubscriptionService subscriptions) {
        this.subscriptions = subscriptions;
        this.events = events;
        this.views = views;
        this.rsvps = rsvps;
        this.categories = categories;
        this.posts = posts;
        this.site = site;
        this.uris = uris;
    }

    EventListView upcoming(int page, boolean canCreate) {
        Instant now = Instant.now();
        List<CalendarEvent> found = events.between(now, Instant.parse("9999-12-31T00:00:00Z"), PAGE_SIZE + 1,
                page * PAGE_SIZE);
        return list(false, found, page, canCreate, page == 0 ? regular(now, found) : List.of());
    }

    /**
     * Series that began before now and still have dates to come (a weekly meetup running since spring): listed by
     * their next date, since their first one, by which the list is ordered, has passed.
     */
    private List<EventCard> regular(Instant now, List<CalendarEvent> listed) {
        LocalDate today = LocalDate.now(ZoneId.of(EventInput.DEFAULT_ZONE));
        return events.seriesBegunBefore(now).stream()
                .filter(series -> listed.stream().noneMatch(event -> event.id().equals(series.id())))
                .filter(series -> series.status() != EventStatus.CANCELLED)
                .flatMap(series -> Occurrences.between(series, today, today.plusYears(1)).stream().findFirst()
                        .map(next -> Map.entry(series, next)).stream())
                .sorted(Map.Entry.comparingByValue())
                .map(entry -> {
                    EventCard card = card(entry.getKey());
                    return new EventCard(card.id(), card.url(), card.title(), "Next on "
                            + NEXT.format(entry.getValue()) + " · " + EventWords.repeats(entry.getKey()),
                            card.time(), card.where(), card.online(), card.status(), card.category());
                })
                .toList();
    }

    EventListView past(int page, boolean canCreate) {
        return list(true, events.past(Instant.now(), PAGE_SIZE + 1, page * PAGE_SIZE), page, canCreate, List.of());
    }

    private EventListView list(boolean past, List<CalendarEvent> found, int page, boolean canCreate,
                               List<EventCard> regular) {
        String path = past ? "/events/past" : "/events";
        String older = found.size() > PAGE_SIZE ? path + "?page=" + (page + 1) : null;
        LocalDate today = LocalDate.now(ZoneId.of(EventInput.DEFAULT_ZONE));
        return new EventListView(site.site(), PageMeta.of(past ? "Past events" : "Events", (past ? "Past events"
                        : "Upcoming events") + " of " + site.site().hubName(), uris.page(path).toString()), past,
                found.stream().limit(PAGE_SIZE).map(this::card).toList(), older,
                "/events/" + today.getYear() + "/" + today.getMonthValue(), canCreate,
                "webcal://" + uris.base().getRawAuthority() + "/calendar.ics", regular);
    }

    EventCard card(CalendarEvent event) {
        return new EventCard(Long.toString(event.id()), "/events/" + event.id(), event.title(), EventWords.when(event),
                event.allDay() ? "" : TIME.format(event.localStart()), EventWords.where(event), event.online(),
                event.status().name().toLowerCase(Locale.ROOT), event.category() == null ? "" : event.category());
    }

    EventPageView page(CalendarEvent event, EventEditor viewer, boolean member, String formToken) {
        String uri = event.uri();
        EventJson.Full json = views.full(event);
        Optional<Rsvp> mine = viewer.actorId() == null ? Optional.empty()
                : rsvps.findByEventIdAndActorId(event.id(), viewer.actorId());
        String coordinates = event.latitude() == null ? null
                : String.format(Locale.ROOT, "%.5f, %.5f", event.latitude(), event.longitude());
        String map = event.latitude() == null ? null : String.format(Locale.ROOT,
                "https://www.openstreetmap.org/?mlat=%.5f&mlon=%.5f#map=17/%.5f/%.5f", event.latitude(),
                event.longitude(), event.latitude(), event.longitude());
        PageMeta meta = new PageMeta(event.title(), EventWords.summary(event), views.page(event),
                event.local() ? uri : null);
        Stream discussion = posts.repliesTo(uri);
        return new EventPageView(site.site(), meta, Long.toString(event.id()), event.title(),
                event.status().name().toLowerCase(Locale.ROOT), EventWords.when(event), EventWords.repeats(event),
                EventWords.where(event), coordinates, map, event.onlineUrl(),
                event.joinMode() == JoinMode.EXTERNAL ? event.externalJoinUrl() : null, event.descriptionHtml(),
                categoryName(event.category()), event.tags(), json.image() == null ? null : json.image().url(),
                json.image() == null ? null : json.image().description(), views.organiserNames(event),
                json.participantCount(), json.remainingCapacity(), json.maybeCount(), json.waitingCount(),
                json.icalUrl(), event.local() ? null : event.url() != null ? event.url() : null,
                mine.map(rsvp -> rsvp.response().name().toLowerCase(Locale.ROOT)).orElse(""),
                mine.map(rsvp -> rsvp.standing().name().toLowerCase(Locale.ROOT)).orElse(""),
                Attendance.closedBecause(event),
                member && viewer.actorId() != null, viewer.mayChange(event), formToken, discussion,
                subscriptions.sourceOf(event).map(CalendarSubscriptionService.Source::name).orElse(null),
                // Never the subscription's own address: feed URLs often carry a secret token.
                subscriptions.sourceOf(event).map(CalendarSubscriptionService.Source::eventUrl).orElse(null));
    }

    EventFormView form(boolean creating, @Nullable CalendarEvent event, EventInput typed, Map<String, String> errors,
                       String formToken) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("title", typed.title());
        values.put("description", typed.description());
        values.put("start", typed.start());
        values.put("end", typed.end());
        values.put("all_day", Boolean.toString(typed.allDay()));
        values.put("time_zone", typed.timeZone());
        values.put("recurrence", typed.recurrence());
        values.put("recurrence_interval", typed.recurrenceInterval());
        values.put("recurrence_until", typed.recurrenceUntil());
        values.put("recurrence_count", typed.recurrenceCount());
        values.put("exception_dates", typed.exceptionDates());
        values.put("place_name", typed.placeName());
        values.put("street_address", typed.streetAddress());
        values.put("locality", typed.locality());
        values.put("postcode", typed.postcode());
        values.put("country", typed.country());
        values.put("latitude", typed.latitude());
        values.put("longitude", typed.longitude());
        values.put("online_url", typed.onlineUrl());
        values.put("organisers", typed.organisers());
        values.put("capacity", typed.capacity());
        values.put("join_mode", typed.joinMode().isEmpty() ? "free" : typed.joinMode());
        values.put("external_join_url", typed.externalJoinUrl());
        values.put("category", typed.category());
        values.put("tags", typed.tags());
        values.put("status", typed.status().isEmpty() ? "confirmed" : typed.status());
        values.put("image_id", typed.imageId());
        values.put("image_description", typed.imageDescription());
        String path = creating ? "/events/new" : "/events/" + event.id() + "/edit";
        PageMeta meta = PageMeta.of(creating ? "Create an event" : "Edit " + event.title(),
                creating ? "Create an event" : "Edit the event " + event.title(), uris.page(path).toString());
        return new EventFormView(site.site(), meta, formToken, creating, event == null ? "" : Long.toString(event.id()),
                values, errors, categories.listed().stream()
                .map(category -> new EventFormView.Option(category.slug(), category.name())).toList());
    }

    EventAttendeesView attendees(CalendarEvent event, List<Attendees.Row> rows, String formToken) {
        return new EventAttendeesView(site.site(), PageMeta.of("Who is coming to " + event.title(),
                "The answers to " + event.title(), uris.page("/events/" + event.id() + "/attendees").toString()),
                Long.toString(event.id()), event.title(), rows.stream().map(row -> new EventAttendeesView.Row(
                        Long.toString(row.rsvpId()), row.name(), row.handle(),
                        row.rsvp().response().name().toLowerCase(Locale.ROOT),
                        row.rsvp().standing().name().toLowerCase(Locale.ROOT), row.rsvp().local(),
                        ANSWERED.format(row.rsvp().updatedAt()))).toList(),
                "/api/patchwork/events/" + event.id() + "/attendees.csv", formToken);
    }

    private String categoryName(@Nullable String slug) {
        return slug == null ? "" : categories.findById(slug).map(EventCategory::name).orElse(slug);
    }
}
