package london.patchwork.server.livinglab;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.List;
import london.patchwork.federation.nodeinfo.NodeInfoDiscovery;
import london.patchwork.federation.signatures.PemKeys;
import london.patchwork.federation.vocab.ActivityJson;
import london.patchwork.federation.vocab.ActorFields;
import london.patchwork.federation.vocab.ApObject;
import london.patchwork.federation.vocab.CollectionFields;
import london.patchwork.federation.vocab.Extras;
import london.patchwork.federation.vocab.ObjectFields;
import london.patchwork.federation.vocab.OrderedCollection;
import london.patchwork.federation.vocab.Person;
import london.patchwork.federation.vocab.PublicKey;
import london.patchwork.federation.vocab.Ref;
import london.patchwork.federation.webfinger.Acct;
import london.patchwork.federation.webfinger.Jrd;
import london.patchwork.federation.webfinger.WebFingerException;

/**
 * The documents the instance serves about its residents, shaped as Mastodon's: the actor, its collections, WebFinger
 * and NodeInfo. Stateless apart from what it is given.
 */
final class ResidentDocuments {

    static final String SOFTWARE = "livinglab-residents";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ActivityJson json;
    private final String baseUrl;

    ResidentDocuments(ActivityJson json, String baseUrl) {
        this.json = json;
        this.baseUrl = baseUrl;
    }

    byte[] actor(Resident resident) {
        Person person = new Person(resident.id(), ObjectFields.builder().name(resident.displayName())
                .url(URI.create(baseUrl + "/@" + resident.username())).build(),
                ActorFields.builder()
                        .preferredUsername(resident.username())
                        .inbox(resident.inbox())
                        .outbox(resident.outbox())
                        .followers(resident.followers())
                        .following(resident.following())
                        .sharedInbox(URI.create(baseUrl + "/inbox"))
                        .manuallyApprovesFollowers(false)
                        .discoverable(true)
                        .publicKey(PublicKey.of(resident.keyId(), resident.id(),
                                PemKeys.encode(resident.keys().getPublic())))
                        .build(),
                Extras.EMPTY);
        return json.write(person);
    }

    /** A small complete collection, as Mastodon serves one to a peer that asks. */
    byte[] collection(URI id, List<URI> items) {
        List<Ref<ApObject>> refs = items.stream().<Ref<ApObject>>map(Ref::to).toList();
        return json.write(new OrderedCollection(id, ObjectFields.EMPTY, CollectionFields.of(refs), Extras.EMPTY));
    }

    /** The JRD for {@code acct:user@host:port}, or null when it names no resident here. */
    byte[] webFinger(Resident resident) {
        String host = URI.create(baseUrl).getRawAuthority();
        try {
            Acct acct = Acct.parse("acct:" + resident.username() + "@" + host);
            return bytes(Jrd.forActor(acct, resident.id(), null, null).toJson());
        } catch (WebFingerException | IllegalArgumentException unusualHost) {
            ObjectNode jrd = MAPPER.createObjectNode().put("subject", "acct:" + resident.username() + "@" + host);
            jrd.putArray("aliases").add(resident.id().toString());
            jrd.putArray("links").addObject().put("rel", Jrd.REL_SELF).put("type", "application/activity+json")
                    .put("href", resident.id().toString());
            return bytes(jrd);
        }
    }

    byte[] nodeInfoDiscovery() {
        return bytes(NodeInfoDiscovery.forServer(URI.create(baseUrl + "/nodeinfo/2.1"), null).toJson());
    }

    byte[] nodeInfo(int users, long posts) {
        ObjectNode info = MAPPER.createObjectNode().put("version", "2.1");
        info.putObject("software").put("name", SOFTWARE).put("version", "1.0.0");
        info.putArray("protocols").add("activitypub");
        ObjectNode services = info.putObject("services");
        services.putArray("inbound");
        services.putArray("outbound");
        info.put("openRegistrations", false);
        ObjectNode usage = info.putObject("usage");
        usage.putObject("users").put("total", users).put("activeMonth", users).put("activeHalfyear", users);
        usage.put("localPosts", posts);
        info.putObject("metadata").put("nodeName", "Living Lab residents");
        return bytes(info);
    }

    private static byte[] bytes(ObjectNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always writes", e);
        }
    }
}
