package london.patchwork.server.posts;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.HubTest;
import london.patchwork.server.testing.TestMembers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Members write, edit and delete posts on the site as they do through the Mastodon API: with a language, any
 * visibility including direct, and a content warning; only the author edits or deletes, and peers get the
 * {@code Update} and the {@code Tombstone}.
 */
@MicronautTest(transactional = false)
class PostsOnTheSiteIT extends HubTest {

    private TestMembers.SignedIn ada;
    private TestMembers.SignedIn grace;

    @BeforeAll
    void join() {
        ada = TestMembers.ADA.join(baseUrl());
        grace = TestMembers.GRACE.join(baseUrl());
    }

    @Test
    void aMemberWritesInWelshToThoseTheyMentionOnly() {
        HttpResponse<String> published = ada.multipart("/posts/new", Map.of("status", "@grace Shwmae! Dim ond i ti.",
                "visibility", "direct", "language", "cy", "spoiler_text", ""));
        assertThat(published.statusCode()).as(published.body()).isEqualTo(303);
        String path = published.headers().firstValue("Location").orElseThrow();
        JsonNode status = ada.jsonOk("GET", "/api/v1/statuses/" + path.substring(path.lastIndexOf('/') + 1), null);
        assertThat(status.get("visibility").asText()).isEqualTo("direct");
        assertThat(status.get("language").asText()).isEqualTo("cy");
        assertThat(status.at("/mentions/0/username").asText()).isEqualTo("grace");

        HttpResponse<String> badLanguage = ada.multipart("/posts/new", Map.of("status", "Hello",
                "visibility", "public", "language", "not a language"));
        assertThat(badLanguage.statusCode()).isEqualTo(422);
        assertThat(badLanguage.body()).contains("id=\"language-error\"").contains("value=\"not a language\"");
    }

    @Test
    void onlyItsAuthorEditsAndDeletesAPostOnTheSite() {
        JsonNode status = ada.jsonOk("POST", "/api/v1/statuses", "{\"status\":\"Litter pick at 10\"}");
        String id = status.get("id").asText();
        String page = URI.create(status.get("uri").asText()).getPath();
        assertThat(ada.get(page, "text/html").body()).contains("id=\"edit-post\"");
        assertThat(grace.get(page, "text/html").body()).doesNotContain("id=\"edit-post\"");
        assertThat(http().get(page, "text/html").body()).doesNotContain("id=\"edit-post\"");

        String form = ada.get("/posts/" + id + "/edit", "text/html").body();
        assertThat(form).contains("Edit your post").contains(">Litter pick at 10</textarea>")
                .doesNotContain("id=\"visibility\"");
        assertThat(grace.get("/posts/" + id + "/edit", "text/html").statusCode()).isEqualTo(404);
        assertThat(grace.multipart("/posts/" + id + "/edit", Map.of("status", "Hijacked")).statusCode())
                .isEqualTo(404);

        HttpResponse<String> edited = ada.multipart("/posts/" + id + "/edit", Map.of("status",
                "Litter pick at 11, bring gloves", "language", "en", "spoiler_text", ""));
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(303);
        String shown = http().get(page, "text/html").body();
        assertThat(shown).contains("Litter pick at 11, bring gloves").contains("(edited)");
        JsonNode note = HttpProbe.json(http().get(status.get("uri").asText(), "application/activity+json"));
        assertThat(note.at("/contentMap/en").asText()).contains("bring gloves");
        assertThat(note.has("updated")).isTrue();

        assertThat(grace.form("/posts/" + id + "/delete", Map.of()).statusCode()).isEqualTo(404);
        assertThat(http().get(page, "text/html").statusCode()).isEqualTo(200);
        assertThat(ada.form("/posts/" + id + "/delete", Map.of()).statusCode()).isEqualTo(303);
        assertThat(http().get(status.get("uri").asText(), "application/activity+json").statusCode()).isEqualTo(410);
    }
}
