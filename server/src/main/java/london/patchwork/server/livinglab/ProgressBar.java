package london.patchwork.server.livinglab;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The run's progress on the terminal: a bar redrawn in place with the simulated date and the ledger's counts, or,
 * when the output is not a terminal (a log, CI), a plain line at each phase and each new simulated day.
 */
final class ProgressBar {

    private static final int WIDTH = 28;

    private final PrintWriter out;
    private final boolean inPlace;
    private final AtomicInteger ticks = new AtomicInteger();
    private volatile String phase = "";
    private int lastDay = -1;
    private boolean drawn;

    ProgressBar(PrintWriter out, boolean inPlace) {
        this.out = out;
        this.inPlace = inPlace;
    }

    /** True when standard output is a terminal a bar can be redrawn on. */
    static boolean terminal() {
        return System.console() != null && System.getenv("CI") == null;
    }

    synchronized void phase(String name) {
        phase = name;
        ticks.set(0);
        endLine();
        out.println("· " + name);
        out.flush();
    }

    void tick() {
        ticks.incrementAndGet();
    }

    synchronized void waiting(String what, long done, long of) {
        if (inPlace) {
            draw(String.format("%s %s %d/%d", bar(done, of), what, done, of));
        }
    }

    /** One redraw during the days of the run. */
    synchronized void day(int day, int days, String date, Ledger.Counts counts, List<String> faults) {
        String line = String.format("%s day %d/%d %s  published %d  delivered %d/%d  duplicates %d  failures %d%s",
                bar(day, days), Math.min(day, days), days, date, counts.published(), counts.arrived(),
                counts.expected(), counts.duplicates(), counts.failures(),
                faults.isEmpty() ? "" : "  fault: " + String.join(", ", faults));
        if (inPlace) {
            draw(line);
        } else if (day != lastDay) {
            out.println(line);
            out.flush();
        }
        lastDay = day;
    }

    synchronized void settling(Ledger.Counts counts, long secondsLeft) {
        String line = String.format("%s settling: delivered %d/%d, waiting at most %d s more",
                bar(counts.arrived(), counts.expected()), counts.arrived(), counts.expected(), secondsLeft);
        if (inPlace) {
            draw(line);
        }
    }

    synchronized void done(String message) {
        endLine();
        out.println(message);
        out.flush();
    }

    private void draw(String line) {
        out.print("\r\033[2K" + line);
        out.flush();
        drawn = true;
    }

    private void endLine() {
        if (drawn) {
            out.println();
            drawn = false;
        }
    }

    private static String bar(long done, long of) {
        int filled = of <= 0 ? 0 : (int) Math.min(WIDTH, done * WIDTH / of);
        return "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "]";
    }

    String phaseName() {
        return phase;
    }
}
