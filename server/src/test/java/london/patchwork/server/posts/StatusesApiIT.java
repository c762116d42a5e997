package london.patchwork.server.posts;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import london.patchwork.server.outbox.LocalActivityRepository;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.HubApi;
import london.patchwork.server.testing.HubTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** Publishing through Mastodon's statuses API, and what the post's URL then serves. */
@MicronautTest
class StatusesApiIT extends HubTest {

    private static final String AP = "application/activity+json";

    @Inject LocalActivityRepository activities;

    private HubApi api() {
        return new HubApi(baseUrl());
    }

    private JsonNode activityFor(String type, String objectId) {
        return StreamSupport.stream(activities.findAll().spliterator(), false)
                .filter(activity -> activity.type().equals(type))
                .map(activity -> HttpProbe.json(activity.raw()))
                .filter(json -> json.path("object").path("id").asText(json.path("object").asText()).equals(objectId))
                .findFirst().orElseThrow(() -> new AssertionError("no " + type + " of " + objectId));
    }

    @Test
    void publishingStoresTheNoteAndItsCreate() {
        JsonNode status = api().publish("Drop-in advice session on Thursday.\n\nAll welcome: https://example.org/advice",
                "public");
        assertThat(status.get("visibility").asText()).isEqualTo("public");
        assertThat(status.get("content").asText())
                .isEqualTo("<p>Drop-in advice session on Thursday.</p><p>All welcome: <a href=\"https://example.org/advice\""
                        + " rel=\"nofollow noopener noreferrer\" target=\"_blank\">https://example.org/advice</a></p>");
        assertThat(status.at("/account/acct").asText()).isEqualTo("hackney");
        String uri = status.get("uri").asText();
        assertThat(uri).startsWith(baseUrl() + "/objects/");

        HttpResponse<String> note = http().get(uri, AP);
        assertThat(note.statusCode()).isEqualTo(200);
        assertThat(note.headers().firstValue("Content-Type")).hasValue(AP);
        JsonNode json = HttpProbe.json(note);
        assertThat(json.get("id").asText()).isEqualTo(uri);
        assertThat(json.get("type").asText()).isEqualTo("Note");
        assertThat(json.get("attributedTo").asText()).isEqualTo(baseUrl() + "/actors/hackney");
        assertThat(json.get("to").toString()).contains("https://www.w3.org/ns/activitystreams#Public");
        assertThat(json.get("cc").toString()).contains(baseUrl() + "/actors/hackney/followers");
        assertThat(json.get("published").asText()).isNotBlank();

        JsonNode create = activityFor("Create", uri);
        assertThat(create.get("actor").asText()).isEqualTo(baseUrl() + "/actors/hackney");
        JsonNode served = HttpProbe.json(http().get(create.get("id").asText(), AP));
        assertThat(served.get("id").asText()).isEqualTo(create.get("id").asText());
        assertThat(served.at("/object/id").asText()).isEqualTo(uri);
        assertThat(create.at("/object/content").asText()).isEqualTo(status.get("content").asText());

        assertThat(http().get(uri, "text/html").body()).contains("Drop-in advice session on Thursday.");
    }

    @Test
    void visibilityDecidesTheAddressing() {
        String followers = baseUrl() + "/actors/hackney/followers";
        JsonNode unlisted = HttpProbe.json(http().get(api().publish("quiet news", "unlisted").get("uri").asText(), AP));
        assertThat(unlisted.get("to").toString()).contains(followers);
        assertThat(unlisted.get("cc").toString()).contains("#Public");

        JsonNode privatePost = api().publish("members only", "private");
        assertThat(privatePost.get("visibility").asText()).isEqualTo("private");
        assertThat(http().get(privatePost.get("uri").asText(), AP).statusCode()).isEqualTo(404);
        JsonNode create = activityFor("Create", privatePost.get("uri").asText());
        assertThat(create.get("to").toString()).contains(followers).doesNotContain("#Public");
        assertThat(create.has("cc") ? create.get("cc").toString() : "").doesNotContain("#Public");
    }

