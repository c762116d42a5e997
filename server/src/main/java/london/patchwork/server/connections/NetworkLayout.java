package london.patchwork.server.connections;

import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.IndexedFRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.DefaultWeightedEdge;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * Where each node sits in the drawing: Fruchterman–Reingold with a Barnes–Hut tree (so thousands of nodes take
 * seconds, not minutes) from a fixed seed, so the same network is always drawn the same way and a page shows the
 * same picture as the last.
 */
final class NetworkLayout {

    static final double SIZE = 1000;
    private static final int ITERATIONS = 100;
    private static final long SEED = 42;

    private NetworkLayout() {
    }

    static Map<String, NetworkFigures.Point> of(Graph<String, DefaultWeightedEdge> graph) {
        Map<String, NetworkFigures.Point> placed = new LinkedHashMap<>();
        if (graph.vertexSet().isEmpty()) {
            return placed;
        }
        MapLayoutModel2D<String> model = new MapLayoutModel2D<>(Box2D.of(SIZE, SIZE));
        new IndexedFRLayoutAlgorithm2D<String, DefaultWeightedEdge>(ITERATIONS,
                IndexedFRLayoutAlgorithm2D.DEFAULT_THETA_FACTOR, 0.5, new Random(SEED)).layout(graph, model);
        for (String key : graph.vertexSet()) {
            Point2D point = model.get(key);
            placed.put(key, new NetworkFigures.Point(clamp(point.getX()), clamp(point.getY())));
        }
        return placed;
    }

    private static double clamp(double value) {
        return Double.isFinite(value) ? Math.max(0, Math.min(SIZE, value)) : SIZE / 2;
    }
}
