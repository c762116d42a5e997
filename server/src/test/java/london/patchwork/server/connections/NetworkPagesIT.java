package london.patchwork.server.connections;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.HubTest;
import london.patchwork.server.testing.TestMembers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The network page, the weaver's view and the network JSON on a real hub, from figures computed in the background. */
@MicronautTest(transactional = false)
class NetworkPagesIT extends HubTest {

    private static final Pattern NODE = Pattern.compile("<circle class=\"network__node\"");
    private static final Pattern ROW = Pattern.compile("<tr><th scope=\"row\">");

    @Inject
    NetworkFiguresCache cache;

    @Inject
    ConnectionService connections;

    private TestMembers.SignedIn ada;
    private NetworkFixture fixture;

    @BeforeAll
    void network() {
        ada = TestMembers.ADA.join(baseUrl());
        fixture = NetworkFixture.build(ada);
        cache.figures();
        await().atMost(Duration.ofSeconds(30)).until(() -> !cache.stale());
    }

    private static long count(Pattern pattern, String text) {
        return pattern.matcher(text).results().count();
    }

    @Test
    void thePageDrawsANodePerAssetAndTablesTheirMetrics() {
        HttpResponse<String> page = http().get("/network", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html).contains("<svg id=\"network-svg\"").contains("Figures as of");
        long drawn = count(NODE, html);
        assertThat(drawn).as("eight assets and Ada, at least").isGreaterThanOrEqualTo(9);
        assertThat(count(ROW, html)).as("a row of the table per node drawn").isEqualTo(drawn);
        for (String name : NetworkFixture.LAMBETH) {
            assertThat(html).contains("<title>" + name + " (organisation)");
        }
        assertThat(html).contains("<title>Hackney Food Bank (organisation): 4 ties</title>");
        assertThat(html).containsPattern("<a href=\"[^\"]+/assets/" + fixture.hackney.getFirst()
                + "\">Hackney Food Bank</a></th><td>organisation</td>\\s*<td>4</td>");
        assertThat(html).contains("<dt>Bridges</dt><dd>");
        assertThat(html).contains("href=\"/network\">Network</a>");
        assertThat(html).contains("src=\"/static/js/network.js\"").contains("data-src=\"/api/patchwork/network\"");
        assertThat(http().get(NetworkPages.CYTOSCAPE, "*/*").statusCode()).isEqualTo(200);
    }

    @Test
    void filtersByTypeOfTieAndKindOfNode() {
        String funds = http().get("/network?type=funds", "text/html").body();
        assertThat(count(NODE, funds)).as("only the two ends of the one funding tie").isEqualTo(2);
        assertThat(funds).contains("Hackney Food Bank (organisation)").contains("Lambeth Larder (organisation)")
                .doesNotContain("Clapton Library (organisation)");
        assertThat(funds).contains("<option value=\"funds\" selected>");
        assertThat(funds).contains("data-src=\"/api/patchwork/network?type=funds\"");

        String members = http().get("/network?kind=member", "text/html").body();
        assertThat(count(NODE, members)).isEqualTo(1);
        assertThat(members).contains("(member)");

        HttpResponse<String> unknown = http().get("/network?type=befriends", "text/html");
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(unknown.body()).contains("There is no type of connection befriends.");
    }

    @Test
    void theWeaversViewNamesTheBridgeAndTheBrokers() {
        String html = http().get("/network/weaving", "text/html").body();
        assertThat(html).containsPattern("(?s)<ul id=\"bridges\">\\s*<li><a[^>]*>(Hackney Food Bank|Lambeth Larder)"
                + "</a> — <a[^>]*>(Hackney Food Bank|Lambeth Larder)</a>: without it, the network splits into "
                + "pieces of \\d+, \\d+ nodes");
        assertThat(html).containsPattern("(?s)<ol id=\"brokers\">\\s*<li><a[^>]*>(Hackney Food Bank|Lambeth Larder)");
        assertThat(html).containsPattern("(?s)<ul id=\"cut-points\">.*Lambeth Larder.*</ul>");
        assertThat(html).containsPattern("(?s)<ul id=\"periphery\">.*Ada.*</ul>");
    }

