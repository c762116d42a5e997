package london.patchwork.federation.vocab;

import java.net.URI;

/**
 * A short post: a Mastodon status, a Lemmy comment, a NodeBB post, a poll vote.
 *
 * @param id     the object's IRI
 * @param fields its properties
 * @param extra  properties not modelled
 */
public record Note(URI id, ObjectFields fields, Extras extra) implements AsObject {

    @Override
    public String type() {
        return "Note";
    }
}
