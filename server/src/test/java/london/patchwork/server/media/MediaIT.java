package london.patchwork.server.media;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.annotation.Value;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import london.patchwork.server.inbox.InboxActivityRepository;
import london.patchwork.server.testing.Activities;
import london.patchwork.server.testing.AppAuthorisations;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.HubTest;
import london.patchwork.server.testing.RemoteServer;
import london.patchwork.server.testing.TestMembers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Images through Mastodon's media API: what is kept (re-encoded, without metadata), what is refused (not a picture,
 * too large) with nothing kept, attaching them to posts, and the Document attachments peers see and send.
 */
@MicronautTest(transactional = false)
class MediaIT extends HubTest {

    @Inject MediaRepository media;
    @Inject InboxActivityRepository inbox;
    @Value("${patchwork.media.dir}") String mediaDir;

    private TestMembers.SignedIn ada;
    private TestMembers.SignedIn grace;
    private RemoteServer peer;

    @BeforeAll
    void members() {
        ada = TestMembers.ADA.join(baseUrl());
        grace = TestMembers.GRACE.join(baseUrl());
        peer = new RemoteServer();
    }

    @AfterAll
    void stopPeer() {
        peer.close();
    }

    @Test
    void aJpegWithGpsExifIsKeptWithoutItAndAnsweredInMastodonsShape() throws IOException {
        byte[] photo = MediaPictures.withGpsExif(MediaPictures.jpeg(1200, 900));
        assertThat(MediaPictures.contains(photo, "Exif".getBytes(StandardCharsets.US_ASCII))).isTrue();
        assertThat(MediaPictures.hasApp1(photo)).as("the test photo carries EXIF").isTrue();

        HttpResponse<String> uploaded = upload(ada, "/api/v2/media", photo, "photo.jpg", "image/jpeg",
                "The community garden in June");
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
        JsonNode json = HttpProbe.json(uploaded);
        assertThat(json.get("type").asText()).isEqualTo("image");
        assertThat(json.get("description").asText()).isEqualTo("The community garden in June");
        assertThat(json.get("remote_url").isNull()).isTrue();
        assertThat(json.get("blurhash").asText()).hasSize(28);
        assertThat(json.at("/meta/original/width").asInt()).isEqualTo(1200);
        assertThat(json.at("/meta/original/height").asInt()).isEqualTo(900);
        assertThat(json.at("/meta/original/size").asText()).isEqualTo("1200x900");
        assertThat(json.at("/meta/original/aspect").asDouble()).isCloseTo(1.333, org.assertj.core.data.Offset.offset(0.01));
        assertThat(json.at("/meta/small/width").asInt()).isEqualTo(640);
        assertThat(json.at("/meta/small/height").asInt()).isEqualTo(480);

        String url = json.get("url").asText();
        assertThat(url).startsWith(baseUrl() + "/media/").endsWith(".jpg");
        HttpResponse<byte[]> original = http().sendBytes(URI.create(url).getPath());
        assertThat(original.statusCode()).isEqualTo(200);
        assertThat(original.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("image/jpeg"));
        assertThat(original.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(original.headers().firstValue("Cache-Control")).hasValueSatisfying(cache ->
                assertThat(cache).contains("immutable"));
        assertThat(MediaPictures.isJpeg(original.body())).isTrue();
        assertThat(MediaPictures.hasApp1(original.body())).as("no APP1 segment (EXIF) in the stored original").isFalse();
        assertThat(MediaPictures.contains(original.body(), "Exif".getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(MediaPictures.contains(original.body(), "GPS".getBytes(StandardCharsets.US_ASCII))).isFalse();
        Path onDisk = Path.of(mediaDir).resolve(URI.create(url).getPath().substring("/media/".length()));
        assertThat(MediaPictures.hasApp1(Files.readAllBytes(onDisk))).isFalse();
        HttpResponse<byte[]> preview = http().sendBytes(URI.create(json.get("preview_url").asText()).getPath());
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(preview.body())).getWidth())
                .isEqualTo(640);

        // The owner reads and describes it; nobody else can.
        String id = json.get("id").asText();
        assertThat(ada.jsonOk("GET", "/api/v1/media/" + id, null).get("url").asText()).isEqualTo(url);
        assertThat(ada.jsonOk("PUT", "/api/v1/media/" + id, "{\"description\":\"Raised beds\"}")
                .get("description").asText()).isEqualTo("Raised beds");
        assertThat(grace.json("GET", "/api/v1/media/" + id, null).statusCode()).isEqualTo(404);
        assertThat(grace.json("PUT", "/api/v1/media/" + id, "{\"description\":\"Mine\"}").statusCode())
                .isEqualTo(404);
        assertThat(ada.jsonOk("GET", "/api/v1/media/" + id, null).get("description").asText())
                .isEqualTo("Raised beds");
    }

    @Test
    void htmlNamedPngIsRefusedAndNothingIsKept() throws IOException {
        long rowsBefore = media.count();
        long filesBefore = files();
        HttpResponse<String> refused = upload(ada, "/api/v2/media",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), "cat.png", "image/png",
                null);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(HttpProbe.json(refused).get("error").asText()).contains("JPEG, PNG or GIF");
        assertThat(media.count()).isEqualTo(rowsBefore);
        assertThat(files()).isEqualTo(filesBefore);
    }

