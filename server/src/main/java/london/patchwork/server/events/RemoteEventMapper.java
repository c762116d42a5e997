package london.patchwork.server.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import london.patchwork.federation.vocab.ApObject;
import london.patchwork.federation.vocab.Event;
import london.patchwork.federation.vocab.EventFields;
import london.patchwork.federation.vocab.GenericObject;
import london.patchwork.federation.vocab.Hashtag;
import london.patchwork.federation.vocab.Place;
import london.patchwork.federation.vocab.PostalAddress;
import london.patchwork.federation.vocab.Ref;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.http.WebLinks;
import london.patchwork.server.moderation.Html;
import london.patchwork.server.moderation.HtmlSanitizer;

import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a peer sent as an {@code Event}, bounded and sanitised, as a row. Read as Mobilizon, Gancio and FEP-8a8e send
 * it: the address as a {@code PostalAddress} or a plain string; several locations (the first {@code Place} is the
 * place, the first {@code VirtualLocation} the online link, also when Gancio puts it as a Place's address); no end
 * time; no {@code timezone} (the start's offset is the zone then); Mobilizon's {@code ical:status} or schema.org's
 * {@code eventStatus}. Links that are not http(s) are dropped.
 */
@Singleton
class RemoteEventMapper {

    static final int MAX_TEXT = 200;
    static final int MAX_TAGS = 20;

    /** The row, or empty when the event has no start (nothing to put in a calendar). */
    Optional<CalendarEvent> fromRemote(long id, Event event, Actor author, @Nullable CalendarEvent existing,
                                       String raw) {
        if (event.fields().startTime() == null) {
            return Optional.empty();
        }
        EventFields extra = event.event() == null ? EventFields.EMPTY : event.event();
        Instant start = event.fields().startTime().toInstant();
        Instant end = event.fields().endTime() == null ? null : event.fields().endTime().toInstant();
        if (end != null && end.isBefore(start)) {
            end = null;
        }
        Place place = null;
        String online = null;
        for (Ref<ApObject> ref : event.fields().location()) {
            Optional<ApObject> location = ref.embedded();
            if (location.isEmpty()) {
                continue;
            }
            if (location.get() instanceof Place found) {
                String virtual = virtualAddress(found);
                if (virtual != null) {
                    online = online == null ? virtual : online;
                } else if (place == null) {
                    place = found;
                }
            } else if (location.get() instanceof GenericObject virtual && "VirtualLocation".equals(virtual.type())
                    && online == null) {
                online = link(firstUrl(virtual.fields().url()));
            }
        }
        PostalAddress address = place == null ? null : place.address();
        Double latitude = place == null ? null : place.latitude();
        Double longitude = place == null ? null : place.longitude();
        if (latitude == null || longitude == null || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
            latitude = null;
            longitude = null;
        }
        String html = event.fields().content() == null ? "" : HtmlSanitizer.clean(event.fields().content());
        Instant now = EventService.now();
        return Optional.of(new CalendarEvent(id, event.id().toString(), false,
                author.id(), link(firstUrl(event.fields().url())), bounded(Optional.ofNullable(event.fields().name())
                .filter(name -> !name.isBlank()).orElse("Untitled event")), "", html == null ? "" : html,
                event.fields().summary() == null ? null : bounded(Html.plainText(event.fields().summary()), 2_000),
                start, end, zone(extra.timezone(), event), false, null, 1, null, null, List.of(),
                place == null ? null : bounded(place.fields().name()),
                address != null ? bounded(address.streetAddress())
                        : place == null ? null : bounded(place.addressText()),
                address == null ? null : bounded(address.addressLocality()),
                address == null ? null : bounded(address.addressRegion()),
                address == null ? null : bounded(address.postalCode()),
                address == null ? null : bounded(address.addressCountry()), latitude, longitude, online, List.of(),
                extra.category() == null ? null : bounded(extra.category().toLowerCase(Locale.ROOT)), tags(event),
                extra.maximumAttendeeCapacity() == null || extra.maximumAttendeeCapacity() <= 0 ? null
                        : extra.maximumAttendeeCapacity(), joinMode(extra.joinMode()), null, status(extra), null,
                image(event), imageName(event), extra.participantCount(),
                existing == null ? 0 : existing.sequence() + 1, null, null, null, raw,
                existing == null ? now : existing.createdAt(), now, null));
    }

    /** Gancio's online place: a Place whose address is a VirtualLocation. */
    @Nullable
    private static String virtualAddress(Place place) {
        Optional<JsonNode> address = place.extra() == null ? Optional.empty() : place.extra().get("address");
        if (address.isPresent() && address.get().isObject()
                && "VirtualLocation".equals(address.get().path("type").asText())) {
            JsonNode url = address.get().path("url");
            if (!url.isTextual()) {
                return null;
            }
            try {
                return link(URI.create(url.asText()));
            } catch (IllegalArgumentException malformed) {
                return null;
            }
        }
        return null;
    }

    private static String zone(@Nullable String timezone, Event event) {
        if (timezone != null) {
            try {
                return ZoneId.of(timezone).getId();
            } catch (DateTimeException e) {
                // an unknown name: fall back to the offset the start was written with
            }
        }
        return event.fields().startTime().getOffset().getId();
    }

    private static List<String> tags(Event event) {
        List<String> tags = new ArrayList<>();
        for (Hashtag tag : event.fields().hashtags()) {
            String name = tag.name() == null ? "" : tag.name().replaceFirst("^#", "").toLowerCase(Locale.ROOT);
            if (name.matches("[\\p{L}\\p{N}_]{1,40}") && !tags.contains(name)) {
                tags.add(name);
            }
            if (tags.size() == MAX_TAGS) {
                break;
            }
        }
        return tags;
    }

    private static JoinMode joinMode(@Nullable String mode) {
        return switch (mode == null ? "" : mode.toLowerCase(Locale.ROOT)) {
            case "restricted", "invite" -> JoinMode.RESTRICTED;
            case "external" -> JoinMode.EXTERNAL;
            default -> JoinMode.FREE;
        };
    }

    private static EventStatus status(EventFields fields) {
        String ical = fields.status() == null ? "" : fields.status().toUpperCase(Locale.ROOT);
        String schema = fields.eventStatus() == null ? "" : fields.eventStatus();
        if (ical.equals("CANCELLED") || schema.endsWith("EventCancelled")) {
            return EventStatus.CANCELLED;
        }
        return ical.equals("TENTATIVE") || schema.endsWith("EventPostponed") ? EventStatus.TENTATIVE
                : EventStatus.CONFIRMED;
    }

    @Nullable
    private static String image(Event event) {
        return firstImage(event).map(image -> link(firstUrl(image.fields().url()))).orElse(null);
    }

    @Nullable
    private static String imageName(Event event) {
        return firstImage(event).map(image -> bounded(image.fields().name(), 1_500)).orElse(null);
    }

    private static Optional<london.patchwork.federation.vocab.AsObject> firstImage(Event event) {
        return event.fields().attachment().stream().map(Ref::embedded).flatMap(Optional::stream)
                .filter(london.patchwork.federation.vocab.AsObject.class::isInstance)
                .map(london.patchwork.federation.vocab.AsObject.class::cast)
                .filter(found -> found.fields().mediaType() == null || found.fields().mediaType().startsWith("image/"))
                .filter(found -> link(firstUrl(found.fields().url())) != null).findFirst();
    }

    @Nullable
    private static URI firstUrl(List<Ref<ApObject>> urls) {
        return urls.isEmpty() ? null : urls.getFirst().id();
    }

    @Nullable
    private static String link(@Nullable URI uri) {
        return WebLinks.orNull(uri);
    }

    @Nullable
    private static String bounded(@Nullable String text) {
        return bounded(text, MAX_TEXT);
    }

    @Nullable
    private static String bounded(@Nullable String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String plain = text.strip();
        return plain.length() <= max ? plain : plain.substring(0, max - 1) + "…";
    }
}
