package london.patchwork.server.livinglab;

import com.fasterxml.jackson.databind.JsonNode;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.RunningHub;
import london.patchwork.server.testing.TestHubs;
import london.patchwork.server.testing.TestMembers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The report's network and map read from a real pan-London Hub joined up with Hackney and Lambeth: the Hub's own
 * JSON, as the lab will fetch it, becomes snapshots with the figures the ties imply and map points on their hubs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NetworkSnapshotsIT {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private RunningHub london;
    private RunningHub hackney;
    private RunningHub lambeth;

    @BeforeAll
    void start() {
        london = RunningHub.start(TestHubs.LONDON, Map.of("patchwork.aggregation.shares", "true"));
        hackney = RunningHub.start(TestHubs.HACKNEY, Map.of("patchwork.hub.area", "Hackney"));
        lambeth = RunningHub.start(TestHubs.LAMBETH, Map.of("patchwork.hub.area", "Lambeth"));
    }

    @AfterAll
    void stop() {
        for (RunningHub hub : new RunningHub[] {london, hackney, lambeth}) {
            if (hub != null) {
                hub.close();
            }
        }
    }

    @Test
    void theHubsNetworkAndMapBecomeTheReportsSnapshotsAndPoints() {
        TestMembers.SignedIn ada = TestMembers.ADA.join(hackney.baseUrl());
        TestMembers.SignedIn grace = TestMembers.GRACE.join(lambeth.baseUrl());
        JsonNode garden = asset(ada, "Clapton Community Garden", 51.5589, -0.0555);
        JsonNode bank = asset(ada, "Hackney Food Bank", 51.5450, -0.0560);
        JsonNode library = asset(grace, "Brixton Library", 51.4613, -0.1156);
        tie(ada, "partners-with", garden.get("id").asText(), bank.get("id").asText());
        join(hackney, TestHubs.HACKNEY);
        join(lambeth, TestHubs.LAMBETH);
        await("the tie within Hackney on the Hub").atMost(PATIENCE).until(() -> network().get("ties").size() == 1);
        JsonNode before = network();

        tie(ada, "refers-to", garden.get("id").asText(), library.get("url").asText());
        await("the tie across hubs on the Hub").atMost(PATIENCE).until(() -> network().get("ties").size() == 2);
        JsonNode after = network();
        await("three placed assets on the Hub's map").atMost(PATIENCE)
                .until(() -> map().get("features").size() == 3);

        Map<String, String> names = NetworkSnapshots.hubNames(List.of(
                figures("Hackney", hackney), figures("Lambeth", lambeth), figures("london", london)));
        NetworkSnapshots.BeforeAndAfter snapshots = new NetworkSnapshots(42, names).beforeAndAfter(before, after);

        LabReport.NetworkMetrics was = snapshots.before().metrics();
        assertThat(was.ties()).isEqualTo(1);
        assertThat(was.tiesAcrossHubs()).isZero();
        assertThat(snapshots.before().nodes()).extracting(LabReport.Node::hub).containsOnly("Hackney");

        LabReport.NetworkMetrics is = snapshots.after().metrics();
        assertThat(is.nodes()).isEqualTo(3);
        assertThat(is.ties()).isEqualTo(2);
        assertThat(is.tiesAcrossHubs()).isEqualTo(1);
        assertThat(is.bridges()).isEqualTo(2);
        assertThat(is.clusters()).isEqualTo(1);
        assertThat(is.density()).isEqualTo(2.0 / 3);
        assertThat(snapshots.after().nodes()).extracting(LabReport.Node::name, LabReport.Node::hub)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Clapton Community Garden", "Hackney"),
                        org.assertj.core.groups.Tuple.tuple("Hackney Food Bank", "Hackney"),
                        org.assertj.core.groups.Tuple.tuple("Brixton Library", "Lambeth"));
        assertThat(snapshots.after().ties()).filteredOn(LabReport.Tie::acrossHubs)
                .extracting(LabReport.Tie::type).containsExactly("refers-to");
        for (LabReport.Node node : snapshots.before().nodes()) {
            assertThat(snapshots.after().nodes()).anySatisfy(same -> {
                assertThat(same.key()).isEqualTo(node.key());
                assertThat(same.x()).isEqualTo(node.x());
                assertThat(same.y()).isEqualTo(node.y());
            });
        }

        List<LabReport.MapPoint> points = MapPoints.fromHubMap(map(), names);
        assertThat(points).extracting(LabReport.MapPoint::name, LabReport.MapPoint::hub,
                        LabReport.MapPoint::latitude, LabReport.MapPoint::longitude)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Clapton Community Garden", "Hackney", 51.5589, -0.0555),
                        org.assertj.core.groups.Tuple.tuple("Hackney Food Bank", "Hackney", 51.5450, -0.0560),
                        org.assertj.core.groups.Tuple.tuple("Brixton Library", "Lambeth", 51.4613, -0.1156));
    }

    private JsonNode network() {
        return HttpProbe.json(london.http().get("/api/patchwork/hubs/network", "application/json"));
    }

    private JsonNode map() {
        return HttpProbe.json(london.http().get("/api/patchwork/hubs/map", "application/json"));
    }

    private static LabReport.HubFigures figures(String name, RunningHub hub) {
        URI actor = URI.create(hub.actorUrl());
        return new LabReport.HubFigures(name, name, actor.getScheme() + "://" + actor.getRawAuthority(), 0, 0, 0, 0, 0);
    }

    /** The Hub's organiser adds a local hub by its Group's handle. */
    private void join(RunningHub local, TestHubs which) {
        String handle = "@" + which.username() + "@" + URI.create(local.actorUrl()).getRawAuthority();
        HttpProbe http = london.http();
        HttpResponse<String> added = http.send(HttpRequest.newBuilder(http.uri("/api/patchwork/hubs"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"handle\": \"" + handle + "\"}"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Authorization", "Bearer " + TestHubs.ORGANISER_TOKEN));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    }

    private static JsonNode asset(TestMembers.SignedIn member, String name, double latitude, double longitude) {
        return member.jsonOk("POST", "/api/patchwork/assets", """
                {"kind": "place", "category": "physical-spaces", "name": "%s", "description": "Open to all.",
                 "latitude": %s, "longitude": %s}""".formatted(name, latitude, longitude));
    }

    private static void tie(TestMembers.SignedIn member, String type, String subject, String object) {
        member.jsonOk("POST", "/api/patchwork/connections", """
                {"type": "%s", "subject": {"asset": "%s"}, "object": {"asset": "%s"}}"""
                .formatted(type, subject, object));
    }
}
