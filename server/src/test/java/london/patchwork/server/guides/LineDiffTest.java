package london.patchwork.server.guides;

import org.junit.jupiter.api.Test;

import java.util.List;

import static london.patchwork.server.guides.LineDiff.Change.ADDED;
import static london.patchwork.server.guides.LineDiff.Change.KEPT;
import static london.patchwork.server.guides.LineDiff.Change.REMOVED;
import static org.assertj.core.api.Assertions.assertThat;

class LineDiffTest {

    @Test
    void identicalTextsKeepEveryLine() {
        assertThat(LineDiff.between("a\nb\n", "a\nb")).extracting(LineDiff.Line::change).containsExactly(KEPT, KEPT);
    }

    @Test
    void aChangedLineIsRemovedThenAdded() {
        List<LineDiff.Line> diff = LineDiff.between("Bring ID\nCome at 10\nAsk for Sam", "Bring ID\nCome at 11\nAsk for Sam");
        assertThat(diff).containsExactly(
                new LineDiff.Line(KEPT, "Bring ID", 1, 1),
                new LineDiff.Line(REMOVED, "Come at 10", 2, 0),
                new LineDiff.Line(ADDED, "Come at 11", 0, 2),
                new LineDiff.Line(KEPT, "Ask for Sam", 3, 3));
    }

    @Test
    void theSmallestEditIsFound() {
        // A diff that lines up "b" and "c" keeps three lines; a naive one would remove and add them all.
        List<LineDiff.Line> diff = LineDiff.between("a\nb\nc\nd", "b\nc\nx\nd");
        assertThat(diff.stream().filter(line -> line.change() == KEPT).map(LineDiff.Line::text))
                .containsExactly("b", "c", "d");
        assertThat(diff.stream().filter(line -> line.change() == REMOVED).map(LineDiff.Line::text))
                .containsExactly("a");
        assertThat(diff.stream().filter(line -> line.change() == ADDED).map(LineDiff.Line::text))
                .containsExactly("x");
    }

    @Test
    void fromOrToNothing() {
        assertThat(LineDiff.between("", "one\ntwo")).extracting(LineDiff.Line::change).containsExactly(ADDED, ADDED);
        assertThat(LineDiff.between("one\ntwo", "")).extracting(LineDiff.Line::change)
                .containsExactly(REMOVED, REMOVED);
        assertThat(LineDiff.between("", "")).isEmpty();
    }

    @Test
    void windowsLineEndingsAreTheSameLines() {
        assertThat(LineDiff.between("a\r\nb", "a\nb")).extracting(LineDiff.Line::change).containsExactly(KEPT, KEPT);
    }

    @Test
    void blankLinesCount() {
        assertThat(LineDiff.between("a\n\nb", "a\nb")).extracting(LineDiff.Line::change)
                .containsExactly(KEPT, REMOVED, KEPT);
    }
}
