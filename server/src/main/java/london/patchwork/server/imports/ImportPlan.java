package london.patchwork.server.imports;

import london.patchwork.server.assets.AssetService;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A file's rows checked against the hub, before anything is written: every asset's fields (by the assets
 * capability's own checks), every tie's ends found among the file's elements (by id, else by label) and its fields.
 * Either there are rejections, and nothing may be written, or the plan can be written whole.
 *
 * @param ties each tie with the positions, in {@code parsed.assets()}, of the assets it joins
 */
record ImportPlan(ParsedImport parsed, List<Tie> ties, List<Rejection> rejections) {

    record Tie(ParsedImport.TieRow row, int from, int to) {
    }

    static ImportPlan check(ParsedImport parsed, Function<AssetService.Draft, Map<String, String>> assetChecks,
                            Function<ParsedImport.TieRow, Map<String, String>> tieChecks, Progress progress) {
        List<Rejection> rejections = new ArrayList<>(parsed.rejections());
        int total = parsed.assets().size() + parsed.ties().size();
        int done = 0;
        String row = parsed.format().row();
        for (ParsedImport.AssetRow asset : parsed.assets()) {
            assetChecks.apply(asset.draft()).forEach((field, message) ->
                    rejections.add(new Rejection(row, asset.index(), field, message)));
            progress.at("validating", ++done, total);
        }
        Ends ends = new Ends(parsed.assets());
        List<Tie> ties = new ArrayList<>();
        for (ParsedImport.TieRow tie : parsed.ties()) {
            List<Rejection> wrong = new ArrayList<>();
            int from = ends.find(tie, "from", tie.from(), wrong);
            int to = ends.find(tie, "to", tie.to(), wrong);
            if (from >= 0 && from == to) {
                wrong.add(new Rejection("connection", tie.index(), "to", "a connection joins two different ends"));
            }
            tieChecks.apply(tie).forEach((field, message) ->
                    wrong.add(new Rejection("connection", tie.index(), field, message)));
            if (wrong.isEmpty()) {
                ties.add(new Tie(tie, from, to));
            }
            rejections.addAll(wrong);
            progress.at("validating", ++done, total);
        }
        return new ImportPlan(parsed, ties, List.copyOf(rejections));
    }

    /** Rows with at least one problem. */
    int rejectedRows() {
        return (int) rejections.stream().map(rejection -> rejection.row() + rejection.index()).distinct().count();
    }

    /** The file's elements by id, and by label for hand-made files that have none. */
    private static final class Ends {
        private final Map<String, Integer> byKey = new HashMap<>();
        private final Map<String, List<Integer>> byLabel = new HashMap<>();

        Ends(List<ParsedImport.AssetRow> assets) {
            for (int i = 0; i < assets.size(); i++) {
                ParsedImport.AssetRow asset = assets.get(i);
                if (asset.key() != null && !asset.key().isBlank()) {
                    byKey.putIfAbsent(asset.key().strip(), i);
                }
                String label = asset.draft().name() == null ? "" : asset.draft().name().strip();
                byLabel.computeIfAbsent(label, k -> new ArrayList<>()).add(i);
            }
        }

        int find(ParsedImport.TieRow tie, String field, String name, List<Rejection> wrong) {
            Integer byId = byKey.get(name);
            if (byId != null) {
                return byId;
            }
            List<Integer> labelled = byLabel.getOrDefault(name, List.of());
            if (labelled.size() == 1) {
                return labelled.get(0);
            }
            wrong.add(new Rejection("connection", tie.index(), field, labelled.isEmpty()
                    ? "no element has the id or label \"" + name + "\""
                    : labelled.size() + " elements have the label \"" + name + "\": name one by its id"));
            return -1;
        }
    }
}
