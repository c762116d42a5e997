package london.patchwork.server.connections;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Suggested introductions on small networks whose answer was worked out by hand. */
class SuggestionsTest {

    private static Network.Node node(String key, String category) {
        return new Network.Node(key, key.toUpperCase(), "organisation", category, null, null, key, true);
    }

    private static Network.Node node(String key) {
        return node(key, null);
    }

    private static Network network(List<Network.Node> nodes, String... ties) {
        List<Network.Link> links = new ArrayList<>();
        for (String tie : ties) {
            String[] ends = tie.split("-");
            links.add(new Network.Link(links.size() + 1, ends[0], ends[1], "partners-with", true, 3, true));
        }
        return new Network(nodes, links);
    }

    private static String pair(Suggestion suggestion) {
        return suggestion.from().key() + "-" + suggestion.to().key();
    }

    /**
     * a and b both work with c (3 ties) and d (2 ties); c and d both work with a and b (2 ties each); e only with c.
     * Adamic–Adar: c–d = 2/ln 2 = 2.885, a–b = 1/ln 3 + 1/ln 2 = 2.353, a–e = b–e = 1/ln 3 = 0.910.
     */
    @Test
    void adamicAdarRanksTheSharedQuietNeighboursFirst() {
        Network square = network(List.of(node("a"), node("b"), node("c"), node("d"), node("e")),
                "a-c", "b-c", "a-d", "b-d", "c-e");
        List<Suggestion> found = Suggestions.of(square, Set.of(), 10);
        assertThat(found).allSatisfy(suggestion -> assertThat(suggestion.acrossClusters()).isFalse());
        assertThat(found).extracting(SuggestionsTest::pair).containsExactly("c-d", "a-b", "a-e", "b-e");
        assertThat(found.get(0).score()).isCloseTo(2 / Math.log(2), within(1e-9));
        assertThat(found.get(1).score()).isCloseTo(1 / Math.log(3) + 1 / Math.log(2), within(1e-9));
        assertThat(found.get(2).score()).isCloseTo(1 / Math.log(3), within(1e-9));
        assertThat(found.get(0).reason()).isEqualTo("both work with A and B");
        assertThat(found.get(1).common()).containsExactly("C", "D");
    }

    /**
     * Two four-cliques joined by a1–b1: every pair not tied is one side's bridge end and an end of the other
     * clique, with the bridge end (4 ties) in common: 1/ln 4, doubled for crossing clusters.
     */
    @Test
    void pairsAcrossTwoClustersGetTheBonusAndTheirReasonSaysSo() {
        List<Network.Node> nodes = new ArrayList<>();
        List<String> ties = new ArrayList<>();
        for (String side : List.of("a", "b")) {
            for (int i = 1; i <= 4; i++) {
                nodes.add(node(side + i));
                for (int j = 1; j < i; j++) {
                    ties.add(side + j + "-" + side + i);
                }
            }
        }
        ties.add("a1-b1");
        List<Suggestion> found = Suggestions.of(network(nodes, ties.toArray(String[]::new)), Set.of(), 10);
        assertThat(found).extracting(SuggestionsTest::pair)
                .containsExactly("a1-b2", "a1-b3", "a1-b4", "a2-b1", "a3-b1", "a4-b1");
        assertThat(found).allSatisfy(suggestion -> {
            assertThat(suggestion.acrossClusters()).isTrue();
            assertThat(suggestion.score()).isCloseTo(Suggestions.CLUSTER_BONUS / Math.log(4), within(1e-9));
        });
        assertThat(found.get(0).reason()).isEqualTo("both work with B1; they are in different clusters");
    }

    @Test
    void pairsAlreadyTiedProposedOrDeclinedAreNeverSuggested() {
        Network square = network(List.of(node("a"), node("b"), node("c"), node("d"), node("e")),
                "a-c", "b-c", "a-d", "b-d", "c-e");
        List<Suggestion> found = Suggestions.of(square, Set.of(Suggestion.pair("d", "c"), Suggestion.pair("a", "e")),
                10);
        assertThat(found).extracting(SuggestionsTest::pair).containsExactly("a-b", "b-e");
        assertThat(Suggestions.of(square, Set.of(), 2)).extracting(SuggestionsTest::pair)
                .as("the limit keeps the best").containsExactly("c-d", "a-b");
    }

    /** Two triangles with nothing between them: their best-connected food banks are suggested to each other. */
    @Test
    void twoSeparatePartsMeetThroughTheirBestConnectedEndsOfTheSameCategory() {
        Network apart = network(List.of(node("p1", "food"), node("p2", "food"), node("p3"), node("q1", "food"),
                        node("q2"), node("q3"), node("r1", "arts")),
                "p1-p2", "p2-p3", "p1-p3", "q1-q2", "q2-q3", "q1-q3");
        List<Suggestion> found = Suggestions.of(apart, Set.of(), 10);
        assertThat(found).extracting(SuggestionsTest::pair).containsExactly("p1-q1");
        assertThat(found.get(0).acrossComponents()).isTrue();
        assertThat(found.get(0).score()).isEqualTo(Suggestions.BRIDGE_SCORE);
        assertThat(found.get(0).reason()).isEqualTo("both are food; nothing joins their parts of the network yet");
    }

    @Test
    void theSameNetworkAlwaysGivesTheSameList() {
        Network square = network(List.of(node("e"), node("d"), node("c"), node("b"), node("a")),
                "c-e", "b-d", "a-d", "b-c", "a-c");
        assertThat(Suggestions.of(square, Set.of(), 10)).extracting(SuggestionsTest::pair)
                .containsExactly("c-d", "a-b", "a-e", "b-e");
    }
}
