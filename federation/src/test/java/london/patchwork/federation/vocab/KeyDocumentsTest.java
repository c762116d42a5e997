package london.patchwork.federation.vocab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import london.patchwork.federation.conformance.SharedFixtures;
import london.patchwork.federation.jsonld.JsonLdNormaliser.Strategy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What a key id dereferences to: a stand-alone key document reads as the key record itself, so a
 * caller resolving a signature's key asks the record, not the raw JSON, who owns it.
 */
class KeyDocumentsTest {

    private static final URI OWNER = URI.create("https://wp.example/author/ann");
    private static final URI KEY_ID = URI.create("https://wp.example/author/ann#main-key");
    private static final String PEM = "-----BEGIN PUBLIC KEY-----\\nMCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=\\n-----END PUBLIC KEY-----\\n";

    private final ActivityJson json = ActivityJson.withDefaultLimits();

    private ApObject read(String doc, Strategy strategy) {
        return json.read(doc.getBytes(StandardCharsets.UTF_8), strategy);
    }

    @ParameterizedTest
    @EnumSource(value = Strategy.class, names = {"AUTO", "FULL"})
    void aSecurityV1KeyDocumentIsAPublicKey(Strategy strategy) {
        for (String type : new String[] {"Key", "CryptographicKey"}) {
            ApObject read = read("""
                    {"@context": "https://w3id.org/security/v1", "id": "%s", "type": "%s", "owner": "%s",
                     "publicKeyPem": "%s"}""".formatted(KEY_ID, type, OWNER, PEM), strategy);

            assertThat(read).as(type).isInstanceOfSatisfying(PublicKey.class, key -> {
                assertThat(key.id()).isEqualTo(KEY_ID);
                assertThat(key.owner()).isEqualTo(OWNER);
                assertThat(key.publicKeyPem()).startsWith("-----BEGIN PUBLIC KEY-----\n");
                assertThat(key.type()).isIn("Key", "CryptographicKey");
            });
            assertThat(json.read(json.write(read))).as("round trip of a %s", type).isEqualTo(read);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Strategy.class, names = {"AUTO", "FULL"})
    void aMultikeyDocumentIsAMultikey(Strategy strategy) {
        ApObject read = read("""
                {"@context": ["https://www.w3.org/ns/activitystreams", "https://w3id.org/security/multikey/v1"],
                 "id": "https://fedify.example/users/ann#ed25519-key", "type": "Multikey",
                 "controller": "https://fedify.example/users/ann",
                 "publicKeyMultibase": "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2"}""", strategy);

        assertThat(read).isEqualTo(Multikey.of(URI.create("https://fedify.example/users/ann#ed25519-key"),
                URI.create("https://fedify.example/users/ann"), "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2"));
        assertThat(json.read(json.write(read))).isEqualTo(read);
    }

    @Test
    void theOwnerIsAskedOfTheRecord() {
        byte[] keyDocument = """
                {"@context": "https://w3id.org/security/v1", "id": "%s", "type": "Key", "owner": "%s",
                 "publicKeyPem": "%s"}""".formatted(KEY_ID, OWNER, PEM).getBytes(StandardCharsets.UTF_8);
        URI owner = null;
        if (json.read(keyDocument) instanceof PublicKey key) {
            owner = key.owner();
        }
        assertThat(owner).isEqualTo(OWNER);
    }

    @Test
    void aKeyWithABrokenOwnerOrKeyTextIsRefused() {
        assertThatThrownBy(() -> read("""
                {"id": "%s", "type": "Key", "owner": "https://exa mple.org/a#b#c%%zz", "publicKeyPem": "%s"}"""
                .formatted(KEY_ID, PEM), Strategy.AUTO)).isInstanceOf(VocabException.class).hasMessageContaining("owner");
        assertThatThrownBy(() -> read("""
                {"id": "%s", "type": "Key", "owner": "%s", "publicKeyPem": {"junk": true}}"""
                .formatted(KEY_ID, OWNER), Strategy.AUTO)).isInstanceOf(VocabException.class).hasMessageContaining("publicKeyPem");
        assertThatThrownBy(() -> read("""
                {"id": "https://f.example/k", "type": "Multikey", "controller": 5, "publicKeyMultibase": "z6Mk"}""",
                Strategy.AUTO)).isInstanceOf(VocabException.class);
    }

    @Test
    void anActorsKeysAreStillReadAsBefore() {
        Group hub = json.read(SharedFixtures.own("hackney.example/users/hackney.json"), Group.class);
        assertThat(hub.publicKeys()).singleElement().satisfies(key -> {
            assertThat(key.type()).isNull();
            assertThat(key.owner()).isEqualTo(hub.id());
        });
        assertThat(hub.actorFields().assertionMethod()).singleElement().extracting(Multikey::type).isEqualTo("Multikey");
    }

    /**
     * GoToSocial answers a key id ({@code .../main-key}) with a stub actor, not a key document: a Person
     * with no inbox whose {@code publicKey} names the owner. It reads as that Person; the key, with its
     * owner, is the listed one.
     */
    @Test
    void goToSocialsKeyStubIsAnActorWithoutAnInboxListingTheKey() {
        Path peers = SharedFixtures.requirePeersDir();
        ApObject stub = json.read(SharedFixtures.bytes(peers.resolve("gotosocial/main-key-stub.json")));

        assertThat(stub).isInstanceOfSatisfying(Person.class, person -> {
            assertThat(person.inbox()).isNull();
            assertThat(person.publicKeys()).singleElement().satisfies(key -> {
                assertThat(key.id()).hasToString("https://example.org/users/example_user/main-key");
                assertThat(key.owner()).isEqualTo(person.id());
                assertThat(key.publicKeyPem()).startsWith("-----BEGIN PUBLIC KEY-----");
            });
        });
    }
}
