package london.patchwork.federation.vocab;

import java.net.URI;

/**
 * A profile field (schema.org {@code PropertyValue}) as Mastodon shows under a profile: a label
 * and an HTML value, sent in the actor's {@code attachment}.
 *
 * @param id    usually null
 * @param name  the label
 * @param value the value, HTML
 * @param extra properties not modelled
 */
public record PropertyValue(URI id, String name, String value, Extras extra) implements ApObject {

    @Override
    public String type() {
        return "PropertyValue";
    }

    /** @return a field with this label and value */
    public static PropertyValue of(String name, String value) {
        return new PropertyValue(null, name, value, Extras.EMPTY);
    }
}
