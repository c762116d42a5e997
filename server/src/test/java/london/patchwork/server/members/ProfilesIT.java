package london.patchwork.server.members;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import london.patchwork.server.actors.Actor;
import london.patchwork.server.actors.ActorRepository;
import london.patchwork.server.outbox.LocalActivityRepository;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.HubTest;
import london.patchwork.server.testing.TestMembers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Members edit their profile (name, bio, community roles, fields) on a page or through Mastodon's
 * update_credentials; the roles show on their page, in the directory, and in their actor as PropertyValues.
 */
@MicronautTest(transactional = false)
class ProfilesIT extends HubTest {

    @Inject
    ActorRepository actors;
    @Inject
    LocalActivityRepository activities;

    private TestMembers.SignedIn ada;
    private TestMembers.SignedIn grace;

    @BeforeAll
    void members() {
        ada = TestMembers.ADA.join(baseUrl());
        grace = TestMembers.GRACE.join(baseUrl());
    }

    @Test
    void aMemberEditsTheirProfileAndItShowsOnTheirPageAndInTheirActor() {
        Map<String, String> fields = new HashMap<>(Map.of("displayName", "Ada, Countess of Lovelace",
                "bio", "Notes on the analytical engine.", "field0Name", "Website",
                "field0Value", "https://ada.example.org/notes", "field1Name", "Languages", "field1Value",
                "English, French <b>bold</b>", "discoverable", "true"));
        HttpResponse<String> saved = ada.form("/account/profile", withRoles(fields, "adviser", "service-user"));
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body()).contains("id=\"profile-saved\"");

        HttpResponse<String> page = http().get("/@ada", "text/html");
        assertThat(page.body()).contains("Ada, Countess of Lovelace").contains("id=\"profile-roles\"")
                .contains("href=\"/members?role=adviser\"").contains(">Service user<")
                .contains("<a href=\"https://ada.example.org/notes\" rel=\"me nofollow noopener noreferrer\"")
                .contains("English, French &lt;b&gt;bold&lt;/b&gt;");

        JsonNode actor = HttpProbe.json(http().get("/actors/ada", "application/activity+json"));
        assertThat(actor.get("name").asText()).isEqualTo("Ada, Countess of Lovelace");
        JsonNode attachment = actor.get("attachment");
        assertThat(attachment.isArray()).isTrue();
        assertThat(attachment.get(0).get("type").asText()).isEqualTo("PropertyValue");
        assertThat(attachment.get(0).get("name").asText()).isEqualTo(MemberProfileFields.COMMUNITY_ROLES);
        assertThat(attachment.get(0).get("value").asText()).isEqualTo("Adviser, Service user");
        assertThat(attachment.get(1).get("name").asText()).isEqualTo("Website");
        assertThat(attachment.get(1).get("value").asText()).contains("href=\"https://ada.example.org/notes\"");

