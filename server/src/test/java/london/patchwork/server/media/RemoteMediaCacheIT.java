package london.patchwork.server.media;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import london.patchwork.server.posts.PostRepository;
import london.patchwork.server.testing.Activities;
import london.patchwork.server.testing.HttpProbe;
import london.patchwork.server.testing.HubTest;
import london.patchwork.server.testing.RemoteServer;
import london.patchwork.server.testing.RunningHub;
import london.patchwork.server.testing.TestHubs;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Remote posts' images on a hub that keeps copies ({@code patchwork.media.cache-remote=true}, this class's hub) and on
 * one that does not (the default, a second hub): the first fetches each image once, in the background, from a real
 * HTTP server on 127.0.0.1, and shows its own copy without the photo's EXIF; what cannot be had stays a link and is not
 * asked for again; the second only links and fetches nothing.
 */
@MicronautTest(transactional = false)
class RemoteMediaCacheIT extends HubTest {

    @Inject MediaRepository media;
    @Inject PostRepository posts;

    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private HttpServer files;
    private RemoteServer peer;
    private RunningHub linking;
    private URI author;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("patchwork.media.cache-remote", "true");
        return properties;
    }

    @BeforeAll
    void start() throws IOException {
        byte[] photo = MediaPictures.withGpsExif(MediaPictures.jpeg(1200, 900));
        assertThat(MediaPictures.contains(photo, "GPS".getBytes(StandardCharsets.US_ASCII))).isTrue();
        byte[] second = MediaPictures.jpeg(300, 200);
        files = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        files.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            requests.computeIfAbsent(path, ignored -> new AtomicInteger()).incrementAndGet();
            byte[] body = switch (path) {
                case "/photos/market.jpg", "/photos/bridge.jpg" -> photo;
                case "/photos/second.jpg" -> second;
                case "/photos/not-a-picture.jpg" -> "<html><script>alert(1)</script></html>"
                        .getBytes(StandardCharsets.UTF_8);
                default -> null;
            };
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                exchange.getResponseHeaders().add("Content-Type", "image/jpeg");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        files.start();
        peer = new RemoteServer();
        author = peer.addActor("photographer");
        linking = RunningHub.start(TestHubs.LAMBETH);
    }

    @AfterAll
    void stop() {
        if (files != null) {
            files.stop(0);
        }
        if (peer != null) {
            peer.close();
        }
        if (linking != null) {
            linking.close();
        }
    }

    @Test
    void aHubThatKeepsCopiesShowsItsOwnWithoutExifAndOneThatDoesNotOnlyLinks() throws IOException {
        URI noteId = URI.create(author + "/posts/market");
        ObjectNode note = note(noteId, hub(), "<p>The market this morning #market</p>", "market", "market.jpg",
                "not-a-picture.jpg", "missing.jpg");
        deliver(baseUrl(), Activities.create(author, note));

        awaitCopies(() -> file("market.jpg").map(f -> f.storageKey() != null).orElse(false)
                && "failed".equals(file("not-a-picture.jpg").map(MediaFile::cacheState).orElse(null))
                && "failed".equals(file("missing.jpg").map(MediaFile::cacheState).orElse(null)));
        long postId = posts.findByUri(noteId.toString()).orElseThrow().id();

        // The Mastodon JSON: the copy here, the origin as remote_url; the others as links.
        JsonNode status = HttpProbe.json(http().get("/api/v1/statuses/" + postId, "application/json"));
        JsonNode kept = status.at("/media_attachments/0");
        assertThat(kept.get("url").asText()).startsWith(baseUrl() + "/media/").endsWith(".jpg");
        assertThat(kept.get("preview_url").asText()).startsWith(baseUrl() + "/media/").endsWith("-small.jpg");
        assertThat(kept.get("remote_url").asText()).isEqualTo(photoUrl("market.jpg"));
        assertThat(kept.get("description").asText()).isEqualTo("Picture market.jpg");
        assertThat(kept.at("/meta/original/width").asInt()).isEqualTo(1200);
        assertThat(kept.at("/meta/small/width").asInt()).isEqualTo(640);
        for (int i = 1; i <= 2; i++) {
            JsonNode linked = status.at("/media_attachments/" + i);
            assertThat(linked.get("url").asText()).isEqualTo(linked.get("remote_url").asText())
                    .startsWith(photoUrl(""));
        }

        // The copy is the hub's own: a JPEG without EXIF or the GPS position.
        HttpResponse<byte[]> copy = http().sendBytes(URI.create(kept.get("url").asText()).getPath());
        assertThat(copy.statusCode()).isEqualTo(200);
        assertThat(MediaPictures.isJpeg(copy.body())).isTrue();
        assertThat(MediaPictures.hasApp1(copy.body())).isFalse();
        assertThat(MediaPictures.contains(copy.body(), "GPS".getBytes(StandardCharsets.US_ASCII))).isFalse();

        // The page shows the copy's preview and links the ones it could not keep.
        Document page = Jsoup.parse(http().get("/tags/market", "text/html").body());
        assertThat(page.select(".post__images img").eachAttr("src")).containsExactly(kept.get("preview_url").asText());
        assertThat(page.select(".post__images a[href]").eachAttr("href"))
                .contains(photoUrl("not-a-picture.jpg"), photoUrl("missing.jpg"));

        // An edit keeps the copy and asks for nothing again; a later post's image is fetched after it, so once that
        // is kept the worker has been past anything the edit could have queued.
        deliver(baseUrl(), Activities.activity("Update", URI.create(noteId + "#updates/1"), author,
                note(noteId, hub(), "<p>The market this morning, edited #market</p>", "market", "market.jpg",
                        "not-a-picture.jpg", "missing.jpg")));
        await().atMost(Duration.ofSeconds(30)).until(() -> posts.findByUri(noteId.toString()).orElseThrow()
                .contentHtml().contains("edited"));
        deliver(baseUrl(), Activities.create(author, note(URI.create(author + "/posts/second"), hub(),
                "<p>Later #market</p>", "market", "second.jpg")));
        awaitCopies(() -> file("second.jpg").map(f -> f.storageKey() != null).orElse(false));
        assertThat(gets("market.jpg")).as("fetched once").isEqualTo(1);
        assertThat(gets("not-a-picture.jpg")).as("not a picture: not asked again").isEqualTo(1);
        assertThat(gets("missing.jpg")).as("404: not asked again").isEqualTo(1);
        assertThat(file("market.jpg").orElseThrow().storageKey()).isNotNull();

        // A hub with caching off (the default) shows the same kind of post by link and fetches nothing.
        deliver(linking.baseUrl(), Activities.create(author, note(URI.create(author + "/posts/bridge"),
                URI.create(linking.actorUrl()), "<p>The bridge at dusk #bridges</p>", "bridges", "bridge.jpg")));
        await().atMost(Duration.ofSeconds(30)).until(() -> linking.http().get("/tags/bridges", "text/html").body()
                .contains("The bridge at dusk"));
        Document linked = Jsoup.parse(linking.http().get("/tags/bridges", "text/html").body());
        assertThat(linked.select(".post__images img")).isEmpty();
        assertThat(linked.select(".post__images a").eachAttr("href")).containsExactly(photoUrl("bridge.jpg"));
        assertThat(gets("bridge.jpg")).as("a hub that does not keep copies never fetches").isZero();
    }

    /** A public note addressed to the hub too, so that the hub keeps it though nobody there follows its author. */
    private ObjectNode note(URI id, URI hub, String html, String tag, String... pictures) {
        ObjectNode note = Activities.note(id, author, html, hub);
        note.putArray("tag").addObject().put("type", "Hashtag").put("name", "#" + tag)
                .put("href", peer.base() + "/tags/" + tag);
        var attachments = note.putArray("attachment");
        for (String picture : pictures) {
            attachments.addObject().put("type", "Document").put("mediaType", "image/jpeg")
                    .put("url", photoUrl(picture)).put("name", "Picture " + picture);
        }
        return note;
    }

    private URI hub() {
        return URI.create(baseUrl() + "/actors/hackney");
    }

    private void deliver(String hub, ObjectNode activity) {
        HttpResponse<String> answer = peer.deliver(author, hub + "/inbox", activity);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
    }

    private String photoUrl(String name) {
        return "http://127.0.0.1:" + files.getAddress().getPort() + "/photos/" + name;
    }

    private Optional<MediaFile> file(String name) {
        String url = photoUrl(name);
        return media.findAll().stream().filter(file -> url.equals(file.remoteUrl())).findFirst();
    }

    /** Waits for the worker, saying what the test server was asked for and what the hub holds if it times out. */
    private void awaitCopies(java.util.concurrent.Callable<Boolean> done) {
        try {
            await().atMost(Duration.ofSeconds(30)).until(done);
        } catch (org.awaitility.core.ConditionTimeoutException timedOut) {
            throw new AssertionError("asked for " + requests + "; held " + media.findAll(), timedOut);
        }
    }

    private int gets(String name) {
        AtomicInteger count = requests.get("/photos/" + name);
        return count == null ? 0 : count.get();
    }
}
