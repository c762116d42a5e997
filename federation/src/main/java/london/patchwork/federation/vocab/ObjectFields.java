package london.patchwork.federation.vocab;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The properties every ActivityStreams Object may carry, plus the extensions peers put on any
 * object (Mastodon's {@code sensitive}, {@code conversation}; ActivityPub's {@code source}). Scalar
 * components are null when absent; lists and maps are empty, never null. Properties that may hold
 * one value or several are lists; functional ones ({@code replies}, {@code published}) are single.
 *
 * @param name         plain-text name or title (Lemmy post title, Event name, poll option)
 * @param nameMap      the name by language tag (lower-case)
 * @param summary      HTML summary; on Mastodon notes, the content warning
 * @param summaryMap   the summary by language tag
 * @param content      HTML content
 * @param contentMap   the content by language tag
 * @param mediaType    media type of {@code content} (Lemmy: {@code text/html})
 * @param source       the source the content was rendered from (Markdown on Lemmy and NodeBB)
 * @param attributedTo authors; on a Lemmy Group, its moderators collection
 * @param audience     FEP-1b12 audience: the Group a post or activity belongs to
 * @param to           primary recipients ({@link Addressing#PUBLIC} for public)
 * @param cc           secondary recipients
 * @param bto          blind primary recipients; the delivery body leaves them out
 *                     ({@code london.patchwork.federation.delivery.ActivityBody})
 * @param bcc          blind secondary recipients; the delivery body leaves them out
 * @param published    when it was published
 * @param updated      when it was last edited
 * @param url          human-facing links: bare IRIs or {@link Link}s
 * @param inReplyTo    what this replies to
 * @param context      FEP-7888 thread or topic ({@code context})
 * @param conversation OStatus conversation id Mastodon still sends
 * @param tag          mentions, hashtags, custom emoji and other tags
 * @param attachment   media, links and profile fields ({@link PropertyValue})
 * @param icon         avatar or icon images
 * @param image        header or cover images
 * @param sensitive    whether the content is marked sensitive
 * @param replies      the replies collection
 * @param likes        the likes collection
 * @param shares       the shares (announces) collection
 * @param location     places: a {@link Place}, a VirtualLocation or an IRI
 * @param startTime    when it starts (events), with the sender's UTC offset
 * @param endTime      when it ends (events, polls), with the sender's UTC offset
 */
public record ObjectFields(
        String name, Map<String, String> nameMap, String summary, Map<String, String> summaryMap,
        String content, Map<String, String> contentMap, String mediaType, Source source,
        List<Ref<ApObject>> attributedTo, List<Ref<ApObject>> audience,
        List<Ref<ApObject>> to, List<Ref<ApObject>> cc, List<Ref<ApObject>> bto, List<Ref<ApObject>> bcc,
        Instant published, Instant updated, List<Ref<ApObject>> url, List<Ref<ApObject>> inReplyTo,
        List<Ref<ApObject>> context, String conversation, List<Ref<ApObject>> tag, List<Ref<ApObject>> attachment,
        List<Ref<ApObject>> icon, List<Ref<ApObject>> image, Boolean sensitive,
        Ref<ApObject> replies, Ref<ApObject> likes, Ref<ApObject> shares, List<Ref<ApObject>> location,
        OffsetDateTime startTime, OffsetDateTime endTime) {

    /** No properties at all. */
    public static final ObjectFields EMPTY = builder().build();

    /** Copies lists and maps, so the record is immutable; null stands for empty. */
    public ObjectFields {
        nameMap = Lists.map(nameMap);
        summaryMap = Lists.map(summaryMap);
        contentMap = Lists.map(contentMap);
        attributedTo = Lists.copy(attributedTo);
        audience = Lists.copy(audience);
        to = Lists.copy(to);
        cc = Lists.copy(cc);
        bto = Lists.copy(bto);
        bcc = Lists.copy(bcc);
        url = Lists.copy(url);
        inReplyTo = Lists.copy(inReplyTo);
        context = Lists.copy(context);
        tag = Lists.copy(tag);
        attachment = Lists.copy(attachment);
        icon = Lists.copy(icon);
        image = Lists.copy(image);
        location = Lists.copy(location);
    }

    /** @return a builder with nothing set */
    public static ObjectFieldsBuilder builder() {
        return new ObjectFieldsBuilder();
    }

    /** @return a builder starting from these values, for the {@code with} style */
    public ObjectFieldsBuilder toBuilder() {
        return new ObjectFieldsBuilder(this);
    }

    /** @return true when {@code to} or {@code cc} holds the public collection */
    public boolean isPublic() {
        return Addressing.isPublic(to) || Addressing.isPublic(cc);
    }

    /** @return the mentions among {@code tag} */
    public List<Mention> mentions() {
        return Lists.embedded(tag, Mention.class);
    }

    /** @return the hashtags among {@code tag} */
    public List<Hashtag> hashtags() {
        return Lists.embedded(tag, Hashtag.class);
    }

    /** @return the IRI of the first {@code attributedTo}, or null */
    public URI attributedToId() {
        return Lists.firstId(attributedTo);
    }

    /** @return the IRI of the first {@code inReplyTo}, or null */
    public URI inReplyToId() {
        return Lists.firstId(inReplyTo);
    }
}
