package london.patchwork.server.livinglab;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import london.patchwork.federation.vocab.Activity;
import london.patchwork.federation.vocab.ActivityJson;
import london.patchwork.federation.vocab.Addressing;
import london.patchwork.federation.vocab.ApObject;
import london.patchwork.federation.vocab.Create;
import london.patchwork.federation.vocab.Extras;
import london.patchwork.federation.vocab.Follow;
import london.patchwork.federation.vocab.Join;
import london.patchwork.federation.vocab.Like;
import london.patchwork.federation.vocab.Mention;
import london.patchwork.federation.vocab.Note;
import london.patchwork.federation.vocab.ObjectFields;
import london.patchwork.federation.vocab.Ref;

/**
 * Writes the residents' activities as Mastodon would (and a {@code Join} as Mobilizon does) and keeps each one, and
 * each note, so that a hub that fetches its id gets it. Thread-safe.
 */
final class ResidentActivities {

    /** An activity ready to send: its id, its body, and the id of the note it creates (null for none). */
    record Written(URI id, byte[] body, URI note) {
    }

    private final ActivityJson json;
    private final AtomicLong sequence = new AtomicLong();
    private final Map<String, byte[]> served = new ConcurrentHashMap<>();
    private final AtomicLong notes = new AtomicLong();

    ResidentActivities(ActivityJson json) {
        this.json = json;
    }

    Written follow(Resident resident, URI actor) {
        URI id = resident.activity(sequence.incrementAndGet());
        return keep(Activity.of(Follow::new, id, resident.id(), Ref.to(actor), ObjectFields.EMPTY));
    }

    /** A public reply that mentions the author it answers; the Note is kept under its own id too. */
    Written reply(Resident resident, URI inReplyTo, URI inReplyToActor, String text) {
        long n = sequence.incrementAndGet();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Note note = new Note(resident.status(n), ObjectFields.builder()
                .attributedTo(resident.id())
                .content("<p>" + escape(text) + "</p>")
                .to(Addressing.PUBLIC)
                .cc(resident.followers(), inReplyToActor)
                .inReplyTo(inReplyTo)
                .published(now)
                .tag(Mention.of(inReplyToActor, handle(inReplyToActor)))
                .build(), Extras.EMPTY);
        served.put(note.id().getRawPath(), json.write(note));
        notes.incrementAndGet();
        ObjectFields addressing = ObjectFields.builder().to(Addressing.PUBLIC)
                .cc(resident.followers(), inReplyToActor).published(now).build();
        Written create = keep(Activity.of(Create::new, resident.activity(n), resident.id(), Ref.<ApObject>of(note),
                addressing));
        return new Written(create.id(), create.body(), note.id());
    }

    Written like(Resident resident, URI object) {
        URI id = resident.activity(sequence.incrementAndGet());
        return keep(Activity.of(Like::new, id, resident.id(), Ref.to(object), ObjectFields.EMPTY));
    }

    /** "Going", as Mobilizon says it: a {@code Join} of the event, addressed to its organiser. */
    Written join(Resident resident, URI event, URI eventActor) {
        URI id = resident.activity(sequence.incrementAndGet());
        return keep(Activity.of(Join::new, id, resident.id(), Ref.to(event),
                ObjectFields.builder().to(eventActor).build()));
    }

    /** A kept activity or note by its path, for GET. */
    Optional<byte[]> served(String path) {
        return Optional.ofNullable(served.get(path));
    }

    long notes() {
        return notes.get();
    }

    private Written keep(Activity activity) {
        byte[] body = json.write(activity);
        served.put(activity.id().getRawPath(), body);
        return new Written(activity.id(), body, null);
    }

    /** {@code @name@host:port} from an actor id's last path segment, which is the username on Patchwork and Mastodon. */
    private static String handle(URI actor) {
        String path = actor.getPath() == null ? "" : actor.getPath();
        String name = path.substring(path.lastIndexOf('/') + 1);
        return "@" + name + "@" + actor.getRawAuthority();
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