    @Test
    void tooLargeUploadsAreRefusedWith413AndNothingIsKept() throws IOException {
        long rowsBefore = media.count();
        long filesBefore = files();
        // Over the 10 MB image limit but within the request limit: the media API's own reason.
        byte[] twelve = new byte[12 * 1024 * 1024];
        System.arraycopy(MediaPictures.jpeg(10, 10), 0, twelve, 0, 3);
        HttpResponse<String> tooLarge = upload(ada, "/api/v2/media", twelve, "big.jpg", "image/jpeg", null);
        assertThat(tooLarge.statusCode()).as(tooLarge.body()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("images are limited to 10 MB");

        // Over the server's request limit (52 MB, so that a 50 MB import reaches its own check): refused on its
        // declared length, before the body arrives.
        assertThat(uploadStatus(ada, 60 * 1024 * 1024)).startsWith("HTTP/1.1 413");
        assertThat(media.count()).isEqualTo(rowsBefore);
        assertThat(files()).isEqualTo(filesBefore);
    }

    @Test
    void anImageAttachedToAStatusIsAMediaAttachmentAndADocumentInTheNote() throws IOException {
        JsonNode image = HttpProbe.json(upload(ada, "/api/v1/media", MediaPictures.png(300, 200), "chart.png",
                "image/png", "A bar chart of food bank visits"));
        String id = image.get("id").asText();
        assertThat(image.get("url").asText()).endsWith(".png");

        // Another member cannot put Ada's image on their post.
        HttpResponse<String> stolen = grace.json("POST", "/api/v1/statuses",
                "{\"status\":\"Look\",\"media_ids\":[\"" + id + "\"]}");
        assertThat(stolen.statusCode()).as(stolen.body()).isEqualTo(422);

        JsonNode status = ada.jsonOk("POST", "/api/v1/statuses",
                "{\"status\":\"Visits this year\",\"media_ids\":[\"" + id + "\"]}");
        JsonNode attachment = status.get("media_attachments").get(0);
        assertThat(attachment.get("id").asText()).isEqualTo(id);
        assertThat(attachment.get("description").asText()).isEqualTo("A bar chart of food bank visits");

        // Once on a post, it cannot go on a second one.
        assertThat(ada.json("POST", "/api/v1/statuses", "{\"status\":\"Again\",\"media_ids\":[\"" + id + "\"]}")
                .statusCode()).isEqualTo(422);

        JsonNode note = HttpProbe.json(http().get(URI.create(status.get("uri").asText()).getPath(),
                "application/activity+json"));
        JsonNode document = note.get("attachment").get(0);
        assertThat(document.get("type").asText()).isEqualTo("Document");
        assertThat(document.get("mediaType").asText()).isEqualTo("image/png");
        assertThat(document.get("url").asText()).isEqualTo(image.get("url").asText());
        assertThat(document.get("name").asText()).isEqualTo("A bar chart of food bank visits");
        assertThat(document.get("width").asInt()).isEqualTo(300);
        assertThat(document.get("height").asInt()).isEqualTo(200);
        assertThat(document.get("blurhash").asText()).isEqualTo(image.get("blurhash").asText());

        // The Create followers receive carries the same Document.
        JsonNode outbox = HttpProbe.json(http().get("/actors/ada/outbox?page=true", "application/activity+json"));
        assertThat(outbox.toString()).contains("\"mediaType\":\"image/png\"")
                .contains("A bar chart of food bank visits");

        // An edit may replace the images; the post's URL then carries the new one only.
        String second = HttpProbe.json(upload(ada, "/api/v2/media", MediaPictures.jpeg(120, 80), "b.jpg",
                "image/jpeg", null)).get("id").asText();
        JsonNode edited = ada.jsonOk("PUT", "/api/v1/statuses/" + status.get("id").asText(),
                "{\"status\":\"Visits this year, corrected\",\"media_ids\":[\"" + second + "\"]}");
        assertThat(edited.get("media_attachments")).hasSize(1);
        assertThat(edited.get("media_attachments").get(0).get("id").asText()).isEqualTo(second);
        JsonNode editedNote = HttpProbe.json(http().get(URI.create(status.get("uri").asText()).getPath(),
                "application/activity+json"));
        assertThat(editedNote.get("attachment").get(0).get("mediaType").asText()).isEqualTo("image/jpeg");
        // The first image is free again and may go on another post.
        JsonNode chart = ada.jsonOk("POST", "/api/v1/statuses", "{\"status\":\"The chart\",\"media_ids\":[\"" + id
                + "\"]}");
        assertThat(chart.get("media_attachments")).hasSize(1);

        // Deleting the post deletes its image.
        String chartPath = URI.create(image.get("url").asText()).getPath();
        assertThat(http().sendBytes(chartPath).statusCode()).isEqualTo(200);
        assertThat(ada.json("DELETE", "/api/v1/statuses/" + chart.get("id").asText(), null).statusCode())
                .isEqualTo(200);
        assertThat(http().sendBytes(chartPath).statusCode()).isEqualTo(404);
        assertThat(ada.json("GET", "/api/v1/media/" + id, null).statusCode()).isEqualTo(404);
    }

    @Test
    void anAppAttachesImagesWithAFormBodyAsMastodonAppsDo() throws IOException {
        AppAuthorisations.App app = AppAuthorisations.register(http(), "Tusky", AppAuthorisations.OOB,
                "read write");
        String token = AppAuthorisations.exchange(http(), app, AppAuthorisations.authorise(ada,
                AppAuthorisations.authorizePath(app, AppAuthorisations.OOB, "read write", null, null)),
                AppAuthorisations.OOB, null);
        String first = HttpProbe.json(upload(ada, "/api/v2/media", MediaPictures.png(60, 40), "a.png", "image/png",
                "First")).get("id").asText();
        String second = HttpProbe.json(upload(ada, "/api/v2/media", MediaPictures.png(40, 60), "b.png", "image/png",
                "Second")).get("id").asText();

        HttpResponse<String> posted = formRequest("POST", "/api/v1/statuses", token,
                "status=Two+pictures&visibility=public&media_ids%5B%5D=" + first + "&media_ids%5B%5D=" + second);
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
        JsonNode status = HttpProbe.json(posted);
        assertThat(status.get("content").asText()).contains("Two pictures");
        assertThat(status.get("media_attachments")).extracting(attachment -> attachment.get("id").asText())
                .containsExactly(first, second);

        // An edit as a form keeps the images it names and drops the others.
        HttpResponse<String> edited = formRequest("PUT", "/api/v1/statuses/" + status.get("id").asText(), token,
                "status=One+picture&media_ids[]=" + second);
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        assertThat(HttpProbe.json(edited).get("media_attachments")).extracting(attachment -> attachment.get("id")
                .asText()).containsExactly(second);
        // An edit that names no images keeps them.
        HttpResponse<String> textOnly = formRequest("PUT", "/api/v1/statuses/" + status.get("id").asText(), token,
                "status=One+picture%2C+corrected");
        assertThat(HttpProbe.json(textOnly).get("media_attachments")).hasSize(1);

        // Someone else's image in a form is refused as it is in JSON.
        String graces = HttpProbe.json(upload(grace, "/api/v2/media", MediaPictures.png(20, 20), "g.png", "image/png",
                null)).get("id").asText();
        HttpResponse<String> stolen = formRequest("POST", "/api/v1/statuses", token,
                "status=Mine&media_ids[]=" + graces);
        assertThat(stolen.statusCode()).as(stolen.body()).isEqualTo(422);
    }

    private HttpResponse<String> formRequest(String method, String path, String token, String body) {
        return http().send(HttpRequest.newBuilder(http().uri(path))
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .header("Authorization", "Bearer " + token));
    }

    @Test
    void aRemoteNotesAttachmentsAreKeptAsLinksAndNeverFetched() {
        URI author = peer.addActor("photographer");
        URI noteId = URI.create(author + "/posts/42");
        ObjectNode note = Activities.note(noteId, author, "<p>The market this morning</p>",
                URI.create(baseUrl() + "/actors/ada"));
        var attachments = note.putArray("attachment");
        attachments.addObject().put("type", "Document").put("mediaType", "image/jpeg")
                .put("url", peer.base() + "/files/market.jpg").put("name", "Stalls under awnings")
                .put("blurhash", "LEHV6nWB2yk8pyo0adR*.7kCMdnj").put("width", 1024).put("height", 768);
        attachments.addObject().put("type", "Document").put("mediaType", "image/png")
                .put("url", "javascript:alert(1)").put("name", "not a link");
        HttpResponse<String> delivered = peer.deliver(author, baseUrl() + "/inbox", Activities.create(author, note));
        assertThat(delivered.statusCode()).as(delivered.body()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(20)).until(() -> media.count() > 0
                && media.findAll().stream().anyMatch(file -> file.remoteUrl() != null));

        MediaFile stored = media.findAll().stream().filter(file -> file.remoteUrl() != null).findFirst().orElseThrow();
        assertThat(stored.remoteUrl()).isEqualTo(peer.base() + "/files/market.jpg");
        assertThat(stored.description()).isEqualTo("Stalls under awnings");
        assertThat(stored.blurhash()).isEqualTo("LEHV6nWB2yk8pyo0adR*.7kCMdnj");
        assertThat(stored.storageKey()).isNull();
        assertThat(media.findByPostId(stored.postId())).as("the javascript: link is dropped").hasSize(1);
        assertThat(peer.getsOf("/files/market.jpg")).as("remote images are not fetched").isZero();

        JsonNode status = ada.jsonOk("GET", "/api/v1/statuses/" + stored.postId(), null);
        JsonNode attachment = status.get("media_attachments").get(0);
        assertThat(attachment.get("url").asText()).isEqualTo(peer.base() + "/files/market.jpg");
        assertThat(attachment.get("remote_url").asText()).isEqualTo(peer.base() + "/files/market.jpg");
        assertThat(attachment.at("/meta/original/width").asInt()).isEqualTo(1024);
    }

    private long files() throws IOException {
        Path directory = Path.of(mediaDir);
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        try (Stream<Path> listed = Files.list(directory)) {
            return listed.count();
        }
    }

    static HttpResponse<String> upload(TestMembers.SignedIn member, String path, byte[] bytes, String fileName,
                                       String contentType, String description) {
        String boundary = "----media" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (description != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"description\"\r\n\r\n"
                    + description + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return member.http().send(HttpRequest.newBuilder(member.http().uri(path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json").header("Cookie", member.sessionCookie()));
    }

    /**
     * The status line a 50 MB upload is answered with. The hub answers as soon as it reads the length, without
     * reading the body, so this sends the headers and the first megabyte over a plain socket and reads the answer
     * (an HTTP client would keep trying to send the other 49 MB).
     */
    private String uploadStatus(TestMembers.SignedIn member, int length) throws IOException {
        String boundary = "----media" + System.nanoTime();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n";
        URI target = member.http().uri("/api/v2/media");
        try (java.net.Socket socket = new java.net.Socket(target.getHost(), target.getPort())) {
            socket.setSoTimeout(20_000);
            var out = socket.getOutputStream();
            out.write(("POST /api/v2/media HTTP/1.1\r\nHost: " + target.getHost() + ":" + target.getPort()
                    + "\r\nContent-Type: multipart/form-data; boundary=" + boundary
                    + "\r\nContent-Length: " + (head.length() + length) + "\r\nAccept: application/json"
                    + "\r\nCookie: " + member.sessionCookie() + "\r\n\r\n" + head)
                    .getBytes(StandardCharsets.UTF_8));
            byte[] chunk = new byte[64 * 1024];
            chunk[0] = (byte) 0xFF;
            chunk[1] = (byte) 0xD8;
            chunk[2] = (byte) 0xFF;
            try {
                for (int sent = 0; sent < 1024 * 1024; sent += chunk.length) {
                    out.write(chunk);
                }
                out.flush();
            } catch (IOException closedByTheHub) {
                // The hub may close the connection once it has answered.
            }
            var in = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    StandardCharsets.ISO_8859_1));
            return in.readLine();
        }
    }
}
