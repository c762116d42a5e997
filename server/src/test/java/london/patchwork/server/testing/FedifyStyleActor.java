package london.patchwork.server.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import london.patchwork.federation.signatures.KeyPairs;
import london.patchwork.federation.signatures.Multikey;
import london.patchwork.federation.signatures.PemKeys;

import java.net.URI;
import java.security.KeyPair;
import java.security.PublicKey;

/**
 * A remote actor published the way Fedify 2.x publishes one: its first key (RSA) as {@code publicKey}
 * {@code #main-key} for draft-cavage, and every key, the Ed25519 one ({@code #key-2}) included, as an
 * {@code assertionMethod} Multikey (FEP-521a). The Ed25519 key appears nowhere else.
 */
public record FedifyStyleActor(URI id, KeyPair rsa, KeyPair ed25519) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Generates the keys and serves the actor at {@code /fedify/NAME} on the given server. */
    public static FedifyStyleActor publish(RemoteServer server, String name) {
        FedifyStyleActor actor = new FedifyStyleActor(server.uri("/fedify/" + name), KeyPairs.rsa2048(),
                KeyPairs.ed25519());
        server.put("/fedify/" + name, actor.document(name));
        return actor;
    }

    public URI rsaKeyId() {
        return URI.create(id + "#main-key");
    }

    public URI ed25519KeyId() {
        return URI.create(id + "#key-2");
    }

    private ObjectNode document(String name) {
        ObjectNode actor = JSON.createObjectNode();
        // Fedify's own context list, did/v1 and GoToSocial's included.
        ArrayNode context = actor.putArray("@context").add("https://www.w3.org/ns/activitystreams")
                .add("https://w3id.org/security/v1").add("https://w3id.org/security/data-integrity/v1")
                .add("https://www.w3.org/ns/did/v1").add("https://w3id.org/security/multikey/v1");
        context.addObject().put("manuallyApprovesFollowers", "as:manuallyApprovesFollowers");
        actor.put("id", id.toString()).put("type", "Person").put("preferredUsername", name)
                .put("inbox", id + "/inbox").put("followers", id + "/followers");
        actor.putObject("publicKey").put("id", rsaKeyId().toString()).put("type", "CryptographicKey")
                .put("owner", id.toString()).put("publicKeyPem", PemKeys.encode(rsa.getPublic()));
        ArrayNode keys = actor.putArray("assertionMethod");
        keys.add(multikey(rsaKeyId(), rsa.getPublic()));
        keys.add(multikey(ed25519KeyId(), ed25519.getPublic()));
        return actor;
    }

    private ObjectNode multikey(URI keyId, PublicKey key) {
        return JSON.createObjectNode().put("id", keyId.toString()).put("type", "Multikey")
                .put("controller", id.toString()).put("publicKeyMultibase", Multikey.encode(key));
    }
}
