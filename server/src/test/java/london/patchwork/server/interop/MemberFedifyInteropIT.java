package london.patchwork.server.interop;

import com.fasterxml.jackson.databind.JsonNode;
import london.patchwork.server.interop.PeerJournal.Activity;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.TestMembers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A member's own Person actor and an independent implementation: the Fedify peer follows Ada by her actor URL and
 * Ada's actor accepts; Ada hears of it in her notifications; her post reaches the peer as a Create from her actor,
 * signed with her key and verified by Fedify; the peer's reply shows in her post's context.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MemberFedifyInteropIT {

    private static final Duration FEDERATION = Duration.ofSeconds(30);

    private InteropHub hub;

    @BeforeAll
    void startHub() {
        NodeTools.require();
        hub = new InteropHub();
    }

    @AfterAll
    void stopHub() {
        if (hub != null) {
            hub.close();
        }
    }

    @Test
    void fedifyFollowsAMemberReceivesTheirPostAndReplies() {
        TestMembers.SignedIn ada = TestMembers.ADA.join(hub.baseUrl());
        URI adaActor = URI.create(hub.baseUrl() + "/actors/ada");
        try (FedifyPeer peer = FedifyPeer.start("fedify-member", HttpSignatureScheme.RFC_9421)) {
            FedifyPeer.Followed followed = peer.follow(adaActor);
            assertThat(followed.target()).isEqualTo(adaActor);
            Activity accept = awaitActivity(peer, "Accept", adaActor);
            assertThat(accept.object()).isEqualTo(followed.follow());
            await("Ada hears of the follow").atMost(FEDERATION).until(() -> {
                JsonNode follows = ada.jsonOk("GET", "/api/v1/notifications?types[]=follow", null);
                return follows.size() == 1 && follows.at("/0/account/uri").asText().equals(peer.actor().toString());
            });

            JsonNode status = ada.jsonOk("POST", "/api/v1/statuses", "{\"status\":\"Bike repair tips, by Ada\"}");
            URI post = URI.create(status.get("uri").asText());
            Activity create = await("Ada's Create at the peer (log: " + peer.log() + ")").atMost(FEDERATION)
                    .until(() -> peer.journal().activities("Create").stream()
                            .filter(activity -> post.equals(activity.object())).findFirst(), Optional::isPresent)
                    .orElseThrow();
            assertThat(create.actor()).isEqualTo(adaActor);
            assertThat(create.content()).contains("Bike repair tips");
            assertThat(peer.journal().inboxRequests()).as("signed with Ada's key, verified by Fedify")
                    .anySatisfy(request -> {
                        assertThat(request.keyId()).isEqualTo(URI.create(adaActor + "#main-key"));
                        assertThat(request.status()).isEqualTo(202);
                    });

            FedifyPeer.Replied reply = peer.reply(post, "Thanks Ada!", adaActor);
            await("the peer's reply in the context of Ada's post").atMost(FEDERATION).until(() -> ada.jsonOk("GET",
                    "/api/v1/statuses/" + status.get("id").asText() + "/context", null).path("descendants").path(0)
                    .path("uri").asText().equals(reply.note().toString()));

            peer.unfollow(adaActor);
            await("the peer gone from Ada's followers").atMost(FEDERATION).until(() -> HttpProbe.json(
                    new HttpProbe(hub.baseUrl()).get("/actors/ada/followers", "application/activity+json"))
                    .get("totalItems").asInt() == 0);
        }
    }

    private static Activity awaitActivity(FedifyPeer peer, String type, URI actor) {
        return await(type + " from " + actor + " at the peer (log: " + peer.log() + ")")
                .atMost(FEDERATION).until(() -> peer.journal().activities(type).stream()
                        .filter(activity -> actor.equals(activity.actor())).findFirst(), Optional::isPresent)
                .orElseThrow();
    }
}
