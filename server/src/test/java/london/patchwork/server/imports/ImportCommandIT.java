package london.patchwork.server.imports;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import london.patchwork.server.testing.HubTest;
import london.patchwork.server.testing.TestHubs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code patchwork import} run in-process against a real hub: progress, the report, and the exit code. */
@MicronautTest(transactional = false)
class ImportCommandIT extends HubTest {

    @TempDir
    Path folder;

    /** What the command printed and how it exited. */
    record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = new CommandLine(new ImportCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void aFileIsUploadedFollowedAndReportedWithPlainProgressLinesOffATerminal() throws IOException {
        StringBuilder csv = new StringBuilder(ImportRequests.HEADER).append('\n');
        for (int i = 0; i < 300; i++) {
            csv.append(",Planter ").append(i).append(",place,physical-spaces,,,,,,,,,,,,,,,,planters,,,\n");
        }
        Path file = Files.writeString(folder.resolve("planters.csv"), csv);
        Run run = run(file.toString(), "--hub", baseUrl(), "--token", TestHubs.ORGANISER_TOKEN, "--progress", "lines");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).doesNotContain("\r").contains("imported 300/300 (100%)")
                .containsPattern("Import \\d+ imported: 300 read, 300 imported \\(300 assets, 0 connections\\), "
                        + "0 rejected");
    }

    @Test
    void aTerminalSeesOneLineRedrawnAndARejectedFileExitsNonZero() throws IOException {
        Path file = Files.writeString(folder.resolve("network.json"), """
                {"elements": [{"id": "a", "label": "Allotments", "type": "place", "category": "physical-spaces"},
                              {"id": "b", "label": "Seed swap", "type": "hobby"}],
                 "connections": [{"from": "a", "to": "nowhere", "type": "partners-with"}]}""");
        Run run = run(file.toString(), "--format", "kumu", "--hub", baseUrl(), "--token", TestHubs.ORGANISER_TOKEN,
                "--progress", "bar");
        assertThat(run.exit()).isEqualTo(ImportCommand.REJECTED);
        assertThat(run.out()).contains("\r").contains("element 1 kind: kind must be one of")
                .contains("connection 0 to: no element has the id or label \"nowhere\"")
                .contains("Nothing was imported");
    }

    @Test
    void withoutATokenOrAFormatTheCommandSaysWhatIsMissing() throws IOException {
        Path file = Files.writeString(folder.resolve("services.json"), "[]");
        Run noFormat = run(file.toString(), "--hub", baseUrl(), "--token", "x");
        assertThat(noFormat.exit()).isEqualTo(ImportCommand.REFUSED);
        assertThat(noFormat.err()).contains("--format csv|geojson|kumu|oruk");
        Run badToken = run(file.toString(), "--format", "oruk", "--hub", baseUrl(), "--token", "wrong");
        assertThat(badToken.exit()).isEqualTo(ImportCommand.REFUSED);
        assertThat(badToken.err()).contains("The hub refused the file (401)");
        Run noHub = run(file.toString(), "--format", "oruk", "--hub", "http://127.0.0.1:9", "--token", "x");
        assertThat(noHub.exit()).isEqualTo(ImportCommand.REFUSED);
        assertThat(noHub.err()).contains("Could not reach http://127.0.0.1:9");
    }
}
