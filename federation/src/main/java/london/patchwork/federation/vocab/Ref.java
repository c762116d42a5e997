package london.patchwork.federation.vocab;

import java.net.URI;
import java.util.Optional;

/**
 * A property value that is either a bare IRI or an embedded object, as ActivityStreams allows
 * almost everywhere ({@code "object": "https://..."} or {@code "object": {...}}). Code that only
 * needs the identity calls {@link #id()}; code that can use an embedded copy asks {@link #embedded()}
 * (and must still treat it as a claim until it has checked the object's origin).
 *
 * @param <T> the kind of object expected
 */
public sealed interface Ref<T extends ApObject> {

    /**
     * @return the IRI referred to: the bare IRI, the embedded object's {@code id}, or for an embedded
     *         Link without an id its {@code href}; null only for an anonymous embedded object
     */
    URI id();

    /** @return the embedded object, if the value was one */
    Optional<T> embedded();

    /** @return the embedded object if it is of the given type */
    default <U extends ApObject> Optional<U> embedded(Class<U> type) {
        return embedded().filter(type::isInstance).map(type::cast);
    }

    /** @return a reference by IRI */
    static <T extends ApObject> Ref<T> to(URI id) {
        return new ById<>(id);
    }

    /** @return a reference that embeds {@code object} */
    static <T extends ApObject> Ref<T> of(T object) {
        return new Embedded<>(object);
    }

    /**
     * A bare IRI.
     *
     * @param id  the IRI
     * @param <T> the kind of object expected
     */
    record ById<T extends ApObject>(URI id) implements Ref<T> {
        /** Refuses a null IRI: a reference always names something. */
        public ById {
            java.util.Objects.requireNonNull(id, "id");
        }

        @Override
        public Optional<T> embedded() {
            return Optional.empty();
        }
    }

    /**
     * An embedded object.
     *
     * @param object the object
     * @param <T>    the kind of object
     */
    record Embedded<T extends ApObject>(T object) implements Ref<T> {
        /** Refuses a null object. */
        public Embedded {
            java.util.Objects.requireNonNull(object, "object");
        }

        @Override
        public URI id() {
            if (object.id() == null && object instanceof LinkLike link) {
                return link.href();
            }
            return object.id();
        }

        @Override
        public Optional<T> embedded() {
            return Optional.of(object);
        }
    }
}
