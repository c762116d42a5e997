package london.patchwork.server.members;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import london.patchwork.server.testing.HubTest;
import london.patchwork.server.testing.TestMembers;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A hub started with PATCHWORK_FIRST_ORGANISER_* has that organiser, who signs in and runs the hub. */
@MicronautTest(transactional = false)
class FirstOrganiserIT extends HubTest {

    private Map<String, String> properties;

    @Override
    public Map<String, String> getProperties() {
        if (properties == null) {
            properties = new HashMap<>(super.getProperties());
            properties.put("patchwork.first-organiser.handle", TestMembers.OLU.handle());
            properties.put("patchwork.first-organiser.email", TestMembers.OLU.email());
            properties.put("patchwork.first-organiser.password", TestMembers.OLU.password());
        }
        return properties;
    }

    @Test
    void theConfiguredOrganiserSignsInAndRunsTheHub() {
        TestMembers.SignedIn olu = TestMembers.OLU.signIn(baseUrl());
        HttpResponse<String> members = olu.get("/organise/members", "text/html");
        assertThat(members.statusCode()).isEqualTo(200);
        assertThat(members.body()).contains(TestMembers.OLU.email());
        assertThat(olu.json("POST", "/api/admin/invitations", "{\"role\":\"member\"}").statusCode()).isEqualTo(201);
    }
}
