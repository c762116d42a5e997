package london.patchwork.server.interop;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import london.patchwork.federation.signatures.PemKeys;
import london.patchwork.federation.signatures.RequestSigner;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.LocalActors;
import london.patchwork.server.instance.Instance;
import london.patchwork.server.instance.Uris;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.HubApi;
import london.patchwork.server.testing.TestHubs;
import london.patchwork.server.testing.TestPostgres;

import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A real Patchwork hub ({@link TestHubs#HACKNEY}) in local mode on its own database, as the Fedify peer sees
 * it, plus what the interop test needs from inside: the hub's own signer and a look at its tables.
 */
final class InteropHub implements AutoCloseable {

    /** A status as the hub's Mastodon-style API returns it. */
    record Status(String id, URI uri, String content) {
    }

    private final TestHubs hub = TestHubs.HACKNEY;
    private final Map<String, String> properties = hub.properties();
    private final EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class,
            new HashMap<String, Object>(properties));
    private final String baseUrl = server.getApplicationContext().getBean(Instance.class).baseUri().toString();
    private final HttpProbe http = new HttpProbe(baseUrl);
    private final HubApi api = new HubApi(baseUrl);

    String baseUrl() {
        return baseUrl;
    }

    URI actor() {
        return server.getApplicationContext().getBean(Uris.class).actor(hub.username());
    }

    URI keyId() {
        return URI.create(actor() + "#main-key");
    }

    /** Signs as the hub's Group actor, with its real private key, in either scheme. */
    RequestSigner signer(HttpSignatureScheme scheme) {
        LocalActors actors = server.getApplicationContext().getBean(LocalActors.class);
        Actor group = actors.find(hub.username()).orElseThrow();
        return SignedPosts.signer(scheme, keyId(), PemKeys.parsePrivateKey(actors.privateKeyPem(group)));
    }

    /** Posts a public status as the organiser, through {@code POST /api/v1/statuses}. */
    Status publish(String text) {
        JsonNode status = api.publish(text, "public");
        return new Status(status.get("id").asText(), URI.create(status.get("uri").asText()),
                status.get("content").asText());
    }

    /** A post's page as a browser sees it, with the replies the hub holds. */
    String page(URI post) {
        HttpResponse<String> response = http.get(post.toString(), "text/html");
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + post + " answered " + response.statusCode());
        }
        return response.body();
    }

    /** The URIs of the objects the hub holds that reply to {@code uri}. */
    List<URI> repliesTo(URI uri) {
        return uris("select uri from objects where in_reply_to_uri = ? and deleted_at is null order by id", uri);
    }

    /** Who follows the hub's Group actor, accepted. */
    List<URI> followers() {
        return uris("""
                select follower.uri from follows
                join actors follower on follower.id = follows.follower_id
                join actors followed on followed.id = follows.followed_id
                where followed.local and followed.username = ? and follows.state = 'accepted'
                order by follows.id""", hub.username());
    }

    private List<URI> uris(String sql, Object parameter) {
        try (Connection connection = DriverManager.getConnection(properties.get("datasources.default.url"),
                TestPostgres.username(), "");
             var statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter.toString());
            try (var rows = statement.executeQuery()) {
                List<URI> uris = new ArrayList<>();
                while (rows.next()) {
                    uris.add(URI.create(rows.getString(1)));
                }
                return uris;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
