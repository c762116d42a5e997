package london.patchwork.server.interop;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import london.patchwork.federation.signatures.KeyPairs;
import london.patchwork.federation.signatures.PemKeys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.List;

/**
 * A Person actor with an RSA key, served by the JDK's HTTP server on 127.0.0.1, so the Fedify peer can fetch
 * the key of requests signed by the federation library without a Patchwork hub running. It serves its actor
 * document and nothing else.
 */
final class StandaloneActor implements AutoCloseable {

    private final HttpServer server;
    private final URI actor;
    private final KeyPair keys = KeyPairs.rsa2048();

    StandaloneActor() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        actor = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/actor");
        byte[] document = document().getBytes(StandardCharsets.UTF_8);
        server.createContext("/actor", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/activity+json");
            exchange.sendResponseHeaders(200, document.length);
            exchange.getResponseBody().write(document);
            exchange.close();
        });
        server.start();
    }

    URI actor() {
        return actor;
    }

    URI keyId() {
        return URI.create(actor + "#main-key");
    }

    KeyPair keys() {
        return keys;
    }

    private String document() {
        ObjectMapper json = new ObjectMapper();
        ObjectNode person = json.createObjectNode();
        person.set("@context", json.valueToTree(List.of("https://www.w3.org/ns/activitystreams",
                "https://w3id.org/security/v1")));
        person.put("id", actor.toString());
        person.put("type", "Person");
        person.put("preferredUsername", "standalone");
        person.put("inbox", actor + "/inbox");
        ObjectNode key = person.putObject("publicKey");
        key.put("id", keyId().toString());
        key.put("owner", actor.toString());
        key.put("publicKeyPem", PemKeys.encode(keys.getPublic()));
        return person.toString();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
