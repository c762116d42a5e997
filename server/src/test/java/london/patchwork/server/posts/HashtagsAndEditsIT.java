package london.patchwork.server.posts;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import london.patchwork.server.outbox.LocalActivity;
import london.patchwork.server.outbox.LocalActivityRepository;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.HubApi;
import london.patchwork.server.testing.HubTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Hashtags go out as Mastodon sends them and lead to the hub's tag page; an edited post's Create shows the edit. */
@MicronautTest
class HashtagsAndEditsIT extends HubTest {

    private static final String AS = "application/activity+json";

    @Inject PostRepository posts;
    @Inject LocalActivityRepository activities;

    @Test
    void hashtagsAreTaggedLinkedAndListed() {
        JsonNode status = new HubApi(baseUrl()).publish("Garden day on Saturday #Hackney #GrowYourOwn", "public");
        String path = URI.create(status.get("uri").asText()).getPath();

        JsonNode note = HttpProbe.json(http().get(path, AS));
        List<JsonNode> hashtags = note.get("tag").findParents("type").stream()
                .filter(tag -> tag.get("type").asText().equals("Hashtag")).toList();
        assertThat(hashtags).extracting(tag -> tag.get("name").asText())
                .containsExactlyInAnyOrder("#hackney", "#growyourown");
        assertThat(hashtags).extracting(tag -> tag.get("href").asText())
                .containsExactlyInAnyOrder(baseUrl() + "/tags/hackney", baseUrl() + "/tags/growyourown");
        assertThat(note.get("content").asText()).contains("<a href=\"" + baseUrl()
                + "/tags/hackney\" class=\"mention hashtag\" rel=\"tag\">#<span>Hackney</span></a>");

        HttpResponse<String> page = http().get("/tags/hackney", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("#hackney").contains("Garden day on Saturday");
        assertThat(http().get("/tags/allotments", "text/html").body()).doesNotContain("Garden day");
    }

    @Test
    void theOutboxShowsTheLatestVersionOfAnEditedPost() {
        HubApi api = new HubApi(baseUrl());
        JsonNode status = api.publish("Repair cafe at 6pm", "public");
        assertThat(api.send("PUT", "/api/v1/statuses/" + status.get("id").asText(),
                Map.of("status", "Repair cafe at 7pm")).statusCode()).isEqualTo(200);

        Post post = posts.findByUri(status.get("uri").asText()).orElseThrow();
        LocalActivity create = activities.findByObjectIdAndType(post.id(), "Create").getFirst();
        JsonNode served = HttpProbe.json(http().get(URI.create(create.uri()).getPath(), AS));
        assertThat(served.at("/object/content").asText()).contains("7pm").doesNotContain("6pm");
        assertThat(served.at("/object/updated").asText()).isNotBlank();

        JsonNode page = HttpProbe.json(http().get("/actors/hackney/outbox?page=true", AS));
        JsonNode listed = page.get("orderedItems").findParents("type").stream()
                .filter(item -> item.path("id").asText().equals(create.uri())).findFirst().orElseThrow();
        assertThat(listed.at("/object/content").asText()).contains("7pm");
    }
}
