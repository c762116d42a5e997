package london.patchwork.server.inbox;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import london.patchwork.server.testing.HubTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/FEDERATION.md tells other servers what the inbox does: its route table is the one the hub assembles. */
@MicronautTest
class RouteTableDocumentedIT extends HubTest {

    private static final Path FEDERATION_MD = Path.of("..", "docs", "FEDERATION.md");
    private static final String START = "<!-- inbox routes: start -->";
    private static final String END = "<!-- inbox routes: end -->";

    @Inject ActivityRoutes routes;

    @Test
    void theDocumentedRouteTableIsTheAssembledOne() throws IOException {
        List<String> assembled = routes.table().stream()
                .map(route -> row(route.pattern().activityType(), route.pattern().objectKind(), route.capability(),
                        ActivityRoutes.name(route)))
                .toList();
        assertThat(documented()).as("rows between the route-table markers in docs/FEDERATION.md")
                .containsExactlyElementsOf(assembled);
        assertThat(assembled).contains(row("Create", "Note", "posts", "CreatePostHandler"),
                row("Undo", "Follow", "follows", "UndoFollowHandler"), row("Delete", "Actor", "inbox",
                        "DeleteActorHandler"));
    }

    private static List<String> documented() throws IOException {
        String text = Files.readString(FEDERATION_MD);
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        assertThat(start).as("route table start marker").isNotNegative();
        assertThat(end).as("route table end marker").isGreaterThan(start);
        List<String> rows = new ArrayList<>();
        for (String line : text.substring(start + START.length(), end).split("\n")) {
            String[] cells = line.split("\\|");
            if (cells.length < 5 || cells[1].isBlank() || cells[1].contains("---") || cells[1].contains("activity")) {
                continue;
            }
            rows.add(row(clean(cells[1]), clean(cells[2]), clean(cells[3]), clean(cells[4])));
        }
        return rows;
    }

    private static String clean(String cell) {
        return cell.replace("`", "").strip();
    }

    private static String row(String activity, String object, String capability, String handler) {
        return activity + " | " + object + " | " + capability + " | " + handler;
    }
}
