package london.patchwork.server.events;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import london.patchwork.federation.delivery.PublicAddress;
import london.patchwork.federation.vocab.Accept;
import london.patchwork.federation.vocab.Activity;
import london.patchwork.federation.vocab.Announce;
import london.patchwork.federation.vocab.AssetFields;
import london.patchwork.federation.vocab.ActivityFields;
import london.patchwork.federation.vocab.ApObject;
import london.patchwork.federation.vocab.Create;
import london.patchwork.federation.vocab.Delete;
import london.patchwork.federation.vocab.Document;
import london.patchwork.federation.vocab.Event;
import london.patchwork.federation.vocab.EventFields;
import london.patchwork.federation.vocab.Extras;
import london.patchwork.federation.vocab.GenericObject;
import london.patchwork.federation.vocab.Hashtag;
import london.patchwork.federation.vocab.Join;
import london.patchwork.federation.vocab.Leave;
import london.patchwork.federation.vocab.MediaFields;
import london.patchwork.federation.vocab.ObjectFields;
import london.patchwork.federation.vocab.ObjectFieldsBuilder;
import london.patchwork.federation.vocab.Place;
import london.patchwork.federation.vocab.PostalAddress;
import london.patchwork.federation.vocab.Ref;
import london.patchwork.federation.vocab.Reject;
import london.patchwork.federation.vocab.Source;
import london.patchwork.federation.vocab.TentativeAccept;
import london.patchwork.federation.vocab.Tombstone;
import london.patchwork.federation.vocab.Update;
import london.patchwork.server.instance.Uris;
import london.patchwork.server.media.MediaService;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Local events as peers receive them: an {@code Event} shaped as Mobilizon and Gancio send it and FEP-8a8e describes
 * (start and end with the zone's offset and {@code timezone}, a {@code Place} with a {@code PostalAddress} and
 * coordinates, a {@code VirtualLocation} for the online link, Mobilizon's {@code ical:status}, schema.org's
 * {@code eventStatus}, capacity and counts). Mastodon drops {@code content} for Events, so {@code summary} says when
 * and where in words. Addressed to the public, cc the author's followers and the hub Group's followers.
 */
@Singleton
public class EventActivities {

    private static final String SCHEMA = "https://schema.org/";

    private final Uris uris;

    public EventActivities(Uris uris) {
        this.uris = uris;
    }

    /** An event's id and page are one URL: browsers get the page, fediverse software the Event. */
    public URI uri(long id) {
        return uris.page("/events/" + id);
    }

    /** How many hold a place, and how many places are left (null without a limit). */
    public record Counts(int participants, @Nullable Integer remaining) {
    }

    public Event document(CalendarEvent event, URI author, List<URI> audience, Counts counts,
                          @Nullable MediaService.Attachment image) {
        URI id = URI.create(event.uri());
        ObjectFieldsBuilder fields = ObjectFields.builder()
                .attributedTo(author)
                .name(event.title())
                .content(event.descriptionHtml())
                .mediaType("text/html")
                .source(Source.of(event.description(), "text/markdown"))
                .summary(EventWords.summary(event))
                .url(id)
                .published(event.createdAt())
                .updated(event.updatedAt())
                .startTime(OffsetDateTime.ofInstant(event.startsAt(), event.zone()))
                .to(PublicAddress.IRI)
                .cc(audience.toArray(URI[]::new));
        if (event.endsAt() != null) {
            fields.endTime(OffsetDateTime.ofInstant(event.endsAt(), event.zone()));
        }
        List<ApObject> locations = new ArrayList<>();
        if (event.hasPlace()) {
            locations.add(place(event));
        }
        if (event.online()) {
            locations.add(new GenericObject(null, "VirtualLocation", ObjectFields.builder().name("Online")
                    .url(URI.create(event.onlineUrl())).build(), Extras.EMPTY));
        }
        if (!locations.isEmpty()) {
            fields.location(locations.toArray(ApObject[]::new));
        }
        if (!event.tags().isEmpty()) {
            fields.tag(event.tags().stream().map(tag -> Hashtag.of(uris.tag(tag), "#" + tag))
                    .toArray(ApObject[]::new));
        }
        if (image != null) {
            ObjectFieldsBuilder picture = ObjectFields.builder().mediaType(image.mimeType())
                    .url(URI.create(image.url()));
            if (image.description() != null) {
                picture.name(image.description());
            }
            fields.attachment(new Document(null, picture.build(), new MediaFields(image.width(), image.height(),
                    image.blurhash(), null), Extras.EMPTY));
        }
        return new Event(id, fields.build(), new EventFields(event.timeZone(),
                event.joinMode().name().toLowerCase(Locale.ROOT), event.online() && !event.hasPlace(),
                event.category() == null ? null : event.category().toUpperCase(Locale.ROOT).replace('-', '_'),
                event.capacity(), counts.remaining(), counts.participants(), event.status().name(), true, false, null,
                SCHEMA + (event.cancelled() ? "EventCancelled" : "EventScheduled")), Extras.EMPTY);
    }

