package london.patchwork.server.livinglab;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The command line of a hub's JVM: the java running the lab, on the lab's own class path, sized small (a serial
 * collector, C1 only, small thread stacks) so that a dozen hubs start together on two cores, with the heap
 * settings of {@code server/bin/patchwork}. On JDK 25 and later it
 * also runs as {@code server/bin/patchwork} does, with compact object headers and, when the lab runs from the
 * packaged jar, the ahead-of-time cache built beside it, which roughly halves each hub's start.
 */
final class HubProcessCommand {

    private HubProcessCommand() {
    }

    static List<String> of(int heapMb, Map<String, String> systemProperties) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heapMb + "m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Xss512k",
                // As server/bin/patchwork: a heap that starts small and gives memory back, so that the RSS the
                // report shows is what a hub on a small server would hold, not what the JVM grabbed at start.
                "-Xms16m", "-XX:MinHeapFreeRatio=5", "-XX:MaxHeapFreeRatio=10", "-XX:-ShrinkHeapInSteps"));
        String classPath = absolute(System.getProperty("java.class.path"));
        if (Runtime.version().feature() >= 25) {
            // The AOT cache was trained with compact headers; without them the JVM would ignore it.
            command.addAll(List.of("-XX:+UseCompactObjectHeaders", "-XX:TrimNativeHeapInterval=10000"));
            aotCache(classPath).ifPresent(cache -> command.add("-XX:AOTCache=" + cache));
        }
        systemProperties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-cp", classPath, HubProcess.MAIN_CLASS));
        return command;
    }

    /** The class path with every entry absolute, so it means the same from any working directory. */
    static String absolute(String classPath) {
        return Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(entry -> Path.of(entry).toAbsolutePath().normalize().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    /**
     * {@code patchwork.aot} beside a class path of one {@code patchwork.jar}, when made after the jar: JDK 25 does
     * not notice a cache made from another build of the jar and would run its old classes.
     */
    static Optional<Path> aotCache(String classPath) {
        if (classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar")) {
            return Optional.empty();
        }
        Path jar = Path.of(classPath);
        String name = jar.getFileName().toString();
        Path cache = jar.resolveSibling(name.substring(0, name.length() - ".jar".length()) + ".aot");
        try {
            if (Files.isRegularFile(cache)
                    && Files.getLastModifiedTime(cache).compareTo(Files.getLastModifiedTime(jar)) > 0) {
                return Optional.of(cache);
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
