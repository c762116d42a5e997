package london.patchwork.server.events;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.LocalActors;
import london.patchwork.server.media.MediaService;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns what a member typed into a draft the service stores: {@link EventInput#check} for the values, then what
 * needs the database (organisers are members here, the category is one of the hub's, the image is the author's own).
 */
@Singleton
class EventDrafts {

    private final LocalActors localActors;
    private final EventCategoryRepository categories;
    private final MediaService media;

    EventDrafts(LocalActors localActors, EventCategoryRepository categories, MediaService media) {
        this.localActors = localActors;
        this.categories = categories;
        this.media = media;
    }

    EventDraft check(EventInput input, long authorId, @Nullable CalendarEvent existing) {
        EventInput.Checked checked = input.check();
        Map<String, String> errors = new LinkedHashMap<>(checked.errors());
        Set<Long> organisers = new LinkedHashSet<>();
        organisers.add(authorId);
        for (String name : input.organiserNames()) {
            Optional<Actor> member = localActors.find(name).filter(actor -> "Person".equals(actor.type()));
            if (member.isEmpty()) {
                errors.put("organisers", "No member here is called " + name + ".");
            } else {
                organisers.add(member.get().id());
            }
        }
        String category = checked.draft() == null ? null : checked.draft().category();
        if (category != null && categories.findById(category).isEmpty()) {
            errors.put("category", "Choose one of the hub's categories: " + String.join(", ",
                    categories.listed().stream().map(EventCategory::slug).toList()) + ".");
        }
        Long image = existing == null ? null : existing.imageMediaId();
        if (!input.imageId().isEmpty()) {
            Optional<MediaService.Attachment> own = media.findOwn(authorId, input.imageId());
            if (own.isEmpty()) {
                errors.put("image_id", "image_id names no image you uploaded.");
            } else {
                image = own.get().id();
            }
        }
        if (!errors.isEmpty()) {
            throw new EventService.Invalid(errors);
        }
        return checked.draft().withOrganisers(new ArrayList<>(organisers)).withImage(image);
    }

    /** The event with the draft's values, its sequence bumped. */
    static CalendarEvent apply(EventDraft draft, CalendarEvent base, Instant now) {
        EventPlace place = draft.place();
        return new CalendarEvent(base.id(), base.uri(), base.local(), base.authorId(), base.url(), draft.title(),
                draft.description(), EventMarkdown.toHtml(draft.description()), base.summary(), draft.startsAt(),
                draft.endsAt(), draft.timeZone(), draft.allDay(), draft.recurrenceFrequency(),
                draft.recurrenceInterval(), draft.recurrenceUntil(), draft.recurrenceCount(),
                draft.exceptionDates().stream().map(LocalDate::toString).toList(), place.name(),
                place.streetAddress(), place.locality(), place.region(), place.postcode(), place.country(),
                place.latitude(), place.longitude(), draft.onlineUrl(),
                draft.organiserIds().isEmpty() ? List.of(base.authorId()) : draft.organiserIds(), draft.category(),
                draft.tags(), draft.capacity(), draft.joinMode(), draft.externalJoinUrl(), draft.status(),
                draft.imageMediaId(), base.imageUrl(), draft.imageDescription(), base.remoteParticipantCount(),
                base.sequence() + 1, draft.sourceSubscriptionId() != null ? draft.sourceSubscriptionId()
                : base.sourceSubscriptionId(), draft.sourceUid() != null ? draft.sourceUid() : base.sourceUid(),
                draft.sourceUrl() != null ? draft.sourceUrl() : base.sourceUrl(), base.raw(), base.createdAt(), now,
                base.deletedAt());
    }
}