    private static Place place(CalendarEvent event) {
        boolean hasAddress = event.streetAddress() != null || event.locality() != null || event.postcode() != null
                || event.country() != null;
        PostalAddress address = hasAddress ? PostalAddress.of(event.streetAddress(), event.locality(),
                event.region(), event.postcode(), event.country()) : null;
        ObjectFields named = event.placeName() == null ? ObjectFields.EMPTY
                : ObjectFields.builder().name(event.placeName()).build();
        return new Place(null, named, event.latitude(), event.longitude(), null, null, null, null, address, null,
                AssetFields.EMPTY, Extras.EMPTY);
    }

    /** Who receives an event's activities: the author's followers and the hub Group's. */
    public List<URI> audience(String authorUsername, String hubUsername) {
        Set<URI> cc = new LinkedHashSet<>();
        cc.add(uris.followers(authorUsername));
        cc.add(uris.followers(hubUsername));
        return List.copyOf(cc);
    }

    public Create create(URI id, URI author, Event document) {
        return Activity.of(Create::new, id, author, Ref.of(document), addressedAs(document));
    }

    public Update update(URI id, URI author, Event document) {
        return Activity.of(Update::new, id, author, Ref.of(document), addressedAs(document));
    }

    /** The hub Group's boost of a member's event, by id: to the public, cc its author and the Group's followers. */
    public Announce announce(URI id, URI group, String groupUsername, URI event, URI author) {
        return Activity.of(Announce::new, id, group, Ref.to(event), ObjectFields.builder().to(PublicAddress.IRI)
                .cc(author, uris.followers(groupUsername)).published(Instant.now()).build());
    }

    public Tombstone tombstone(CalendarEvent event) {
        return new Tombstone(URI.create(event.uri()), ObjectFields.EMPTY, "Event", event.deletedAt(), Extras.EMPTY);
    }

    public Delete delete(URI id, URI author, CalendarEvent event, List<URI> audience) {
        return Activity.of(Delete::new, id, author, Ref.of(tombstone(event)), ObjectFields.builder()
                .to(PublicAddress.IRI).cc(audience.toArray(URI[]::new)).published(Instant.now()).build());
    }

    /** The answer to a remote {@code Join}: Accept, TentativeAccept or Reject of it, to the one who joined. */
    public Activity answer(RsvpAnswer answer, URI id, URI organiser, URI joinUri, URI joiner, URI event) {
        ObjectFields addressing = ObjectFields.builder().to(joiner).published(Instant.now()).build();
        ActivityFields fields = ActivityFields.of(organiser, joinUri).withTarget(event);
        return switch (answer) {
            case ACCEPT -> new Accept(id, addressing, fields, Extras.EMPTY);
            case TENTATIVE_ACCEPT -> new TentativeAccept(id, addressing, fields, Extras.EMPTY);
            case REJECT -> new Reject(id, addressing, fields, Extras.EMPTY);
        };
    }

    /**
     * A member's RSVP to a remote event, as Mobilizon sends one: {@code Join} of the event, to its organiser. "Maybe"
     * says so in the summary, which is how this hub reads a maybe (see {@code JoinEventHandler}).
     */
    public Join join(URI id, URI member, URI event, URI organiser, boolean maybe) {
        ObjectFieldsBuilder fields = ObjectFields.builder().to(organiser).published(Instant.now());
        if (maybe) {
            fields.summary("maybe");
        }
        return Activity.of(Join::new, id, member, Ref.to(event), fields.build());
    }

    /** A member takes back their RSVP to a remote event. */
    public Leave leave(URI id, URI member, URI event, URI organiser) {
        return Activity.of(Leave::new, id, member, Ref.to(event), ObjectFields.builder().to(organiser)
                .published(Instant.now()).build());
    }

    private static ObjectFields addressedAs(Event document) {
        return ObjectFields.builder().to(PublicAddress.IRI)
                .cc(document.fields().cc())
                .published(Instant.now()).build();
    }

    /** What the hub tells a remote actor who asked to join. */
    public enum RsvpAnswer {
        ACCEPT, TENTATIVE_ACCEPT, REJECT
    }
}
