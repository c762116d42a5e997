package london.patchwork.server.livinglab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A process's memory as the operating system sees it (Linux {@code /proc/{pid}/status}): the resident set now and
 * the highest it has been. The JVM's own heap figures miss metaspace, code cache, thread stacks and native buffers,
 * which is what a hub's host actually pays for.
 *
 * @param rssBytes     resident set size now ({@code VmRSS})
 * @param peakRssBytes the highest resident set size seen ({@code VmHWM})
 */
public record ProcessMemory(long rssBytes, long peakRssBytes) {

    /** What is reported when there is no process or no {@code /proc} to read. */
    public static final ProcessMemory NONE = new ProcessMemory(0, 0);

    /** Reads a live process's figures; {@link #NONE} when it has gone or {@code /proc} is missing (not Linux). */
    public static ProcessMemory of(long pid) {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        List<String> lines;
        try {
            lines = Files.readAllLines(status);
        } catch (IOException | RuntimeException e) {
            return NONE;
        }
        long rss = 0;
        long peak = 0;
        for (String line : lines) {
            if (line.startsWith("VmRSS:")) {
                rss = kilobytes(line);
            } else if (line.startsWith("VmHWM:")) {
                peak = kilobytes(line);
            }
        }
        return new ProcessMemory(rss, Math.max(peak, rss));
    }

    /** The higher of both figures: a restarted process's peak must not hide the peak before the restart. */
    public ProcessMemory withPeakAtLeast(long earlierPeak) {
        return new ProcessMemory(rssBytes, Math.max(peakRssBytes, earlierPeak));
    }

    /** {@code VmRSS:     123456 kB} → bytes. */
    private static long kilobytes(String line) {
        String[] parts = line.substring(line.indexOf(':') + 1).trim().split("\\s+");
        try {
            return Long.parseLong(parts[0]) * 1024;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
