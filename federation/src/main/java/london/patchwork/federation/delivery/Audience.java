package london.patchwork.federation.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who an activity is addressed to: its {@code to}, {@code cc}, {@code bto}, {@code bcc} and
 * {@code audience} (FEP-1b12's group audience) properties.
 *
 * @param to       primary recipients
 * @param cc       secondary recipients
 * @param bto      blind primary recipients (delivered to, then removed from the body)
 * @param bcc      blind secondary recipients (likewise)
 * @param audience the audience, for example the Group a post belongs to
 */
public record Audience(List<URI> to, List<URI> cc, List<URI> bto, List<URI> bcc, List<URI> audience) {

    /** Beyond this many addressees per property the rest are ignored: no activity of ours needs more. */
    static final int MAX_PER_PROPERTY = 10_000;

    /** Copies the lists. */
    public Audience {
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        bto = List.copyOf(bto);
        bcc = List.copyOf(bcc);
        audience = List.copyOf(audience);
    }

    /** An audience of primary recipients only. */
    public static Audience addressedTo(URI... recipients) {
        return new Audience(List.of(recipients), List.of(), List.of(), List.of(), List.of());
    }

    /**
     * Reads the addressing of an activity. Each property may be a string, an object with an
     * {@code id} (an embedded actor) or an array of those; entries that are neither, or not URIs,
     * are left out.
     */
    public static Audience of(JsonNode activity) {
        return new Audience(read(activity, "to"), read(activity, "cc"), read(activity, "bto"), read(activity, "bcc"),
                read(activity, "audience"));
    }

    /** Every addressee once, in the order to, cc, bto, bcc, audience. */
    public Set<URI> all() {
        Set<URI> all = new LinkedHashSet<>();
        all.addAll(to);
        all.addAll(cc);
        all.addAll(bto);
        all.addAll(bcc);
        all.addAll(audience);
        return all;
    }

    /** Whether the activity is addressed to the Public collection. */
    public boolean isPublic() {
        return all().stream().anyMatch(PublicAddress::isPublic);
    }

    private static List<URI> read(JsonNode activity, String property) {
        JsonNode value = activity == null || !activity.isObject() ? null : activity.get(property);
        List<URI> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        if (value.isArray()) {
            for (JsonNode item : value) {
                if (out.size() >= MAX_PER_PROPERTY) {
                    break;
                }
                addressee(item).ifPresent(out::add);
            }
        } else {
            addressee(value).ifPresent(out::add);
        }
        return out;
    }

    private static java.util.Optional<URI> addressee(JsonNode node) {
        JsonNode id = node.isObject() ? node.get("id") : node;
        if (id == null || !id.isTextual()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(new URI(id.textValue()));
        } catch (URISyntaxException notAUri) {
            return java.util.Optional.empty();
        }
    }
}
