package london.patchwork.federation.webfinger;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One link of a JRD (RFC 7033 section 4.4.4), plus the {@code template} member OStatus
 * remote-follow links use instead of {@code href}.
 *
 * @param rel        the relation: a registered name such as {@code self} or a URI
 * @param type       the media type of the target, or null
 * @param href       the target URI, or null
 * @param template   a URI template with a {@code {uri}} variable, or null
 * @param titles     language tag to title
 * @param properties property URI to value (a value may be null, as RFC 7033 allows)
 */
public record JrdLink(String rel, String type, String href, String template,
                      Map<String, String> titles, Map<String, String> properties) {

    /** Requires the relation; copies the maps. */
    public JrdLink {
        Objects.requireNonNull(rel, "rel");
        titles = titles == null ? Map.of() : Map.copyOf(titles);
        properties = properties == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    /** A link with a relation, a type and a target. */
    public static JrdLink of(String rel, String type, String href) {
        return new JrdLink(rel, type, href, null, Map.of(), Map.of());
    }

    /** A link with a relation and a template. */
    public static JrdLink template(String rel, String template) {
        return new JrdLink(rel, null, null, template, Map.of(), Map.of());
    }

    /** The media type, when present. */
    public Optional<String> typeValue() {
        return Optional.ofNullable(type);
    }

    /** The target, when present. */
    public Optional<String> hrefValue() {
        return Optional.ofNullable(href);
    }

    /** The template, when present. */
    public Optional<String> templateValue() {
        return Optional.ofNullable(template);
    }
}
