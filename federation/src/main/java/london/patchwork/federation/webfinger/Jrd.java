package london.patchwork.federation.webfinger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import london.patchwork.federation.fetch.MediaType;
import london.patchwork.federation.fetch.Origin;

/**
 * A WebFinger JSON Resource Descriptor (RFC 7033 section 4.4).
 *
 * @param subject    the resource described, for an account {@code acct:user@domain}
 * @param aliases    other URIs for it (an actor's profile page and actor URL)
 * @param properties property URI to value (values may be null)
 * @param links      the links, in document order
 */
public record Jrd(String subject, List<String> aliases, Map<String, String> properties, List<JrdLink> links) {

    /** The relation of the link to the ActivityPub actor. */
    public static final String REL_SELF = "self";
    /** The relation of the link to the account's HTML profile. */
    public static final String REL_PROFILE_PAGE = "http://webfinger.net/rel/profile-page";
    /** The OStatus remote-follow ("interact from your server") relation; its link carries a {@code template}. */
    public static final String REL_SUBSCRIBE = "http://ostatus.org/schema/1.0/subscribe";

    /** Requires the subject; copies the lists and properties. */
    public Jrd {
        Objects.requireNonNull(subject, "subject");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        properties = properties == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        links = links == null ? List.of() : List.copyOf(links);
    }

    /** Reads a JRD; only its own typed exception escapes, whatever the JSON holds. */
    public static Jrd parse(JsonNode json) throws WebFingerException {
        return JrdJson.read(json);
    }

    /**
     * The JRD a server publishes for one of its actors: subject, aliases (actor and profile URLs),
     * the profile page, the ActivityPub self link and, when given, the remote-follow template.
     */
    public static Jrd forActor(Acct acct, URI actor, URI profilePage, String subscribeTemplate) {
        List<JrdLink> links = new java.util.ArrayList<>();
        if (profilePage != null) {
            links.add(JrdLink.of(REL_PROFILE_PAGE, "text/html", profilePage.toString()));
        }
        links.add(JrdLink.of(REL_SELF, MediaType.ACTIVITY_JSON, actor.toString()));
        if (subscribeTemplate != null) {
            links.add(JrdLink.template(REL_SUBSCRIBE, subscribeTemplate));
        }
        List<String> aliases = profilePage == null ? List.of(actor.toString())
                : List.of(profilePage.toString(), actor.toString());
        return new Jrd(acct.toUri(), aliases, Map.of(), links);
    }

    /** The JSON form, ready to serve as {@code application/jrd+json}. */
    public ObjectNode toJson() {
        return JrdJson.write(this);
    }

    /** The links with a relation, in document order. */
    public List<JrdLink> links(String rel) {
        return links.stream().filter(link -> link.rel().equals(rel)).toList();
    }

    /**
     * The ActivityPub actor: the first {@code self} link whose type is {@code application/activity+json}
     * or {@code application/ld+json} with the ActivityStreams profile and whose href is an http(s) URL.
     */
    public Optional<URI> activityPubActor() {
        return links(REL_SELF).stream()
                .filter(link -> link.typeValue().flatMap(MediaType::parse).map(MediaType::isActivityPub).orElse(false))
                .map(link -> httpUri(link.href()))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** The HTML profile page, when linked. */
    public Optional<URI> profilePage() {
        return links(REL_PROFILE_PAGE).stream().map(link -> httpUri(link.href())).flatMap(Optional::stream).findFirst();
    }

    /** The remote-follow template, for example {@code https://hub.example/authorize_interaction?uri={uri}}. */
    public Optional<String> subscribeTemplate() {
        return links(REL_SUBSCRIBE).stream().map(JrdLink::template).filter(Objects::nonNull).findFirst();
    }

    /**
     * Where to send a person who wants to follow or interact with {@code object} from this account's
     * server: the template with {@code {uri}} replaced by the percent-encoded object URI. Empty when
     * there is no template or the result is not an http(s) URL.
     */
    public Optional<URI> remoteInteractionUrl(URI object) {
        String encoded = URLEncoder.encode(object.toString(), StandardCharsets.UTF_8);
        return subscribeTemplate().filter(template -> template.contains("{uri}"))
                .flatMap(template -> httpUri(template.replace("{uri}", encoded)));
    }

    /** The subject as an account handle, when it is an {@code acct:} URI. */
    public Optional<Acct> subjectAcct() {
        if (!subject.regionMatches(true, 0, "acct:", 0, 5)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Acct.parse(subject));
        } catch (WebFingerException notAnAccount) {
            return Optional.empty();
        }
    }

    private static Optional<URI> httpUri(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return Origin.parse(text).map(origin -> URI.create(text));
    }
}
