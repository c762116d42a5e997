package london.patchwork.server.inbox;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActivityRoutesTest {

    private final ActivityHandler undoFollow = inbound -> HandlerOutcome.applied("undo follow");
    private final ActivityHandler undoAnything = inbound -> HandlerOutcome.applied("undo anything");
    private final ActivityHandler updateActor = inbound -> HandlerOutcome.applied("update actor");

    @Test
    void theMostSpecificRouteWins() {
        ActivityRoutes routes = new ActivityRoutes(List.of(
                r -> r.onAny("Undo", undoAnything),
                r -> r.on("Undo", "Follow", undoFollow).onActor("Update", updateActor)));
        assertThat(routes.find("Undo", "Follow")).containsSame(undoFollow);
        assertThat(routes.find("Undo", "Like")).containsSame(undoAnything);
        assertThat(routes.find("Undo", ActivityPattern.ANY)).containsSame(undoAnything);
        assertThat(routes.find("Update", ActivityPattern.ACTOR)).containsSame(updateActor);
    }

    @Test
    void anActivityNothingIsRegisteredForHasNoRoute() {
        ActivityRoutes routes = new ActivityRoutes(List.of(r -> r.on("Undo", "Follow", undoFollow)));
        assertThat(routes.find("Flag", ActivityPattern.ANY)).isEmpty();
        // No catch-all for Undo, so an Undo of something else is not taken by the Follow route.
        assertThat(routes.find("Undo", "Like")).isEmpty();
        assertThat(routes.find("Update", "Note")).isEmpty();
    }

    @Test
    void aPatternRegisteredTwiceFailsAtStartEvenAcrossCapabilities() {
        assertThatThrownBy(() -> new ActivityRoutes(List.of(
                r -> r.on("Undo", "Follow", undoFollow),
                r -> r.on("Undo", "Follow", undoAnything))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("two inbox handlers for Undo(Follow)");
        assertThatThrownBy(() -> new ActivityRoutes(List.of(
                r -> r.onAny("Create", undoAnything).onAny("Create", undoFollow))))
                .hasMessageContaining("Create(*)");
    }

    @Test
    void theTableListsEveryRouteInOrder() {
        ActivityRoutes routes = new ActivityRoutes(List.of(
                r -> r.on("Undo", "Follow", undoFollow).onAny("Undo", undoAnything).onActor("Update", updateActor)));
        assertThat(routes.table()).extracting(route -> route.pattern().toString())
                .containsExactly("Undo(*)", "Undo(Follow)", "Update(Actor)");
    }
}
