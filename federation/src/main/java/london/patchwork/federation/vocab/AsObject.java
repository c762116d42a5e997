package london.patchwork.federation.vocab;

/**
 * An ActivityStreams Object (as opposed to a Link): everything that carries the common object
 * properties in {@link ObjectFields} — content, addressing, authorship, dates, tags, attachments.
 */
public sealed interface AsObject extends ApObject
        permits Actor, Activity, CollectionLike, Note, Article, Page, Event, Place, Relationship, Question,
        Tombstone, Image, Document, Emoji, GenericObject {

    /** @return the common object properties */
    ObjectFields fields();
}
