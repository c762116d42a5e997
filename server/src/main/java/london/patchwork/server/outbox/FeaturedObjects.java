package london.patchwork.server.outbox;

import london.patchwork.federation.vocab.ApObject;

import java.util.List;

/**
 * What a local actor has pinned, as the documents the featured collection embeds. The capability that keeps
 * pinned things (posts) provides it, so the outbox needs to know none of them.
 */
public interface FeaturedObjects {

    /** The actor's pinned objects, newest pin first. */
    List<ApObject> featured(long actorId);
}
