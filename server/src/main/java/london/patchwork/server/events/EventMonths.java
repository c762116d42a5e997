package london.patchwork.server.events;

import jakarta.inject.Singleton;
import london.patchwork.server.instance.Uris;
import london.patchwork.server.site.SiteContext;
import london.patchwork.web.events.EventCard;
import london.patchwork.web.events.EventMonthView;
import london.patchwork.web.layout.PageMeta;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A month of events as a table, Monday first, recurring events on each of their days, in London time. */
@Singleton
class EventMonths {

    private static final ZoneId LONDON = ZoneId.of(EventInput.DEFAULT_ZONE);
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private final CalendarEventRepository events;
    private final EventPages pages;
    private final SiteContext site;
    private final Uris uris;

    EventMonths(CalendarEventRepository events, EventPages pages, SiteContext site, Uris uris) {
        this.events = events;
        this.pages = pages;
        this.site = site;
        this.uris = uris;
    }

    EventMonthView month(YearMonth month, boolean canCreate) {
        LocalDate first = month.atDay(1);
        LocalDate after = month.plusMonths(1).atDay(1);
        Map<LocalDate, List<Occurrence>> byDay = new LinkedHashMap<>();
        List<CalendarEvent> candidates = new ArrayList<>(events.overlapping(first.atStartOfDay(LONDON).toInstant(),
                after.atStartOfDay(LONDON).toInstant(), 1_000, 0));
        for (CalendarEvent recurring : events.recurringBefore(after.atStartOfDay(LONDON).toInstant())) {
            if (candidates.stream().noneMatch(found -> found.id().equals(recurring.id()))) {
                candidates.add(recurring);
            }
        }
        for (CalendarEvent event : candidates) {
            for (LocalDateTime start : Occurrences.between(event, first, after)) {
                LocalDateTime inLondon = start.atZone(event.zone()).withZoneSameInstant(LONDON).toLocalDateTime();
                byDay.computeIfAbsent(inLondon.toLocalDate(), ignored -> new ArrayList<>())
                        .add(new Occurrence(inLondon, event));
            }
        }
        LocalDate today = LocalDate.now(LONDON);
        List<EventMonthView.Week> weeks = new ArrayList<>();
        List<EventMonthView.Day> days = new ArrayList<>();
        for (int blank = 1; blank < first.getDayOfWeek().getValue(); blank++) {
            days.add(new EventMonthView.Day(0, "", "", false, List.of()));
        }
        for (LocalDate day = first; day.isBefore(after); day = day.plusDays(1)) {
            List<EventCard> cards = byDay.getOrDefault(day, List.of()).stream()
                    .sorted(Comparator.comparing(Occurrence::start)).map(occurrence -> {
                        EventCard card = pages.card(occurrence.event());
                        return new EventCard(card.id(), card.url(), card.title(), card.when(),
                                occurrence.event().allDay() ? "" : TIME.format(occurrence.start()), card.where(),
                                card.online(), card.status(), card.category());
                    }).toList();
            days.add(new EventMonthView.Day(day.getDayOfMonth(), day.toString(), DAY.format(day), day.equals(today),
                    cards));
            if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                weeks.add(new EventMonthView.Week(List.copyOf(days)));
                days.clear();
            }
        }
        if (!days.isEmpty()) {
            while (days.size() < 7) {
                days.add(new EventMonthView.Day(0, "", "", false, List.of()));
            }
            weeks.add(new EventMonthView.Week(List.copyOf(days)));
        }
        YearMonth previous = month.minusMonths(1);
        YearMonth next = month.plusMonths(1);
        String path = "/events/" + month.getYear() + "/" + month.getMonthValue();
        return new EventMonthView(site.site(), PageMeta.of("Events in " + LABEL.format(month), "Events of "
                        + site.site().hubName() + " in " + LABEL.format(month), uris.page(path).toString()),
                LABEL.format(month), link(previous), LABEL.format(previous), link(next), LABEL.format(next), weeks,
                canCreate);
    }

    private static String link(YearMonth month) {
        return "/events/" + month.getYear() + "/" + month.getMonthValue();
    }

    private record Occurrence(LocalDateTime start, CalendarEvent event) {
    }
}
