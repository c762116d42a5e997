package london.patchwork.federation.vocab;

import java.net.URI;

/**
 * A mention tag: {@code href} is the mentioned actor, {@code name} its handle ({@code @alice@example.org}).
 *
 * @param id    usually null
 * @param href  the mentioned actor
 * @param name  the handle as written
 * @param extra properties not modelled
 */
public record Mention(URI id, URI href, String name, Extras extra) implements LinkLike {

    @Override
    public String type() {
        return "Mention";
    }

    /** @return a mention of {@code actor} written as {@code handle} */
    public static Mention of(URI actor, String handle) {
        return new Mention(null, actor, handle, Extras.EMPTY);
    }
}
