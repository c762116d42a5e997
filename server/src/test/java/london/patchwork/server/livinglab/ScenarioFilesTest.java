package london.patchwork.server.livinglab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioFilesTest {

    private static final String YAML = """
            name: two-hubs
            description: Two hubs for a short test
            days: 4
            day_seconds: 2
            defaults: {hubs: 2, residents: 10, days: 2}
            hubs:
              - {username: hackney, name: Patchwork Hackney, area: Hackney, latitude: 51.545, longitude: -0.0553}
              - {username: lambeth, name: Patchwork Lambeth, area: Lambeth, latitude: 51.4607, longitude: -0.1163}
            personas:
              - {name: organiser, role: organiser, per_hub: 1, habits: {posts: 1, events: 0.5, introductions: 0.5}}
            residents: {mean_hubs_followed: 1.5, follow_london_share: 0.5, reply_chance: 0.1}
            network: {initial_assets: 6, small_world_k: 2, rewiring: 0.2}
            challenges:
              - {kind: slow, day: 1, hours: 3, hub: 1, delay_ms: 500}
            """;

    private static final String JSON = """
            {"name": "two-hubs", "description": "Two hubs for a short test", "days": 4, "day_seconds": 2,
             "defaults": {"hubs": 2, "residents": 10, "days": 2},
             "hubs": [
               {"username": "hackney", "name": "Patchwork Hackney", "area": "Hackney", "latitude": 51.545,
                "longitude": -0.0553},
               {"username": "lambeth", "name": "Patchwork Lambeth", "area": "Lambeth", "latitude": 51.4607,
                "longitude": -0.1163}],
             "personas": [{"name": "organiser", "role": "organiser", "per_hub": 1,
                           "habits": {"posts": 1, "events": 0.5, "introductions": 0.5}}],
             "residents": {"mean_hubs_followed": 1.5, "follow_london_share": 0.5, "reply_chance": 0.1},
             "network": {"initial_assets": 6, "small_world_k": 2, "rewiring": 0.2},
             "challenges": [{"kind": "slow", "day": 1, "hours": 3, "hub": 1, "delay_ms": 500}]}
            """;

    @TempDir
    Path folder;

    @Test
    void theBuiltInScenarioIsAFortnightInLondonWithOneOfEachFault() {
        Scenario london = ScenarioFiles.builtIn();

        assertThat(london.name()).isEqualTo("london");
        assertThat(london.days()).isEqualTo(14);
        assertThat(london.hubs()).hasSize(16);
        assertThat(london.hubs().getFirst().username()).isEqualTo("hackney");
        assertThat(london.defaults()).isEqualTo(new Scenario.Defaults(6, 200, 7));
        assertThat(london.personas()).extracting(Scenario.Persona::role)
                .containsExactly(Plan.Role.ORGANISER, Plan.Role.WEAVER, Plan.Role.MEMBER);
        assertThat(london.challenges()).extracting(Scenario.Challenge::kind)
                .containsExactlyInAnyOrder(Plan.FaultKind.STOP, Plan.FaultKind.SLOW, Plan.FaultKind.PARTITION);
        assertThat(london.challenges()).filteredOn(c -> c.kind() == Plan.FaultKind.PARTITION).singleElement()
                .extracting(Scenario.Challenge::lasting).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void aJsonFileReadsLikeItsYamlEquivalent() throws IOException {
        Path yaml = Files.writeString(folder.resolve("two.yaml"), YAML);
        Path json = Files.writeString(folder.resolve("two.json"), JSON);

        Scenario fromYaml = ScenarioFiles.read(yaml);
        Scenario fromJson = ScenarioFiles.read(json);

        assertThat(fromJson).isEqualTo(fromYaml);
        assertThat(fromJson.challenges()).containsExactly(new Scenario.Challenge(Plan.FaultKind.SLOW, 1, 10,
                Duration.ofHours(3), 1, Duration.ofMillis(500)));
        assertThat(fromJson.residents().replyChance()).isEqualTo(0.1);
        assertThat(fromJson.network().initialAssets()).isEqualTo(6);
    }

    @Test
    void aNegativeDayCountIsRefusedNamingTheFieldAndTheFile() throws IOException {
        Path file = Files.writeString(folder.resolve("bad-days.yaml"), YAML.replace("days: 4", "days: -1"));

        assertThatThrownBy(() -> ScenarioFiles.read(file)).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("bad-days.yaml: days must be between 1 and 365, was -1");
    }

    @Test
    void anUnknownFaultKindIsRefusedNamingTheFieldAndTheFile() throws IOException {
        Path file = Files.writeString(folder.resolve("explode.json"), JSON.replace("\"slow\"", "\"explode\""));

        assertThatThrownBy(() -> ScenarioFiles.read(file)).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("explode.json: challenges[0].kind must be one of stop, slow, partition, was 'explode'");
    }

    @Test
    void aMisspeltFieldAndBrokenSyntaxAreNamedWithoutAStackTraceOfTheParser() throws IOException {
        Path misspelt = Files.writeString(folder.resolve("typo.yaml"), YAML.replace("rewiring", "rewireing"));
        Path broken = Files.writeString(folder.resolve("broken.yaml"), "name: [unclosed\n");

        assertThatThrownBy(() -> ScenarioFiles.read(misspelt)).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("typo.yaml: network.rewireing is not a field of this scenario section");
        assertThatThrownBy(() -> ScenarioFiles.read(broken)).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("broken.yaml: not valid YAML: ").hasNoCause();
    }
}
