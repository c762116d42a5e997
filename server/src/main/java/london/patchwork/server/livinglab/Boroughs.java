package london.patchwork.server.livinglab;

import java.util.ArrayList;
import java.util.List;

/**
 * The local hubs of a run: the scenario's boroughs in order, then, when a run asks for more hubs than it lists,
 * made-up areas ({@code hub17}, {@code hub18}...) on a spiral around central London so that they still have
 * neighbours near and far.
 */
public final class Boroughs {

    private static final double CENTRE_LATITUDE = 51.5072;
    private static final double CENTRE_LONGITUDE = -0.1276;
    private static final double GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

    private Boroughs() {
    }

    /** {@code count} hubs, index 0..count-1. */
    public static List<Plan.PlannedHub> hubs(Scenario scenario, int count) {
        List<Plan.PlannedHub> hubs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (i < scenario.hubs().size()) {
                Scenario.Borough borough = scenario.hubs().get(i);
                hubs.add(new Plan.PlannedHub(i, borough.username(), borough.name(), borough.area(),
                        borough.latitude(), borough.longitude()));
            } else {
                hubs.add(madeUp(i));
            }
        }
        return List.copyOf(hubs);
    }

    private static Plan.PlannedHub madeUp(int index) {
        int number = index + 1;
        // Outer London lies roughly 8 to 18 km from the centre; the golden angle spreads hubs evenly around it.
        double km = 8 + (index % 6) * 2;
        double bearing = index * GOLDEN_ANGLE;
        double latitude = CENTRE_LATITUDE + km * Math.cos(bearing) / 111.32;
        double longitude = CENTRE_LONGITUDE + km * Math.sin(bearing)
                / (111.32 * Math.cos(Math.toRadians(CENTRE_LATITUDE)));
        return new Plan.PlannedHub(index, "hub" + number, "Patchwork Hub " + number, "London area " + number,
                Math.round(latitude * 10_000) / 10_000.0, Math.round(longitude * 10_000) / 10_000.0);
    }
}
