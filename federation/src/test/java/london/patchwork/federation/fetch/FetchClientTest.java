package london.patchwork.federation.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import london.patchwork.federation.fetch.testing.LocalHttpServer;
import london.patchwork.federation.fetch.testing.LoopbackOnlySockets;
import london.patchwork.federation.fetch.testing.StaticResolver;
import london.patchwork.federation.signatures.OutgoingRequest;
import london.patchwork.federation.signatures.RequestSigner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** GETs against a real local server, with the development switch on. */
class FetchClientTest {

    private static final String AP = "application/activity+json";

    private final LocalHttpServer server = LocalHttpServer.start();
    private final LoopbackOnlySockets sockets = new LoopbackOnlySockets();
    private final StaticResolver resolver = new StaticResolver().loopback("hub.test", "other.test");
    private final FetchClient client = client(FetchPolicy.development("Patchwork-test/1.0"));

    @AfterEach
    void stop() {
        server.close();
    }

    private FetchClient client(FetchPolicy policy) {
        return FetchClient.builder(policy).resolver(resolver).socketFactory(sockets).build();
    }

    private URI url(String path) {
        return server.uri("hub.test", path);
    }

    private String note(String path) {
        return "{\"id\":\"" + url(path) + "\",\"type\":\"Note\",\"content\":\"hello\"}";
    }

