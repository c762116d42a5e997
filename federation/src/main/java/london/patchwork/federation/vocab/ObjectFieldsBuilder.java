package london.patchwork.federation.vocab;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Builds {@link ObjectFields}. Setters replace; the {@code URI...} and {@code ApObject...} overloads
 * wrap their arguments in {@link Ref}s. Obtain one from {@link ObjectFields#builder()} or
 * {@link ObjectFields#toBuilder()}.
 */
public final class ObjectFieldsBuilder {

    private String name;
    private Map<String, String> nameMap;
    private String summary;
    private Map<String, String> summaryMap;
    private String content;
    private Map<String, String> contentMap;
    private String mediaType;
    private Source source;
    private List<Ref<ApObject>> attributedTo;
    private List<Ref<ApObject>> audience;
    private List<Ref<ApObject>> to;
    private List<Ref<ApObject>> cc;
    private List<Ref<ApObject>> bto;
    private List<Ref<ApObject>> bcc;
    private Instant published;
    private Instant updated;
    private List<Ref<ApObject>> url;
    private List<Ref<ApObject>> inReplyTo;
    private List<Ref<ApObject>> context;
    private String conversation;
    private List<Ref<ApObject>> tag;
    private List<Ref<ApObject>> attachment;
    private List<Ref<ApObject>> icon;
    private List<Ref<ApObject>> image;
    private Boolean sensitive;
    private Ref<ApObject> replies;
    private Ref<ApObject> likes;
    private Ref<ApObject> shares;
    private List<Ref<ApObject>> location;
    private OffsetDateTime startTime;
    private OffsetDateTime endTime;

    ObjectFieldsBuilder() {
    }

    ObjectFieldsBuilder(ObjectFields f) {
        name = f.name();
        nameMap = f.nameMap();
        summary = f.summary();
        summaryMap = f.summaryMap();
        content = f.content();
        contentMap = f.contentMap();
        mediaType = f.mediaType();
        source = f.source();
        attributedTo = f.attributedTo();
        audience = f.audience();
        to = f.to();
        cc = f.cc();
        bto = f.bto();
        bcc = f.bcc();
        published = f.published();
        updated = f.updated();
        url = f.url();
        inReplyTo = f.inReplyTo();
        context = f.context();
        conversation = f.conversation();
        tag = f.tag();
        attachment = f.attachment();
        icon = f.icon();
        image = f.image();
        sensitive = f.sensitive();
        replies = f.replies();
        likes = f.likes();
        shares = f.shares();
        location = f.location();
        startTime = f.startTime();
        endTime = f.endTime();
    }

    /** @return the fields */
    public ObjectFields build() {
        return new ObjectFields(name, nameMap, summary, summaryMap, content, contentMap, mediaType, source,
                attributedTo, audience, to, cc, bto, bcc, published, updated, url, inReplyTo, context,
                conversation, tag, attachment, icon, image, sensitive, replies, likes, shares, location,
                startTime, endTime);
    }

    static List<Ref<ApObject>> ids(URI... uris) {
        return Arrays.stream(uris).map(Ref::<ApObject>to).toList();
    }

    static List<Ref<ApObject>> objects(ApObject... objects) {
        return Arrays.stream(objects).map(Ref::<ApObject>of).toList();
    }

    /** Sets {@link ObjectFields#name()}. */
    public ObjectFieldsBuilder name(String v) { name = v; return this; }
    /** Sets {@link ObjectFields#nameMap()}. */
    public ObjectFieldsBuilder nameMap(Map<String, String> v) { nameMap = v; return this; }
    /** Sets {@link ObjectFields#summary()}. */
    public ObjectFieldsBuilder summary(String v) { summary = v; return this; }
    /** Sets {@link ObjectFields#summaryMap()}. */
    public ObjectFieldsBuilder summaryMap(Map<String, String> v) { summaryMap = v; return this; }
    /** Sets {@link ObjectFields#content()}. */
    public ObjectFieldsBuilder content(String v) { content = v; return this; }
    /** Sets {@link ObjectFields#contentMap()}. */
    public ObjectFieldsBuilder contentMap(Map<String, String> v) { contentMap = v; return this; }
    /** Sets {@link ObjectFields#mediaType()}. */
    public ObjectFieldsBuilder mediaType(String v) { mediaType = v; return this; }
    /** Sets {@link ObjectFields#source()}. */
    public ObjectFieldsBuilder source(Source v) { source = v; return this; }
    /** Sets {@link ObjectFields#conversation()}. */
    public ObjectFieldsBuilder conversation(String v) { conversation = v; return this; }
    /** Sets {@link ObjectFields#sensitive()}. */
    public ObjectFieldsBuilder sensitive(Boolean v) { sensitive = v; return this; }

    /** Sets {@link ObjectFields#attributedTo()}. */
    public ObjectFieldsBuilder attributedTo(List<Ref<ApObject>> v) { attributedTo = v; return this; }
    /** Sets {@link ObjectFields#attributedTo()} to these IRIs. */
    public ObjectFieldsBuilder attributedTo(URI... v) { attributedTo = ids(v); return this; }
    /** Sets {@link ObjectFields#audience()}. */
    public ObjectFieldsBuilder audience(List<Ref<ApObject>> v) { audience = v; return this; }
    /** Sets {@link ObjectFields#audience()} to these IRIs. */
    public ObjectFieldsBuilder audience(URI... v) { audience = ids(v); return this; }
    /** Sets {@link ObjectFields#to()}. */
    public ObjectFieldsBuilder to(List<Ref<ApObject>> v) { to = v; return this; }
    /** Sets {@link ObjectFields#to()} to these IRIs. */
    public ObjectFieldsBuilder to(URI... v) { to = ids(v); return this; }
    /** Sets {@link ObjectFields#cc()}. */
    public ObjectFieldsBuilder cc(List<Ref<ApObject>> v) { cc = v; return this; }
    /** Sets {@link ObjectFields#cc()} to these IRIs. */
    public ObjectFieldsBuilder cc(URI... v) { cc = ids(v); return this; }
    /** Sets {@link ObjectFields#bto()}. */
    public ObjectFieldsBuilder bto(List<Ref<ApObject>> v) { bto = v; return this; }
    /** Sets {@link ObjectFields#bcc()}. */
    public ObjectFieldsBuilder bcc(List<Ref<ApObject>> v) { bcc = v; return this; }

    /** Sets {@link ObjectFields#published()}. */
    public ObjectFieldsBuilder published(Instant v) { published = v; return this; }
    /** Sets {@link ObjectFields#updated()}. */
    public ObjectFieldsBuilder updated(Instant v) { updated = v; return this; }
    /** Sets {@link ObjectFields#startTime()}. */
    public ObjectFieldsBuilder startTime(OffsetDateTime v) { startTime = v; return this; }
    /** Sets {@link ObjectFields#endTime()}. */
    public ObjectFieldsBuilder endTime(OffsetDateTime v) { endTime = v; return this; }

    /** Sets {@link ObjectFields#url()}. */
    public ObjectFieldsBuilder url(List<Ref<ApObject>> v) { url = v; return this; }
    /** Sets {@link ObjectFields#url()} to these IRIs. */
    public ObjectFieldsBuilder url(URI... v) { url = ids(v); return this; }
    /** Sets {@link ObjectFields#inReplyTo()}. */
    public ObjectFieldsBuilder inReplyTo(List<Ref<ApObject>> v) { inReplyTo = v; return this; }
    /** Sets {@link ObjectFields#inReplyTo()} to these IRIs. */
    public ObjectFieldsBuilder inReplyTo(URI... v) { inReplyTo = ids(v); return this; }
    /** Sets {@link ObjectFields#context()}. */
    public ObjectFieldsBuilder context(List<Ref<ApObject>> v) { context = v; return this; }
    /** Sets {@link ObjectFields#context()} to these IRIs. */
    public ObjectFieldsBuilder context(URI... v) { context = ids(v); return this; }
    /** Sets {@link ObjectFields#tag()}. */
    public ObjectFieldsBuilder tag(List<Ref<ApObject>> v) { tag = v; return this; }
    /** Sets {@link ObjectFields#tag()} to these objects, embedded. */
    public ObjectFieldsBuilder tag(ApObject... v) { tag = objects(v); return this; }
    /** Sets {@link ObjectFields#attachment()}. */
    public ObjectFieldsBuilder attachment(List<Ref<ApObject>> v) { attachment = v; return this; }
    /** Sets {@link ObjectFields#attachment()} to these objects, embedded. */
    public ObjectFieldsBuilder attachment(ApObject... v) { attachment = objects(v); return this; }
    /** Sets {@link ObjectFields#icon()}. */
    public ObjectFieldsBuilder icon(List<Ref<ApObject>> v) { icon = v; return this; }
    /** Sets {@link ObjectFields#icon()} to these objects, embedded. */
    public ObjectFieldsBuilder icon(ApObject... v) { icon = objects(v); return this; }
    /** Sets {@link ObjectFields#image()}. */
    public ObjectFieldsBuilder image(List<Ref<ApObject>> v) { image = v; return this; }
    /** Sets {@link ObjectFields#image()} to these objects, embedded. */
    public ObjectFieldsBuilder image(ApObject... v) { image = objects(v); return this; }
    /** Sets {@link ObjectFields#location()}. */
    public ObjectFieldsBuilder location(List<Ref<ApObject>> v) { location = v; return this; }
    /** Sets {@link ObjectFields#location()} to these objects, embedded. */
    public ObjectFieldsBuilder location(ApObject... v) { location = objects(v); return this; }
    /** Sets {@link ObjectFields#replies()}. */
    public ObjectFieldsBuilder replies(Ref<ApObject> v) { replies = v; return this; }
    /** Sets {@link ObjectFields#likes()}. */
    public ObjectFieldsBuilder likes(Ref<ApObject> v) { likes = v; return this; }
    /** Sets {@link ObjectFields#shares()}. */
    public ObjectFieldsBuilder shares(Ref<ApObject> v) { shares = v; return this; }
}
