package london.patchwork.federation.nodeinfo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A NodeInfo document (schema 2.1; 2.0 reads into the same shape without repository and homepage).
 *
 * @param version           the schema version, {@code 2.0} or {@code 2.1}
 * @param software          what the server runs
 * @param protocols         for example {@code activitypub}
 * @param services          third-party services it can talk to
 * @param openRegistrations whether anyone can sign up
 * @param usage             user and post counts, where published
 * @param metadata          the free-form {@code metadata} object (a copy; the schema leaves its content
 *                          to each server, so it stays JSON)
 */
public record NodeInfo(String version, Software software, List<String> protocols, Services services,
                       boolean openRegistrations, Usage usage, ObjectNode metadata) {

    /** The media type of a 2.1 document, with its profile. */
    public static final String MEDIA_TYPE_2_1 =
            "application/json; profile=\"http://nodeinfo.diaspora.software/ns/schema/2.1#\"";

    /** Requires the parts a NodeInfo document must have; copies lists and metadata. */
    public NodeInfo {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(software, "software");
        protocols = List.copyOf(protocols);
        Objects.requireNonNull(services, "services");
        Objects.requireNonNull(usage, "usage");
        metadata = metadata == null ? JsonNodeFactory.instance.objectNode() : metadata.deepCopy();
    }

    /**
     * The software a server runs.
     *
     * @param name       lower-case name, for example {@code mastodon}
     * @param version    its version
     * @param repository source repository (2.1), or null
     * @param homepage   home page (2.1), or null
     */
    public record Software(String name, String version, URI repository, URI homepage) {
        /** Requires a name and a version. */
        public Software {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(version, "version");
        }

        /** The repository, when published. */
        public Optional<URI> repositoryUrl() {
            return Optional.ofNullable(repository);
        }

        /** The home page, when published. */
        public Optional<URI> homepageUrl() {
            return Optional.ofNullable(homepage);
        }
    }

    /**
     * Third-party services.
     *
     * @param inbound  services it can read from (for example {@code atom1.0})
     * @param outbound services it can publish to (for example {@code rss2.0})
     */
    public record Services(List<String> inbound, List<String> outbound) {
        /** Copies the lists. */
        public Services {
            inbound = List.copyOf(inbound);
            outbound = List.copyOf(outbound);
        }

        /** No services. */
        public static Services none() {
            return new Services(List.of(), List.of());
        }
    }

    /**
     * User counts; each may be withheld.
     *
     * @param total          all users
     * @param activeMonth    users active in the last month
     * @param activeHalfyear users active in the last six months
     */
    public record Users(OptionalLong total, OptionalLong activeMonth, OptionalLong activeHalfyear) {
        /** No counts published. */
        public static Users unknown() {
            return new Users(OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty());
        }
    }

    /**
     * Usage figures; each may be withheld.
     *
     * @param users         user counts
     * @param localPosts    posts made on the server
     * @param localComments comments made on the server
     */
    public record Usage(Users users, OptionalLong localPosts, OptionalLong localComments) {
        /** Requires the user counts. */
        public Usage {
            Objects.requireNonNull(users, "users");
        }
    }

    /** Reads a 2.0 or 2.1 document; only {@link NodeInfoException} escapes, whatever the JSON holds. */
    public static NodeInfo parse(JsonNode json) throws NodeInfoException {
        return NodeInfoJson.read(json);
    }

    /** The 2.1 JSON form, ready to serve with {@link #MEDIA_TYPE_2_1}. */
    public ObjectNode toJson() {
        return NodeInfoJson.write(this);
    }

    /** Whether the server speaks ActivityPub. */
    public boolean speaksActivityPub() {
        return protocols.contains("activitypub");
    }

    /** {@code metadata.nodeName}, which Mastodon, Misskey and others use for the server's title. */
    public Optional<String> nodeName() {
        JsonNode name = metadata.get("nodeName");
        return name != null && name.isTextual() ? Optional.of(name.textValue()) : Optional.empty();
    }
}