    @Test
    void fetchesAnActivityPubDocumentWithTheRightHeaders() throws Exception {
        server.respond("/notes/1", 200, AP + "; charset=utf-8", note("/notes/1"));

        FetchedJson fetched = client.getActivityPub(url("/notes/1"));

        assertThat(fetched.url()).isEqualTo(url("/notes/1"));
        assertThat(fetched.json().get("content").asText()).isEqualTo("hello");
        LocalHttpServer.Recorded request = server.requests().get(0);
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.header("Accept")).isEqualTo(
                "application/activity+json, application/ld+json; profile=\"https://www.w3.org/ns/activitystreams\"");
        assertThat(request.header("Host")).isEqualTo("hub.test:" + server.port());
        assertThat(request.header("User-Agent")).isEqualTo("Patchwork-test/1.0");
        assertThat(request.header("Accept-Encoding")).isEqualTo("identity");
        assertThat(request.header("Connection")).isEqualTo("close");
        assertThat(sockets.attempts()).hasSize(1);
    }

    @Test
    void aConditionalGetOfACalendarSendsItsValidatorsAndReturnsNotModified() throws Exception {
        server.respond("/cal.ics", 304, null, "");
        server.respond("/fresh.ics", 200, "text/calendar; charset=utf-8", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
        server.respond("/page.ics", 200, "text/html", "<html></html>");

        FetchResponse notModified = client.getConditional(url("/cal.ics"), DocumentKind.ICALENDAR,
                java.util.Map.of("If-None-Match", "\"v1\""));
        FetchResponse fresh = client.getConditional(url("/fresh.ics"), DocumentKind.ICALENDAR, java.util.Map.of());

        assertThat(notModified.status()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();
        assertThat(server.requests().get(0).header("If-None-Match")).isEqualTo("\"v1\"");
        assertThat(server.requests().get(0).header("Accept")).startsWith("text/calendar");
        assertThat(fresh.status()).isEqualTo(200);
        assertThatThrownBy(() -> client.getConditional(url("/page.ics"), DocumentKind.ICALENDAR, java.util.Map.of()))
                .isInstanceOf(FetchException.WrongMediaType.class);
        // Without validators a 304 is not an answer the caller asked for.
        assertThatThrownBy(() -> client.get(url("/cal.ics"), DocumentKind.ICALENDAR))
                .isInstanceOf(FetchException.HttpStatus.class);
    }

    @Test
    void acceptsLdJsonWithTheActivityStreamsProfile() throws Exception {
        server.respond("/n", 200, "application/ld+json; profile=\"https://www.w3.org/ns/activitystreams\"", note("/n"));

        assertThat(client.getActivityPub(url("/n")).mediaType().essence()).isEqualTo("application/ld+json");
    }

    @Test
    void refusesPlainJsonHtmlAndMissingTypesForActivityPub() {
        server.respond("/json", 200, "application/json", note("/json"));
        server.respond("/html", 200, "text/html", "<html></html>");
        server.respond("/none", 200, null, note("/none"));

        assertThatThrownBy(() -> client.getActivityPub(url("/json"))).isInstanceOf(FetchException.WrongMediaType.class);
        assertThatThrownBy(() -> client.getActivityPub(url("/html"))).isInstanceOf(FetchException.WrongMediaType.class);
        assertThatThrownBy(() -> client.getActivityPub(url("/none"))).isInstanceOf(FetchException.WrongMediaType.class);
    }

    @Test
    void plainJsonPassesWhenThePolicyAllowsIt() throws Exception {
        server.respond("/json", 200, "application/json", note("/json"));
        FetchClient lenient = client(FetchPolicy.development("t").withPlainJsonForActivityPub(true));

        assertThat(lenient.getActivityPub(url("/json")).json().get("type").asText()).isEqualTo("Note");
    }

    @Test
    void refusesADocumentWhoseIdIsNotTheUrlFetched() {
        server.respond("/claims-other", 200, AP, "{\"id\":\"https://victim.example/users/admin\",\"type\":\"Person\"}");
        server.respond("/no-id", 200, AP, "{\"type\":\"Person\"}");
        server.respond("/numeric-id", 200, AP, "{\"id\":42}");

        assertThatThrownBy(() -> client.getActivityPub(url("/claims-other")))
                .isInstanceOfSatisfying(FetchException.IdMismatch.class,
                        e -> assertThat(e.documentId()).isEqualTo("https://victim.example/users/admin"));
        assertThatThrownBy(() -> client.getActivityPub(url("/no-id")))
                .isInstanceOfSatisfying(FetchException.IdMismatch.class, e -> assertThat(e.documentId()).isNull());
        assertThatThrownBy(() -> client.getActivityPub(url("/numeric-id"))).isInstanceOf(FetchException.IdMismatch.class);
    }

    @Test
    void comparesTheIdWithTheUrlWithoutItsFragment() throws Exception {
        server.respond("/users/alice", 200, AP, note("/users/alice"));

        FetchedJson fetched = client.getActivityPub(URI.create(url("/users/alice") + "#main-key"));

        assertThat(fetched.url()).isEqualTo(url("/users/alice"));
    }

    @Test
    void afterARedirectTheIdMustBeTheFinalUrl() throws Exception {
        server.redirect("/old", 301, url("/new").toString());
        server.respond("/new", 200, AP, note("/new"));
        server.redirect("/old-lying", 302, "/lying");
        server.respond("/lying", 200, AP, note("/old-lying"));

        assertThat(client.getActivityPub(url("/old")).url()).isEqualTo(url("/new"));
        assertThatThrownBy(() -> client.getActivityPub(url("/old-lying")))
                .isInstanceOfSatisfying(FetchException.IdMismatch.class,
                        e -> assertThat(e.target()).isEqualTo(url("/lying")));
    }

    @Test
    void followsFiveRedirectsButNotSix() throws Exception {
        for (int i = 0; i < 6; i++) {
            server.redirect("/hop" + i, 302, "/hop" + (i + 1));
        }
        server.respond("/hop6", 200, AP, note("/hop6"));

        assertThat(client.getActivityPub(url("/hop1")).url()).isEqualTo(url("/hop6"));
        assertThatThrownBy(() -> client.getActivityPub(url("/hop0")))
                .isInstanceOf(FetchException.TooManyRedirects.class);
    }

    @Test
    void endsRedirectLoops() {
        server.redirect("/ping", 307, "/pong");
        server.redirect("/pong", 308, "/ping");

        assertThatThrownBy(() -> client.getActivityPub(url("/ping"))).isInstanceOf(FetchException.TooManyRedirects.class);
        assertThat(server.requests()).hasSize(6);
    }

    @Test
    void refusesARedirectToAnotherScheme() {
        server.redirect("/to-file", 302, "file:///etc/passwd");

        assertThatThrownBy(() -> client.getActivityPub(url("/to-file"))).isInstanceOf(FetchException.BadUrl.class);
    }

    @Test
    void reportsHttpStatusesWithTheirPermanence() {
        server.respond("/gone", 410, "text/plain", "gone");
        server.respond("/missing", 404, "text/plain", "no");
        server.respond("/busy", 429, "text/plain", "slow down");
        server.respond("/broken", 500, "text/plain", "oops");

        assertThatThrownBy(() -> client.getActivityPub(url("/gone"))).isInstanceOfSatisfying(FetchException.HttpStatus.class,
                e -> assertThat(e.isGone() && e.isPermanent() && e.status() == 410).isTrue());
        assertThatThrownBy(() -> client.getActivityPub(url("/missing")))
                .isInstanceOfSatisfying(FetchException.HttpStatus.class, e -> assertThat(e.isPermanent()).isTrue());
        assertThatThrownBy(() -> client.getActivityPub(url("/busy")))
                .isInstanceOfSatisfying(FetchException.HttpStatus.class, e -> assertThat(e.isPermanent()).isFalse());
        assertThatThrownBy(() -> client.getActivityPub(url("/broken")))
                .isInstanceOfSatisfying(FetchException.HttpStatus.class, e -> assertThat(e.isPermanent()).isFalse());
    }

    @Test
    void readsChunkedResponses() throws Exception {
        server.route("/chunked", exchange -> LocalHttpServer.send(exchange, 200, AP,
                note("/chunked").getBytes(StandardCharsets.UTF_8), true));

        assertThat(client.getActivityPub(url("/chunked")).json().get("type").asText()).isEqualTo("Note");
    }

    @Test
    void capsTheBodyWithAndWithoutContentLength() {
        byte[] big = ("{\"id\":\"x\",\"pad\":\"" + "a".repeat(1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        server.route("/sized", exchange -> LocalHttpServer.send(exchange, 200, AP, big, false));
        server.route("/unsized", exchange -> LocalHttpServer.send(exchange, 200, AP, big, true));

        assertThatThrownBy(() -> client.getActivityPub(url("/sized")))
                .isInstanceOfSatisfying(FetchException.TooLarge.class, e -> assertThat(e.limit()).isEqualTo(1024 * 1024));
        assertThatThrownBy(() -> client.getActivityPub(url("/unsized"))).isInstanceOf(FetchException.TooLarge.class);
    }

    @Test
    void fetchesAPictureUpToItsOwnLimitAndOnlyAsAnImage() throws Exception {
        byte[] picture = new byte[3 * 1024 * 1024];
        picture[0] = (byte) 0xFF;
        server.route("/photo.jpg", exchange -> LocalHttpServer.send(exchange, 200, "image/jpeg", picture, false));
        server.respond("/page.html", 200, "text/html", "<html></html>");

        FetchResponse fetched = client.get(url("/photo.jpg"), DocumentKind.IMAGE, 4 * 1024 * 1024);
        assertThat(fetched.body()).hasSize(picture.length);
        assertThat(server.requests().get(0).header("Accept")).startsWith("image/jpeg, image/png");
        assertThatThrownBy(() -> client.get(url("/photo.jpg"), DocumentKind.IMAGE, 1024 * 1024))
                .isInstanceOf(FetchException.TooLarge.class);
        assertThatThrownBy(() -> client.get(url("/page.html"), DocumentKind.IMAGE, 1024 * 1024))
                .isInstanceOf(FetchException.WrongMediaType.class);
    }

    @Test
    void refusesCompressedBodiesItDidNotAskFor() {
        server.route("/gz", exchange -> {
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            LocalHttpServer.send(exchange, 200, AP, new byte[] {31, -117, 8, 0}, false);
        });

        assertThatThrownBy(() -> client.getActivityPub(url("/gz"))).isInstanceOf(FetchException.MalformedResponse.class);
    }

    @Test
    void refusesBodiesThatAreNotOneJsonObject() {
        server.respond("/array", 200, AP, "[1,2]");
        server.respond("/broken", 200, AP, "{\"id\":");
        server.respond("/two", 200, AP, note("/two") + "{}");
        server.respond("/dup", 200, AP, "{\"id\":\"" + url("/dup") + "\",\"id\":\"https://victim.example/\"}");
        server.respond("/deep", 200, AP, "[".repeat(5000) + "]".repeat(5000));

        for (String path : List.of("/array", "/broken", "/two", "/dup", "/deep")) {
            assertThatThrownBy(() -> client.getActivityPub(url(path))).as(path)
                    .isInstanceOf(FetchException.InvalidDocument.class);
        }
    }

    @Test
    void signsEachHopAtSendTime() throws Exception {
        server.redirect("/start", 302, url("/end").toString());
        server.respond("/end", 200, AP, note("/end"));
        List<OutgoingRequest> seen = new CopyOnWriteArrayList<>();
        RequestSigner signer = (request, now) -> {
            seen.add(request);
            return Map.of("Date", "Tue, 07 Jun 2033 20:51:35 GMT", "Signature", "keyId=\"k\",signature=\"" + seen.size() + "\"");
        };
        Instant frozen = Instant.parse("2033-06-07T20:51:35Z");
        FetchClient signing = FetchClient.builder(FetchPolicy.development("t")).resolver(resolver).socketFactory(sockets)
                .clock(Clock.fixed(frozen, ZoneOffset.UTC)).build();

        signing.getActivityPub(url("/start"), signer);

        assertThat(seen).extracting(OutgoingRequest::target).containsExactly(url("/start"), url("/end"));
        assertThat(seen.get(0).method()).isEqualTo("GET");
        assertThat(seen.get(0).headers()).containsEntry("Host", "hub.test:" + server.port())
                .containsKey("Accept");
        assertThat(server.requests()).extracting(r -> r.header("Signature"))
                .containsExactly("keyId=\"k\",signature=\"1\"", "keyId=\"k\",signature=\"2\"");
        assertThat(server.requests().get(1).header("Date")).isEqualTo("Tue, 07 Jun 2033 20:51:35 GMT");
    }

    @Test
    void followsADeclaredIdOnceFromItsOwnOrigin() throws Exception {
        server.respond("/users/alice/main-key", 200, AP, note("/users/alice"));
        server.respond("/users/alice", 200, AP, note("/users/alice"));
        server.respond("/users/mallory/main-key", 200, AP, note("/users/alice2"));
        server.respond("/users/alice2", 200, AP, note("/users/someone-else"));

        FetchedJson actor = client.getActivityPubByDeclaredId(url("/users/alice/main-key"), (r, now) -> Map.of());

        assertThat(actor.url()).isEqualTo(url("/users/alice"));
        assertThatThrownBy(() -> client.getActivityPubByDeclaredId(url("/users/mallory/main-key"), (r, now) -> Map.of()))
                .isInstanceOf(FetchException.IdMismatch.class);
    }

    @Test
    void reportsAnUnknownHostAndARefusedConnection() throws Exception {
        int closedPort;
        try (var probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        URI nobodyHome = URI.create("http://hub.test:" + closedPort + "/x");

        assertThatThrownBy(() -> client.getActivityPub(URI.create("http://nowhere.test/x")))
                .isInstanceOfSatisfying(FetchException.HostNotFound.class, e -> assertThat(e.isPermanent()).isFalse());
        assertThatThrownBy(() -> client.getActivityPub(nobodyHome)).isInstanceOf(FetchException.ConnectionFailed.class);
    }

    @Test
    void sendsTheAcceptHeaderOfEachDocumentKind() throws Exception {
        server.respond("/.well-known/webfinger", 200, "application/jrd+json", "{\"subject\":\"acct:a@hub.test\"}");
        server.respond("/.well-known/nodeinfo", 200, "application/json", "{\"links\":[]}");

        client.getJson(url("/.well-known/webfinger"), DocumentKind.WEBFINGER);
        client.getJson(url("/.well-known/nodeinfo"), DocumentKind.NODEINFO);

        assertThat(server.requests()).extracting(r -> r.header("Accept"))
                .containsExactly("application/jrd+json, application/json", "application/json");
    }

    @Test
    void readsTypedDocumentsAndTurnsReaderFailuresIntoInvalidDocument() throws Exception {
        server.respond("/users/alice", 200, AP, note("/users/alice"));
        DocumentReader<String, Exception> typeOf = json -> {
            if (!json.has("preferredUsername")) {
                throw new Exception("not an actor");
            }
            return json.get("preferredUsername").asText();
        };

        DocumentReader<String, RuntimeException> type = json -> json.get("type").asText();
        String signedType = client.getDocument(url("/users/alice"), DocumentKind.ACTIVITY_PUB, (r, now) -> Map.of(), type);

        assertThat(signedType).isEqualTo("Note");
        assertThatThrownBy(() -> client.getDocument(url("/users/alice"), DocumentKind.ACTIVITY_PUB, typeOf))
                .isInstanceOf(FetchException.InvalidDocument.class).hasMessage("not an actor");
    }
}
