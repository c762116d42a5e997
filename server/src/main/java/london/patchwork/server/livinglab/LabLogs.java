package london.patchwork.server.livinglab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reading the end of a hub's log, to say why it did not start. */
final class LabLogs {

    private LabLogs() {
    }

    static String tail(Path log, int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | RuntimeException e) {
            return "(no log at " + log + ": " + e.getMessage() + ")";
        }
    }
}
