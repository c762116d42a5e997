package london.patchwork.federation.webfinger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import london.patchwork.federation.fetch.Origin;
import london.patchwork.federation.fetch.testing.SharedFixtures;
import org.junit.jupiter.api.Test;

/**
 * Reads every real WebFinger document in {@code shared/fixtures/peers/<software>/webfinger*.json}
 * (Mastodon, Gancio, ...) in place and checks the fields Patchwork relies on.
 */
class PeerWebFingerConformanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<Path> peerWebFingerFiles(Path fixtures) throws IOException {
        try (Stream<Path> files = Files.walk(fixtures.resolve("peers"), 2)) {
            return files.filter(p -> p.getFileName().toString().matches("webfinger.*\\.json")).sorted().toList();
        }
    }

    @Test
    void everyPeerJrdYieldsAnAccountAndAnActivityPubActorOnTheSameHost() throws Exception {
        List<Path> files = peerWebFingerFiles(SharedFixtures.require());
        assertThat(files).as("peer WebFinger fixtures").isNotEmpty();

        for (Path file : files) {
            Jrd jrd = Jrd.parse(JSON.readTree(file.toFile()));
            Acct subject = jrd.subjectAcct().orElseThrow(() -> new AssertionError(file + ": subject is not acct:"));
            URI actor = jrd.activityPubActor().orElseThrow(() -> new AssertionError(file + ": no ActivityPub self link"));

            assertThat(Origin.parse(actor.toString()).map(Origin::host)).as(file.toString()).contains(subject.domain());
        }
        System.out.println("PeerWebFingerConformanceTest: checked " + files.size() + " peer WebFinger documents");
    }

    @Test
    void mastodonsFullJrdCarriesAliasesProfilePageAndRemoteFollowTemplate() throws Exception {
        Path file = SharedFixtures.require().resolve("peers/mastodon/webfinger.json");

        Jrd jrd = Jrd.parse(JSON.readTree(file.toFile()));

        assertThat(jrd.subjectAcct().map(Acct::toString)).contains("Gargron@mastodon.social");
        assertThat(jrd.aliases()).contains("https://mastodon.social/users/Gargron");
        assertThat(jrd.profilePage()).contains(URI.create("https://mastodon.social/@Gargron"));
        assertThat(jrd.activityPubActor()).contains(URI.create("https://mastodon.social/users/Gargron"));
        assertThat(jrd.remoteInteractionUrl(URI.create("https://hackney.hub.example/notes/1")))
                .contains(URI.create("https://mastodon.social/authorize_interaction?uri=https%3A%2F%2Fhackney.hub.example%2Fnotes%2F1"));
    }

    @Test
    void minimalJrdsStillResolve() throws Exception {
        Path fixtures = SharedFixtures.require();

        Jrd minimal = Jrd.parse(JSON.readTree(fixtures.resolve("peers/mastodon/webfinger-minimal.json").toFile()));
        Jrd gancio = Jrd.parse(JSON.readTree(fixtures.resolve("peers/gancio/webfinger.json").toFile()));

        assertThat(minimal.aliases()).isEmpty();
        assertThat(minimal.subscribeTemplate()).isEmpty();
        assertThat(minimal.activityPubActor()).contains(URI.create("https://host.example/accounts/username"));
        assertThat(gancio.activityPubActor()).contains(URI.create("https://demo.gancio.org/federation/u/gancio"));
    }
}
