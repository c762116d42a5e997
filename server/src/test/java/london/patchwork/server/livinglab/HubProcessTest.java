package london.patchwork.server.livinglab;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** How a hub process is launched and measured, without launching one. */
class HubProcessTest {

    @Test
    void aHubIsTheRunningJavaOnThisClassPathConfiguredBySystemProperties() {
        try (LabNetwork network = new LabNetwork(LinkObserver.NONE)) {
            int port = network.reservePort();
            LabLink link = network.open("hackney", port);
            HubSettings settings = new HubSettings("hackney", "Hackney Hub", "Tenants and advisers.", "Hackney", 0,
                    Map.of("patchwork.delivery.retry.cap", "9s", "patchwork.aggregation.shares", "true"));
            HubProcess hub = new HubProcess(settings, "jdbc:postgresql://localhost:5/lab_hackney", "postgres", null,
                    port, link, Path.of("target", "lab-out"));

            List<String> command = hub.command();
            assertThat(command.getFirst()).isEqualTo(ProcessHandle.current().info().command().orElseThrow());
            assertThat(command).containsSubsequence("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "-Xss512k", "-Xms16m", "-XX:MaxHeapFreeRatio=10");
            assertThat(command.subList(command.size() - 3, command.size()))
                    .containsExactly("-cp", HubProcessCommand.absolute(System.getProperty("java.class.path")),
                            HubProcess.MAIN_CLASS);
            Map<String, String> properties = hub.systemProperties();
            assertThat(properties)
                    .containsEntry("micronaut.server.port", Integer.toString(port))
                    .containsEntry("micronaut.server.host", "127.0.0.1")
                    .containsEntry("patchwork.base-url", "http://localhost:" + link.port())
                    .containsEntry("datasources.default.url", "jdbc:postgresql://localhost:5/lab_hackney")
                    .containsEntry("datasources.default.maximum-pool-size", "6")
                    .containsEntry("patchwork.hub.area", "Hackney")
                    .containsEntry("patchwork.admin-token", hub.token())
                    .containsEntry("patchwork.delivery.circuit.open-for", "3s")
                    .containsEntry("patchwork.delivery.retry.base", "1s")
                    .containsEntry("patchwork.delivery.retry.cap", "9s")
                    .containsEntry("patchwork.aggregation.shares", "true");
            assertThat(properties.get("patchwork.media.dir")).endsWith(Path.of("media", "hackney").toString());
            assertThat(hub.log().endsWith(Path.of("logs", "hackney.log"))).as(hub.log().toString()).isTrue();
            assertThat(hub.token()).hasSizeGreaterThanOrEqualTo(16);
            assertThat(hub.alive()).isFalse();
            assertThat(hub.memory()).isEqualTo(ProcessMemory.NONE);
        }
    }

    @Test
    void theAheadOfTimeCacheIsUsedOnlyWhenMadeAfterTheJarBesideIt() throws Exception {
        Path directory = Files.createTempDirectory("lab-aot");
        Path jar = Files.writeString(directory.resolve("patchwork.jar"), "jar");
        Path cache = Files.writeString(directory.resolve("patchwork.aot"), "cache");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_000));
        Files.setLastModifiedTime(cache, FileTime.fromMillis(2_000_000));

        assertThat(HubProcessCommand.aotCache(jar.toString())).contains(cache);
        assertThat(HubProcessCommand.aotCache(jar + File.pathSeparator + directory)).isEmpty();
        Files.setLastModifiedTime(cache, FileTime.fromMillis(500_000));
        assertThat(HubProcessCommand.aotCache(jar.toString())).isEmpty();
        assertThat(HubProcessCommand.absolute("a.jar" + File.pathSeparator + "/b/c.jar"))
                .isEqualTo(Path.of("a.jar").toAbsolutePath() + File.pathSeparator + "/b/c.jar");
    }

    @Test
    void hubPortsAreDistinctAndBelowTheKernelsEphemeralRange() {
        LabPorts ports = new LabPorts();
        Set<Integer> given = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            int port = ports.reserve();
            assertThat(port).isBetween(LabPorts.FIRST, LabPorts.LAST - 1);
            assertThat(given.add(port)).isTrue();
        }
    }

    @Test
    void memoryIsReadFromProcWhenThereIsOne() {
        ProcessMemory mine = ProcessMemory.of(ProcessHandle.current().pid());
        if (java.nio.file.Files.isDirectory(Path.of("/proc/self"))) {
            assertThat(mine.rssBytes()).isPositive();
            assertThat(mine.peakRssBytes()).isGreaterThanOrEqualTo(mine.rssBytes());
        } else {
            assertThat(mine).isEqualTo(ProcessMemory.NONE);
        }
        assertThat(ProcessMemory.of(Long.MAX_VALUE)).isEqualTo(ProcessMemory.NONE);
        assertThat(new ProcessMemory(5, 7).withPeakAtLeast(9)).isEqualTo(new ProcessMemory(5, 9));
        assertThat(new ProcessMemory(5, 7).withPeakAtLeast(3)).isEqualTo(new ProcessMemory(5, 7));
    }
}