    @Test
    void editSendsAnUpdateAndDeleteLeavesATombstone() {
        JsonNode status = api().publish("Meeting at 6pm", "public");
        String id = status.get("id").asText();
        String uri = status.get("uri").asText();

        HttpResponse<String> edited = api().send("PUT", "/api/v1/statuses/" + id, Map.of("status", "Meeting at 7pm"));
        assertThat(edited.statusCode()).isEqualTo(200);
        assertThat(HttpProbe.json(edited).get("edited_at").isNull()).isFalse();
        JsonNode note = HttpProbe.json(http().get(uri, AP));
        assertThat(note.get("content").asText()).contains("7pm");
        assertThat(note.get("updated").asText()).isNotBlank();
        assertThat(activityFor("Update", uri).at("/object/content").asText()).contains("7pm");

        HttpResponse<String> deleted = api().send("DELETE", "/api/v1/statuses/" + id, Map.of());
        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(HttpProbe.json(deleted).get("text").asText()).isEqualTo("Meeting at 7pm");
        HttpResponse<String> gone = http().get(uri, AP);
        assertThat(gone.statusCode()).isEqualTo(410);
        assertThat(HttpProbe.json(gone).get("type").asText()).isEqualTo("Tombstone");
        assertThat(activityFor("Delete", uri).at("/object/type").asText()).isEqualTo("Tombstone");
        String createId = activityFor("Create", uri).get("id").asText();
        assertThat(http().get(createId, AP).statusCode()).as("a deleted post's Create is no longer served")
                .isEqualTo(404);
        assertThat(http().get("/actors/hackney/outbox?page=true", AP).body()).doesNotContain("7pm");
        assertThat(api().send("DELETE", "/api/v1/statuses/" + id, Map.of()).statusCode()).isEqualTo(404);
    }

    @Test
    void badInputGetsAClearError() {
        HttpResponse<String> blank = api().postStatus(Map.of("status", "  "));
        assertThat(blank.statusCode()).isEqualTo(422);
        assertThat(HttpProbe.json(blank).get("error").asText()).contains("blank");
        assertThat(api().postStatus(Map.of("status", "x".repeat(5001))).statusCode()).isEqualTo(422);
        assertThat(api().postStatus(Map.of("status", "hi", "visibility", "everyone")).statusCode()).isEqualTo(422);
        assertThat(api().postStatus(Map.of("status", "hi", "in_reply_to_id", "999999")).statusCode()).isEqualTo(422);
        assertThat(api().postStatus(Map.of("status", "hi", "language", "english please")).statusCode())
                .isEqualTo(422);
    }

    @Test
    void writingNeedsTheOrganiserToken() {
        HttpResponse<String> anonymous = http().send(HttpRequest.newBuilder(http().uri("/api/v1/statuses"))
                .POST(HttpRequest.BodyPublishers.ofString("status=hello"))
                .header("Content-Type", "application/x-www-form-urlencoded"));
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    @Test
    void jsonBodiesWorkLikeForms() {
        HttpResponse<String> response = http().send(HttpRequest.newBuilder(http().uri("/api/v1/statuses"))
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"status\":\"From a script\",\"visibility\":\"unlisted\",\"spoiler_text\":\"housing\"}"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + london.patchwork.server.testing.TestHubs.ORGANISER_TOKEN));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode status = HttpProbe.json(response);
        assertThat(status.get("spoiler_text").asText()).isEqualTo("housing");
        assertThat(status.get("sensitive").asBoolean()).isTrue();
        JsonNode note = HttpProbe.json(http().get(status.get("uri").asText(), AP));
        assertThat(note.get("summary").asText()).isEqualTo("housing");
    }

    @Test
    void pinningFillsTheFeaturedCollection() {
        JsonNode status = api().publish("Read our welcome guide", "public");
        assertThat(api().send("POST", "/api/v1/statuses/" + status.get("id").asText() + "/pin", Map.of())
                .statusCode()).isEqualTo(200);
        JsonNode featured = HttpProbe.json(http().get("/actors/hackney/collections/featured", AP));
        assertThat(featured.get("type").asText()).isEqualTo("OrderedCollection");
        assertThat(featured.get("totalItems").asInt()).isEqualTo(1);
        assertThat(featured.at("/orderedItems/0/id").asText()).isEqualTo(status.get("uri").asText());
        JsonNode add = activityFor("Add", status.get("uri").asText());
        assertThat(add.get("target").asText()).isEqualTo(baseUrl() + "/actors/hackney/collections/featured");
    }
}
