package london.patchwork.server.imports;

import java.io.PrintWriter;
import java.lang.reflect.Method;

/**
 * The command line's progress: on a terminal one line redrawn in place ({@code \r}) with a bar; otherwise (a log, a
 * pipe) a plain line whenever the phase changes or another tenth is done, so a log is not flooded.
 */
final class ImportProgressLine {

    private static final int WIDTH = 30;

    private final PrintWriter out;
    private final boolean redraw;
    private String lastPhase = "";
    private int lastTenth = -1;
    private boolean drawn;

    ImportProgressLine(PrintWriter out, boolean redraw) {
        this.out = out;
        this.redraw = redraw;
    }

    /** Whether standard output is a terminal (JDK 22+ answers through {@code Console.isTerminal}). */
    static boolean terminal() {
        var console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = console.getClass().getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException olderJdk) {
            return true;
        }
    }

    void show(String phase, int processed, int total) {
        int percent = total <= 0 ? 0 : (int) Math.min(100, processed * 100L / total);
        if (redraw) {
            int filled = percent * WIDTH / 100;
            out.print("\r" + String.format("%-10s [%s%s] %3d%% %d/%d", phase, "#".repeat(filled),
                    " ".repeat(WIDTH - filled), percent, processed, total));
            out.flush();
            drawn = true;
            return;
        }
        int tenth = percent / 10;
        if (!phase.equals(lastPhase) || tenth != lastTenth) {
            out.println(phase + " " + processed + "/" + total + " (" + percent + "%)");
            out.flush();
            lastPhase = phase;
            lastTenth = tenth;
        }
    }

    /** Ends a redrawn line, so what follows starts on its own. */
    void end() {
        if (drawn) {
            out.println();
            out.flush();
        }
    }
}
