package london.patchwork.server.interop;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where Node is missing or too old the interop tests skip, except under CI=true, where they fail. */
class NodeToolsTest {

    @TempDir
    Path bin;

    @Test
    void withoutNodeTheTestSkipsAndSaysWhy() {
        assertThatThrownBy(() -> NodeTools.require(bin.toString(), false))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("need node")
                .hasMessageContaining("Skipped");
    }

    @Test
    void withoutNodeUnderCiTheTestFails() {
        assertThatThrownBy(() -> NodeTools.require(bin.toString(), true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CI=true, so this fails");
    }

    @Test
    void anOldNodeIsTreatedAsMissing() throws IOException {
        script("node", "echo v18.19.1");
        script("npm", "echo 10.2.4");
        assertThatThrownBy(() -> NodeTools.require(bin.toString(), false))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("is Node 18");
        assertThatThrownBy(() -> NodeTools.require(bin.toString(), true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is Node 18");
    }

    @Test
    void node20AndNpmAreFoundOnThePath() throws IOException {
        Path node = script("node", "echo v20.20.2");
        Path npm = script("npm", "echo 11.19.1");
        assertThat(NodeTools.require("/nonexistent:" + bin, true)).isEqualTo(new NodeTools(node, npm));
    }

    private Path script(String name, String body) throws IOException {
        Path file = bin.resolve(name);
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }
}
