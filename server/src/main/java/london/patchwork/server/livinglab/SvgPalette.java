package london.patchwork.server.livinglab;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One colour per hub for the whole page, so a hub is the same colour in both network drawings, the map and the
 * legends. Hubs get colours in name order; the first ones come from a palette readable by people with colour
 * blindness, and later ones are spread round the colour wheel.
 */
final class SvgPalette {

    private static final List<String> COLOURS = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9",
            "#D55E00", "#F0E442", "#000000", "#7F7F7F", "#8C564B", "#17BECF", "#BCBD22");

    private final Map<String, String> colours = new TreeMap<>();

    SvgPalette(Collection<String> hubs) {
        int index = 0;
        for (String hub : new TreeSet<>(hubs)) {
            colours.put(hub, index < COLOURS.size() ? COLOURS.get(index)
                    : "hsl(" + Math.round((index * 137.508) % 360) + ",65%,45%)");
            index++;
        }
    }

    String colour(String hub) {
        return colours.getOrDefault(hub, "#999999");
    }

    Map<String, String> all() {
        return colours;
    }

    /** An HTML legend of the hubs' colours (spans, not SVG, so drawings hold only their own shapes). */
    String legend() {
        StringBuilder html = new StringBuilder("<ul class=\"legend\">");
        colours.forEach((hub, colour) -> html.append("<li><span class=\"swatch\" style=\"background:")
                .append(colour).append("\"></span>").append(Svg.escape(hub)).append("</li>"));
        return html.append("</ul>").toString();
    }
}
