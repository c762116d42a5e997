package london.patchwork.federation.vocab;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An Activity: one of the sixteen Patchwork handles, or a {@link GenericActivity} for any other type
 * that has an actor ({@code Block}, {@code Invite}, ...). The accessors give the server one way to
 * ask every activity who did what to whom.
 */
public sealed interface Activity extends AsObject
        permits Create, Update, Delete, Follow, Accept, Reject, TentativeAccept, Undo, Announce, Like, Add,
        Remove, Flag, Move, Join, Leave, GenericActivity {

    /** @return the activity properties */
    ActivityFields activityFields();

    /** @return the (first) actor */
    default Optional<Ref<ApObject>> actor() {
        return Lists.first(activityFields().actor());
    }

    /** @return the (first) object */
    default Optional<Ref<ApObject>> object() {
        return Lists.first(activityFields().object());
    }

    /** @return every object ({@code Flag} and poll-vote {@code Create}s carry several) */
    default List<Ref<ApObject>> objects() {
        return activityFields().object();
    }

    /** @return the (first) target */
    default Optional<Ref<ApObject>> target() {
        return Lists.first(activityFields().target());
    }

    /** @return the (first) origin */
    default Optional<Ref<ApObject>> origin() {
        return Lists.first(activityFields().origin());
    }

    /** @return primary recipients */
    default List<Ref<ApObject>> to() {
        return fields().to();
    }

    /** @return secondary recipients */
    default List<Ref<ApObject>> cc() {
        return fields().cc();
    }

    /** @return blind primary recipients */
    default List<Ref<ApObject>> bto() {
        return fields().bto();
    }

    /** @return blind secondary recipients */
    default List<Ref<ApObject>> bcc() {
        return fields().bcc();
    }

    /** @return FEP-1b12 audience */
    default List<Ref<ApObject>> audience() {
        return fields().audience();
    }

    /** @return when it was published, or null */
    default Instant published() {
        return fields().published();
    }

    /**
     * The canonical constructor of an activity record, e.g. {@code Create::new}.
     *
     * @param <A> the activity type
     */
    @FunctionalInterface
    interface Constructor<A extends Activity> {
        /**
         * @param id             the activity's IRI
         * @param fields         its object properties
         * @param activityFields actor, object, target, origin
         * @param extra          properties not modelled
         * @return a new activity
         */
        A create(URI id, ObjectFields fields, ActivityFields activityFields, Extras extra);
    }

    /**
     * Builds an activity by {@code actor} on {@code object}, e.g.
     * {@code Activity.of(Create::new, id, hub, note, addressing)}.
     *
     * @param type   the record's constructor
     * @param id     the activity's IRI
     * @param actor  who performs it
     * @param object what it acts on, embedded or by IRI
     * @param fields addressing, {@code published} and other object properties
     * @param <A>    the activity type
     * @return the activity
     */
    static <A extends Activity> A of(Constructor<A> type, URI id, URI actor, Ref<ApObject> object, ObjectFields fields) {
        return type.create(id, fields, ActivityFields.of(actor, object), Extras.EMPTY);
    }
}
