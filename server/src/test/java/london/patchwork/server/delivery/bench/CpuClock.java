package london.patchwork.server.delivery.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * CPU time used, which unlike wall time hardly depends on what else the shared machine is running: this JVM's
 * (hub and sink), and the test PostgreSQL's (the postmaster, the backends it has reaped, and the live backends),
 * read from /proc on Linux.
 */
final class CpuClock {

    /** Linux's USER_HZ: /proc times are in hundredths of a second. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    private final long postmaster;

    private CpuClock(long postmaster) {
        this.postmaster = postmaster;
    }

    /** The clock for the PostgreSQL listening on this port (found by its command line), or -1 if none. */
    static CpuClock forPostgresOnPort(int port) {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            long pid = processes.filter(p -> p.getFileName().toString().matches("\\d+"))
                    .filter(p -> {
                        String command = commandLine(p);
                        return command.contains("postgres") && command.contains("-p " + port);
                    })
                    .mapToLong(p -> Long.parseLong(p.getFileName().toString()))
                    .findFirst().orElse(-1);
            return new CpuClock(pid);
        } catch (IOException e) {
            return new CpuClock(-1);
        }
    }

    long jvmNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    long postgresNanos() {
        if (postmaster < 0) {
            return 0;
        }
        long ticks = ticks(postmaster, true);
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            ticks += processes.filter(p -> p.getFileName().toString().matches("\\d+"))
                    .mapToLong(p -> Long.parseLong(p.getFileName().toString()))
                    .filter(pid -> parent(pid) == postmaster)
                    .map(pid -> ticks(pid, false))
                    .sum();
        } catch (IOException e) {
            return 0;
        }
        return ticks * NANOS_PER_TICK;
    }

    private static String commandLine(Path process) {
        try {
            return new String(Files.readAllBytes(process.resolve("cmdline"))).replace('\0', ' ');
        } catch (IOException e) {
            return "";
        }
    }

    /** Fields after the command name in /proc/pid/stat: 0 is the state, 1 the parent, 11-14 utime, stime, cutime, cstime. */
    private static List<String> stat(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return List.of(stat.substring(stat.lastIndexOf(')') + 2).split(" "));
        } catch (IOException | RuntimeException gone) {
            return List.of();
        }
    }

    private static long parent(long pid) {
        List<String> fields = stat(pid);
        return fields.size() > 1 ? Long.parseLong(fields.get(1)) : -1;
    }

    private static long ticks(long pid, boolean withReapedChildren) {
        List<String> fields = stat(pid);
        if (fields.size() < 15) {
            return 0;
        }
        long own = Long.parseLong(fields.get(11)) + Long.parseLong(fields.get(12));
        return withReapedChildren ? own + Long.parseLong(fields.get(13)) + Long.parseLong(fields.get(14)) : own;
    }
}