        // Followers are told: the Update waits in the outbox with the new profile in it.
        Actor stored = actors.findLocal("ada").orElseThrow();
        assertThat(activities.findAll()).filteredOn(activity -> activity.actorId().equals(stored.id())
                        && activity.type().equals("Update"))
                .anySatisfy(update -> assertThat(update.raw()).contains("Adviser, Service user"));
    }

    @Test
    void aMembersPageListsTheirPublicPostsOnly() {
        ada.jsonOk("POST", "/api/v1/statuses", "{\"status\":\"Benefits drop-in moved to Thursday\"}");
        ada.jsonOk("POST", "/api/v1/statuses", "{\"status\":\"Only for my followers\",\"visibility\":\"private\"}");
        HttpResponse<String> page = http().get("/@ada", "text/html");
        assertThat(page.body()).contains("id=\"profile-posts\"").contains("Benefits drop-in moved to Thursday")
                .doesNotContain("Only for my followers");
        assertThat(http().get("/@grace", "text/html").body()).contains("id=\"no-posts\"");
    }

    @Test
    void aBadFieldIsShownBesideItWhatWasTypedIsKeptAndNothingChanges() {
        String before = actors.findLocal("grace").orElseThrow().displayName();
        HttpResponse<String> refused = grace.form("/account/profile", Map.of("displayName", "Rear Admiral Hopper",
                "field0Name", "Ships", "field0Value", "", "bio", "x".repeat(10)));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"field0-error\"").contains("Give both a label and a value")
                .contains("value=\"Rear Admiral Hopper\"").contains("value=\"Ships\"");
        assertThat(actors.findLocal("grace").orElseThrow().displayName()).isEqualTo(before);
    }

    @Test
    void withoutTheFormTokenTheProfileIsNotChanged() {
        HttpResponse<String> refused = grace.http().send(java.net.http.HttpRequest.newBuilder(
                        grace.http().uri("/account/profile"))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("displayName=Forged&_form=abc"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", grace.sessionCookie()));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(actors.findLocal("grace").orElseThrow().displayName()).isNotEqualTo("Forged");
    }

    @Test
    void updateCredentialsChangesOnlyWhatIsSentAndRefusesAnUnknownRole() {
        JsonNode account = grace.jsonOk("PATCH", "/api/v1/accounts/update_credentials",
                "{\"note\":\"COBOL and compilers.\",\"community_roles\":[\"service-provider\"],"
                        + "\"fields_attributes\":[{\"name\":\"Navy\",\"value\":\"US\"}]}");
        assertThat(account.get("note").asText()).contains("COBOL and compilers.");
        assertThat(account.get("fields").get(0).get("name").asText()).isEqualTo("Community roles");
        assertThat(account.get("fields").get(0).get("value").asText()).isEqualTo("Service provider");
        assertThat(account.get("fields").get(1).get("value").asText()).isEqualTo("US");

        // An app's profile editor reads the fields back as typed, and sees the roles field among the shown ones.
        JsonNode credentials = grace.jsonOk("GET", "/api/v1/accounts/verify_credentials", null);
        assertThat(credentials.get("source").get("fields").get(0).get("name").asText()).isEqualTo("Navy");
        assertThat(credentials.get("source").get("fields")).hasSize(1);
        assertThat(credentials.get("fields").get(0).get("value").asText()).isEqualTo("Service provider");

        HttpResponse<String> unknown = grace.json("PATCH", "/api/v1/accounts/update_credentials",
                "{\"community_roles\":[\"astronaut\"]}");
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(HttpProbe.json(unknown).get("error").asText()).contains("astronaut");
        assertThat(grace.jsonOk("PATCH", "/api/v1/accounts/update_credentials", "{}").get("fields").get(0)
                .get("value").asText()).isEqualTo("Service provider");

        HttpResponse<String> anonymous = new TestMembers.SignedIn(http(), null)
                .json("PATCH", "/api/v1/accounts/update_credentials", "{\"note\":\"x\"}");
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    @Test
    void theDirectoryFiltersByCommunityRoleAndLeavesOutWhoeverAskedNotToBeListed() {
        TestMembers.SignedIn mo = TestMembers.MO.join(baseUrl());
        mo.jsonOk("PATCH", "/api/v1/accounts/update_credentials",
                "{\"community_roles\":[\"informal-learner\"],\"discoverable\":true}");
        grace.jsonOk("PATCH", "/api/v1/accounts/update_credentials",
                "{\"community_roles\":[\"informal-learner\"],\"discoverable\":false}");

        HttpResponse<String> learners = http().get("/members?role=informal-learner", "text/html");
        assertThat(learners.statusCode()).isEqualTo(200);
        assertThat(learners.body()).contains("Members: Informal learner").contains("/@mo")
                .doesNotContain("/@grace");
        JsonNode listed = HttpProbe.json(http().get("/api/patchwork/members?community_role=informal-learner",
                "application/json"));
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("account").get("username").asText()).isEqualTo("mo");
        assertThat(listed.get(0).get("communityRoles").get(0).get("key").asText()).isEqualTo("informal-learner");

        assertThat(http().get("/members?role=astronaut", "text/html").statusCode()).isEqualTo(404);
        assertThat(http().get("/api/patchwork/members?community_role=astronaut", "application/json").statusCode())
                .isEqualTo(404);
        JsonNode everyone = HttpProbe.json(http().get("/api/v1/directory", "application/json"));
        assertThat(everyone.findValuesAsText("username")).contains("mo").doesNotContain("grace");
    }

    @Test
    void organisersAddCommunityRolesMembersCannot() {
        HttpResponse<String> added = organiser().json("POST", "/api/patchwork/community_roles", "{\"label\":\"Youth worker\"}");
        assertThat(added.statusCode()).isEqualTo(201);
        assertThat(HttpProbe.json(added).get("key").asText()).isEqualTo("youth-worker");
        assertThat(organiser().json("POST", "/api/patchwork/community_roles", "{\"label\":\"youth WORKER\"}")
                .statusCode()).isEqualTo(409);
        assertThat(organiser().json("DELETE", "/api/patchwork/community_roles/adviser", null).statusCode())
                .isEqualTo(409);
        assertThat(grace.json("POST", "/api/patchwork/community_roles", "{\"label\":\"Queen\"}").statusCode())
                .isEqualTo(403);
        JsonNode roles = HttpProbe.json(http().get("/api/patchwork/community_roles", "application/json"));
        assertThat(roles.findValuesAsText("key")).containsExactly("service-provider", "adviser",
                "informal-learner", "service-user", "youth-worker");
        assertThat(grace.get("/account/profile", "text/html").body()).contains("id=\"role-youth-worker\"");
    }

    private TestMembers.SignedIn organiserSession;

    private TestMembers.SignedIn organiser() {
        if (organiserSession == null) {
            organiserSession = TestMembers.OLU.join(baseUrl());
        }
        return organiserSession;
    }

    private static List<Map.Entry<String, String>> withRoles(Map<String, String> fields, String... roles) {
        List<Map.Entry<String, String>> all = new java.util.ArrayList<>(fields.entrySet());
        for (String role : roles) {
            all.add(Map.entry("communityRole", role));
        }
        return all;
    }
}
