package london.patchwork.federation.vocab;

import java.net.URI;

/** An ActivityStreams Link: a typed pointer with an {@code href}, such as a mention or a hashtag. */
public sealed interface LinkLike extends ApObject permits Link, Mention, Hashtag {

    /** @return where the link points; may be relative (Gancio writes {@code /tags/test}) */
    URI href();

    /** @return the link text, e.g. {@code @alice@example.org} or {@code #london} */
    String name();
}
