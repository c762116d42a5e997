package london.patchwork.federation.vocab;

import java.net.URI;
import java.util.List;

/**
 * What makes an Activity: who did it to what. Each is a list because ActivityStreams allows
 * several values (Mastodon's {@code Flag} lists an account and statuses as {@code object});
 * {@link Activity} has accessors for the usual single value.
 *
 * @param actor      who performed it
 * @param object     what it acts on
 * @param target     where it puts the object ({@code Add}, {@code Move})
 * @param origin     where it takes the object from ({@code Remove}, {@code Move})
 * @param result     what it produced
 * @param instrument what it used
 */
public record ActivityFields(
        List<Ref<ApObject>> actor, List<Ref<ApObject>> object, List<Ref<ApObject>> target,
        List<Ref<ApObject>> origin, List<Ref<ApObject>> result, List<Ref<ApObject>> instrument) {

    /** No actor, no object. */
    public static final ActivityFields EMPTY = new ActivityFields(null, null, null, null, null, null);

    /** Copies lists and maps, so the record is immutable; null stands for empty. */
    public ActivityFields {
        actor = Lists.copy(actor);
        object = Lists.copy(object);
        target = Lists.copy(target);
        origin = Lists.copy(origin);
        result = Lists.copy(result);
        instrument = Lists.copy(instrument);
    }

    /**
     * @param actor  who performs the activity
     * @param object what it acts on
     * @return {@code actor} acting on the object {@code object} refers to
     */
    public static ActivityFields of(URI actor, Ref<ApObject> object) {
        return new ActivityFields(List.of(Ref.to(actor)), List.of(object), null, null, null, null);
    }

    /**
     * @param actor  who performs the activity
     * @param object the IRI of what it acts on
     * @return {@code actor} acting on the object with IRI {@code object}
     */
    public static ActivityFields of(URI actor, URI object) {
        return of(actor, Ref.to(object));
    }

    /**
     * @param actor  who performs the activity
     * @param object what it acts on, to embed
     * @return {@code actor} acting on {@code object}, embedded
     */
    public static ActivityFields of(URI actor, ApObject object) {
        return of(actor, Ref.of(object));
    }

    /**
     * @param target the target's IRI
     * @return these fields with {@code target} set to one IRI
     */
    public ActivityFields withTarget(URI target) {
        return new ActivityFields(actor, object, List.of(Ref.to(target)), origin, result, instrument);
    }

    /**
     * @param origin the origin's IRI
     * @return these fields with {@code origin} set to one IRI
     */
    public ActivityFields withOrigin(URI origin) {
        return new ActivityFields(actor, object, target, List.of(Ref.to(origin)), result, instrument);
    }
}
