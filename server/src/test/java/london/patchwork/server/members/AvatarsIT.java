package london.patchwork.server.members;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.HubTest;
import london.patchwork.server.testing.TestMembers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A member uploads an avatar; the hub re-encodes it as a square PNG, serves it and puts it in their actor. */
@MicronautTest(transactional = false)
class AvatarsIT extends HubTest {

    private static final Pattern HIDDEN_TOKEN = Pattern.compile("name=\"_form\" value=\"([^\"]+)\"");

    private TestMembers.SignedIn ada;

    @BeforeAll
    void member() {
        ada = TestMembers.ADA.join(baseUrl());
    }

    @Test
    void anUploadedPictureBecomesASquareAvatarInTheActorAndOnThePage() throws IOException {
        HttpResponse<String> saved = upload(jpeg(900, 600), true);
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.headers().firstValue("Location")).hasValue("/account/profile?avatar=saved");

        JsonNode actor = HttpProbe.json(http().get("/actors/ada", "application/activity+json"));
        String icon = actor.get("icon").get("url").asText();
        assertThat(icon).startsWith(baseUrl() + "/media/avatars/").endsWith(".png");
        HttpResponse<byte[]> image = http().sendBytes(URI.create(icon).getPath());
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(image.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        BufferedImage square = ImageIO.read(new ByteArrayInputStream(image.body()));
        assertThat(square.getWidth()).isEqualTo(400);
        assertThat(square.getHeight()).isEqualTo(400);
        assertThat(http().get("/@ada", "text/html").body()).contains(icon);

        // A second upload replaces the first, which is no longer served.
        upload(jpeg(200, 300), true);
        String second = HttpProbe.json(http().get("/actors/ada", "application/activity+json")).get("icon")
                .get("url").asText();
        assertThat(second).isNotEqualTo(icon);
        assertThat(http().sendBytes(URI.create(icon).getPath()).statusCode()).isEqualTo(404);
        BufferedImage small = ImageIO.read(new ByteArrayInputStream(http().sendBytes(URI.create(second).getPath())
                .body()));
        assertThat(small.getWidth()).isEqualTo(200);
    }

    @Test
    void somethingThatIsNotAPictureIsRefusedBesideTheFieldAndTheAvatarStays() {
        String before = HttpProbe.json(http().get("/actors/ada", "application/activity+json")).path("icon")
                .path("url").asText("");
        HttpResponse<String> refused = upload("<svg onload=alert(1)></svg>".getBytes(StandardCharsets.UTF_8), true);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"avatar-error\"").contains("JPEG, PNG or GIF");
        HttpResponse<String> forged = upload(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0}, false);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(HttpProbe.json(http().get("/actors/ada", "application/activity+json")).path("icon").path("url")
                .asText("")).isEqualTo(before);
    }

    @Test
    void anAppSendsTheProfileAndAvatarAsMultipartAsTuskyDoes() throws IOException {
        TestMembers.SignedIn grace = TestMembers.GRACE.join(baseUrl());
        String boundary = "----app" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String[] field : new String[][]{{"display_name", "Grace Hopper"}, {"note", "Compilers."},
                {"fields_attributes[0][name]", "Navy"}, {"fields_attributes[0][value]", "US"},
                {"community_roles[]", "adviser"}}) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n\r\n"
                    + field[1] + "\r\n");
        }
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"avatar\"; filename=\"g.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n");
        body.writeBytes(jpeg(500, 500));
        write(body, "\r\n--" + boundary + "--\r\n");
        HttpResponse<String> updated = http().send(HttpRequest.newBuilder(http().uri(
                        "/api/v1/accounts/update_credentials"))
                .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json").header("Cookie", grace.sessionCookie()));
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        JsonNode account = HttpProbe.json(updated);
        assertThat(account.get("display_name").asText()).isEqualTo("Grace Hopper");
        assertThat(account.get("avatar").asText()).contains("/media/avatars/");
        assertThat(account.get("fields").get(0).get("value").asText()).isEqualTo("Adviser");
        assertThat(account.get("fields").get(1).get("name").asText()).isEqualTo("Navy");
    }

    private HttpResponse<String> upload(byte[] picture, boolean withToken) {
        HttpResponse<String> page = ada.get("/account/profile", "text/html");
        Matcher token = HIDDEN_TOKEN.matcher(page.body());
        assertThat(token.find()).isTrue();
        String formCookie = page.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("patchwork_form=")).map(cookie -> cookie.split(";", 2)[0])
                .findFirst().orElse("patchwork_form=" + token.group(1));
        String boundary = "----patchwork" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_form\"\r\n\r\n"
                + (withToken ? token.group(1) : "forged") + "\r\n");
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"avatar\"; filename=\"me.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n");
        body.writeBytes(picture);
        write(body, "\r\n--" + boundary + "--\r\n");
        return http().send(HttpRequest.newBuilder(http().uri("/account/avatar"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Cookie", ada.sessionCookie() + "; " + formCookie));
    }

    private static byte[] jpeg(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, (x * 255 / width) << 16 | (y * 255 / height) << 8);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
