package london.patchwork.server.connections;

import java.util.List;

/**
 * Two ends not yet tied that link prediction says should be: {@code from} sorts before {@code to} by key.
 *
 * @param score            Adamic–Adar over their common neighbours, doubled across communities; a small fixed score
 *                         for two parts of the network with nothing in common but a category
 * @param common           the names of the ends both are tied to, by name
 * @param acrossClusters   they are in different communities
 * @param acrossComponents nothing joins them yet, however far round
 */
public record Suggestion(Network.Node from, Network.Node to, double score, List<String> common,
                         boolean acrossClusters, boolean acrossComponents) {

    private static final int NAMED = 3;

    /** Why, in words: "both work with X and Y; they are in different clusters". */
    public String reason() {
        StringBuilder reason = new StringBuilder();
        if (common.isEmpty()) {
            reason.append("both are ").append(from.category() == null ? from.kind() : from.category()
                    .replace('-', ' '));
        } else {
            reason.append("both work with ").append(names());
        }
        if (acrossComponents) {
            reason.append("; nothing joins their parts of the network yet");
        } else if (acrossClusters) {
            reason.append("; they are in different clusters");
        }
        return reason.toString();
    }

    /** The pair whichever way round it is named, to compare with pairs already proposed. */
    public static String pair(String one, String other) {
        return one.compareTo(other) <= 0 ? one + '\n' + other : other + '\n' + one;
    }

    private String names() {
        List<String> shown = common.subList(0, Math.min(NAMED, common.size()));
        String listed = shown.size() == 1 ? shown.get(0)
                : String.join(", ", shown.subList(0, shown.size() - 1)) + " and " + shown.get(shown.size() - 1);
        int more = common.size() - shown.size();
        return more == 0 ? listed : String.join(", ", shown) + " and " + more + " more";
    }
}