    @Test
    void theJsonGivesNodesWithTheirMetricsAndTies() {
        JsonNode graph = HttpProbe.json(http().get("/api/patchwork/network", "application/json"));
        assertThat(graph.get("computed_at").asText()).isNotEmpty();
        assertThat(graph.get("network").get("bridges").asInt()).isGreaterThanOrEqualTo(2);
        JsonNode bank = null;
        for (JsonNode node : graph.get("nodes")) {
            if (node.get("label").asText().equals("Hackney Food Bank")) {
                bank = node;
            }
        }
        assertThat(bank).isNotNull();
        assertThat(bank.get("degree").asInt()).isEqualTo(4);
        assertThat(bank.get("core").asInt()).isEqualTo(3);
        assertThat(bank.get("betweenness").asDouble()).isGreaterThan(0.4);
        assertThat(bank.get("x").asDouble()).isBetween(0.0, 1000.0);
        assertThat(graph.get("ties")).anySatisfy(tie -> assertThat(tie.get("type").asText()).isEqualTo("funds"));
        HttpResponse<String> bad = http().get("/api/patchwork/network?kind=spaceship", "application/json");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("no kind of node spaceship");
    }

    @Test
    void aNewTieMakesTheFiguresRecompute() {
        JsonNode before = HttpProbe.json(http().get("/api/patchwork/network", "application/json"));
        int ties = before.get("network").get("ties").asInt();
        // A new asset on the Lambeth side: the bridge the weaver's view names stays the only way across.
        String pantry = NetworkFixture.asset(ada, "Peckham Pantry");
        NetworkFixture.tie(ada, "refers-to", fixture.lambeth.get(2), pantry);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode after = HttpProbe.json(http().get("/api/patchwork/network", "application/json"));
            assertThat(after.get("network").get("ties").asInt()).isEqualTo(ties + 1);
            assertThat(after.get("computed_at").asText()).isNotEqualTo(before.get("computed_at").asText());
        });
    }

    @Test
    void anAssetsConnectionsPageListsItsTiesAndLetsAMemberAddAndRemoveOne() {
        String larder = fixture.lambeth.get(3);
        String path = "/assets/" + larder + "/connections";
        assertThat(http().get("/assets/" + larder, "text/html").body()).contains("href=\"" + path + "\"");
        String anonymous = http().get(path, "text/html").body();
        assertThat(anonymous).contains("Stockwell Garden").contains("Brixton Library").doesNotContain("add-connection");
        int before = connections.ofAsset(Long.parseLong(larder)).size();

        String workshop = NetworkFixture.asset(ada, "Walworth Workshop");
        HttpResponse<String> refused = ada.form(path, Map.of("type", "befriends", "asset", workshop));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("unknown connection type");
        assertThat(connections.ofAsset(Long.parseLong(larder))).hasSize(before);

        HttpResponse<String> added = ada.form(path, Map.of("type", "refers-to", "asset", workshop,
                "strength", "2", "note", "Monthly referrals"));
        assertThat(added.statusCode()).isEqualTo(303);
        String listed = ada.get(path, "text/html").body();
        Matcher row = Pattern.compile("id=\"tie-(\\d+)\"><td>refers to</td><td>→</td>\\s*<td><a href=\"[^\"]+\">"
                + "Walworth Workshop</a> \\(organisation\\)</td>\\s*<td>2</td><td>Monthly referrals</td>").matcher(listed);
        assertThat(row.find()).as(listed).isTrue();
        assertThat(listed).contains("/connections/" + row.group(1) + "/delete");

        assertThat(ada.form(path + "/" + row.group(1) + "/delete", Map.of()).statusCode()).isEqualTo(303);
        assertThat(ada.get(path, "text/html").body()).doesNotContain("Walworth Workshop</a>");
        assertThat(connections.ofAsset(Long.parseLong(larder))).hasSize(before);
    }
}
