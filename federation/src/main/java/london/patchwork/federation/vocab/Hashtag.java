package london.patchwork.federation.vocab;

import java.net.URI;

/**
 * A hashtag tag: {@code name} is the tag with its {@code #}, {@code href} the tag's page.
 *
 * @param id    usually null
 * @param href  the tag's page on the author's server (may be relative, as Gancio sends)
 * @param name  the tag, e.g. {@code #hackney}
 * @param extra properties not modelled
 */
public record Hashtag(URI id, URI href, String name, Extras extra) implements LinkLike {

    @Override
    public String type() {
        return "Hashtag";
    }

    /** @return a hashtag {@code name} linking to {@code href} */
    public static Hashtag of(URI href, String name) {
        return new Hashtag(null, href, name, Extras.EMPTY);
    }
}
