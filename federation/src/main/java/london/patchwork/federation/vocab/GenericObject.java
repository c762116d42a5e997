package london.patchwork.federation.vocab;

import java.net.URI;

/**
 * An object of a type Patchwork does not model ({@code Video}, {@code VirtualLocation}, Lemmy's
 * {@code CommunityPostTag}, a WebFinger document read by mistake, ...). Its common properties are
 * typed; everything else is in {@link #extra()}.
 *
 * @param id     the object's IRI, or null
 * @param type   its first type, or null when it has none
 * @param fields object properties
 * @param extra  everything else, including further types
 */
public record GenericObject(URI id, String type, ObjectFields fields, Extras extra) implements AsObject {
}
