package london.patchwork.server.guides;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The lines one text keeps, removes and adds on the way to another: a longest-common-subsequence diff. Guides are
 * short enough (at most {@link GuideInput#MAX_BODY_CHARS}) that the quadratic table is cheap, and its result is the
 * smallest edit, which is what a reader comparing two revisions wants to see.
 */
public final class LineDiff {

    /** What happened to a line. */
    public enum Change { KEPT, REMOVED, ADDED }

    /**
     * One line of the diff.
     *
     * @param oldNumber its number in the old text (1-based), or 0 when added
     * @param newNumber its number in the new text, or 0 when removed
     */
    public record Line(Change change, String text, int oldNumber, int newNumber) {
    }

    private LineDiff() {
    }

    public static List<Line> between(String oldText, String newText) {
        List<String> a = lines(oldText);
        List<String> b = lines(newText);
        int n = a.size();
        int m = b.size();
        // common[i][j]: the length of the longest common subsequence of a[i..] and b[j..].
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Line> diff = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a.get(i).equals(b.get(j))) {
                diff.add(new Line(Change.KEPT, a.get(i), i + 1, j + 1));
                i++;
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                diff.add(new Line(Change.REMOVED, a.get(i), i + 1, 0));
                i++;
            } else {
                diff.add(new Line(Change.ADDED, b.get(j), 0, j + 1));
                j++;
            }
        }
        for (; i < n; i++) {
            diff.add(new Line(Change.REMOVED, a.get(i), i + 1, 0));
        }
        for (; j < m; j++) {
            diff.add(new Line(Change.ADDED, b.get(j), 0, j + 1));
        }
        return diff;
    }

    static List<String> lines(String text) {
        if (text == null || text.isEmpty()) {
            return Collections.emptyList();
        }
        String normal = text.replace("\r\n", "\n").replace('\r', '\n');
        if (normal.endsWith("\n")) {
            normal = normal.substring(0, normal.length() - 1);
        }
        return List.of(normal.split("\n", -1));
    }
}
