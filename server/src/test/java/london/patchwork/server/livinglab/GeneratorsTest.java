package london.patchwork.server.livinglab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GeneratorsTest {

    @Test
    void aSmallWorldHasNTimesKOverTwoEdgesWithoutSelfTiesOrRepeats() {
        List<Generators.Edge> edges = Generators.smallWorld(20, 4, 0.3, new SplittableRandom(1));

        assertThat(edges).hasSize(20 * 4 / 2);
        Set<String> pairs = new HashSet<>();
        for (Generators.Edge edge : edges) {
            assertThat(edge.a()).isNotEqualTo(edge.b());
            assertThat(pairs.add(Math.min(edge.a(), edge.b()) + "-" + Math.max(edge.a(), edge.b()))).isTrue();
        }
        // Some ties were rewired away from the ring, which is what makes it a small world.
        assertThat(edges).anyMatch(e -> Math.floorMod(e.b() - e.a(), 20) > 2);
    }

    @Test
    void withoutRewiringASmallWorldIsARingLattice() {
        List<Generators.Edge> edges = Generators.smallWorld(10, 4, 0, new SplittableRandom(1));

        assertThat(edges).hasSize(20).allMatch(e -> Math.floorMod(e.b() - e.a(), 10) <= 2);
        int[] degree = new int[10];
        edges.forEach(e -> { degree[e.a()]++; degree[e.b()]++; });
        assertThat(degree).containsOnly(4);
    }

    @Test
    void preferentialAttachmentFavoursTheWellConnected() {
        // Weights are degree + 1: 1, 1, 1, 1 and 21, so the hub of the network should be drawn 21/25 of the time.
        List<Integer> degrees = List.of(0, 0, 0, 0, 20);
        SplittableRandom random = new SplittableRandom(42);
        int draws = 10_000;
        int[] counts = new int[degrees.size()];
        for (int i = 0; i < draws; i++) {
            counts[Generators.preferential(degrees, n -> true, random)]++;
        }

        assertThat(counts[4] / (double) draws).isBetween(0.80, 0.88);
        for (int lonely = 0; lonely < 4; lonely++) {
            assertThat(counts[lonely]).isPositive().isLessThan(counts[4] / 10);
        }
    }

    @Test
    void preferentialAttachmentPicksOnlyAllowedNodes() {
        SplittableRandom random = new SplittableRandom(3);

        for (int i = 0; i < 100; i++) {
            assertThat(Generators.preferential(List.of(5, 0, 7), n -> n != 2, random)).isIn(0, 1);
        }
        assertThat(Generators.preferential(List.of(5, 0, 7), n -> false, random)).isEqualTo(-1);
    }

    @Test
    void poissonCountsAverageTheirMean() {
        SplittableRandom random = new SplittableRandom(5);
        long total = 0;
        for (int i = 0; i < 20_000; i++) {
            total += Generators.poisson(0.4, random);
        }

        assertThat(total / 20_000.0).isBetween(0.38, 0.42);
        assertThat(Generators.poisson(0, random)).isZero();
    }

    @Test
    void assetsArePlacedWithinTwoKilometresOfTheirAreasCentre() {
        SplittableRandom random = new SplittableRandom(9);
        double farthest = 0;
        for (int i = 0; i < 2_000; i++) {
            double[] point = Generators.around(51.545, -0.0553, 2, random);
            farthest = Math.max(farthest, Generators.distanceKm(51.545, -0.0553, point[0], point[1]));
        }

        assertThat(farthest).isBetween(1.8, 2.01);
    }

    @Test
    void categoriesAndKindsAreTheServersOwn() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 500; i++) {
            String kind = Generators.assetKind(random);
            assertThat(kind).isIn(Generators.ASSET_KINDS);
            assertThat(Generators.category(kind, random)).isIn(Generators.CATEGORIES);
        }
    }
}
