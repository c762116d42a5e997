package london.patchwork.server.members;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import london.patchwork.server.testing.HubTest;
import london.patchwork.server.testing.TestMembers;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** A signed-in member holds their role and the ones below it, and nothing above. */
@MicronautTest(transactional = false)
class MemberRolesIT extends HubTest {

    @Test
    void aMemberTryingAnOrganiserActionIsRefusedAndAnOrganiserMemberIsNot() {
        TestMembers.SignedIn ada = TestMembers.ADA.join(baseUrl());
        TestMembers.SignedIn olu = TestMembers.OLU.join(baseUrl());

        HttpResponse<String> asOrganiser = olu.json("POST", "/api/admin/invitations", "{\"role\":\"member\"}");
        assertThat(asOrganiser.statusCode()).isEqualTo(201);

        HttpResponse<String> asMember = ada.json("POST", "/api/admin/invitations", "{\"role\":\"member\"}");
        assertThat(asMember.statusCode()).isEqualTo(403);

        HttpResponse<String> anonymous = new TestMembers.SignedIn(http(), null)
                .json("POST", "/api/admin/invitations", "{\"role\":\"member\"}");
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    @Test
    void aSessionThatWasClosedNoLongerSignsIn() {
        TestMembers.SignedIn grace = TestMembers.GRACE.join(baseUrl());
        assertThat(grace.get("/account", "text/html").statusCode()).isEqualTo(200);
        assertThat(grace.form("/sign-out", java.util.Map.of()).statusCode()).isEqualTo(303);
        HttpResponse<String> after = grace.json("POST", "/api/admin/invitations", "{}");
        assertThat(after.statusCode()).isEqualTo(401);
        assertThat(grace.get("/account", "text/html").statusCode()).isNotEqualTo(200);
    }
}
