package london.patchwork.federation.vocab;

import java.net.URI;

/**
 * Anything Patchwork reads from or writes to the fediverse: an ActivityStreams Object
 * ({@link AsObject}), a Link ({@link LinkLike}), a schema.org value peers embed
 * ({@link PropertyValue}, {@link PostalAddress}) or a key ({@link PublicKey}, {@link Multikey}), which
 * is also what a key id dereferences to when a peer serves keys as documents of their own.
 *
 * <p>The hierarchy is sealed, so a {@code switch} over it is checked for completeness; a type we do
 * not model arrives as {@link GenericObject} or {@link GenericActivity} rather than as an error.
 */
public sealed interface ApObject permits AsObject, LinkLike, PropertyValue, PostalAddress, PublicKey, Multikey {

    /** @return the object's IRI; null for an anonymous embedded value (an icon, an address) */
    URI id();

    /**
     * @return the ActivityStreams type name this record stands for ({@code Note}, {@code Follow});
     *         null only for an untyped {@link GenericObject} and for a {@link PublicKey} that declares
     *         no type (an actor's key usually does not). Other entries of a {@code type} array are in
     *         {@link Extras#types()}.
     */
    String type();

    /** @return the properties and types this record does not model, kept to be written back */
    Extras extra();
}
