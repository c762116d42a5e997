package london.patchwork.federation.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import london.patchwork.federation.fetch.ResponseReader.BodyMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResponseReaderTest {

    private static final URI TARGET = URI.create("https://peer.example/doc");

    private static RawResponse read(String wire, long limit, BodyMode mode) throws IOException, FetchException {
        var in = new ByteArrayInputStream(wire.getBytes(StandardCharsets.ISO_8859_1));
        return new ResponseReader(in, TARGET).read(limit, mode);
    }

    private static String body(RawResponse response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    @Test
    void readsAContentLengthBody() throws Exception {
        RawResponse response = read("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nhello, trailing junk",
                100, BodyMode.DOCUMENT);

        assertThat(response.status()).isEqualTo(200);
        assertThat(body(response)).isEqualTo("hello");
        assertThat(response.headers().first("content-type")).contains("text/plain");
    }

    @Test
    void readsAChunkedBodyWithExtensionsAndTrailers() throws Exception {
        String wire = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "4;ext=1\r\n{\"a\"\r\n" + "3\r\n:1}\r\n" + "0\r\nX-Trailer: yes\r\n\r\n";

        assertThat(body(read(wire, 100, BodyMode.DOCUMENT))).isEqualTo("{\"a\":1}");
    }

    @Test
    void readsACloseDelimitedBodyAndToleratesBareLineFeeds() throws Exception {
        RawResponse response = read("HTTP/1.0 200 OK\nContent-Type: text/plain\n\nuntil the end", 100, BodyMode.DOCUMENT);

        assertThat(body(response)).isEqualTo("until the end");
    }

    @Test
    void skipsInterimResponses() throws Exception {
        String wire = "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </x>\r\n\r\n"
                + "HTTP/1.1 202 Accepted\r\nContent-Length: 2\r\n\r\nok";

        RawResponse response = read(wire, 100, BodyMode.EXCERPT);

        assertThat(response.status()).isEqualTo(202);
        assertThat(body(response)).isEqualTo("ok");
    }

    @Test
    void chunkedWinsOverContentLength() throws Exception {
        String wire = "HTTP/1.1 200 OK\r\nContent-Length: 100\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nhi\r\n0\r\n\r\n";

        assertThat(body(read(wire, 100, BodyMode.DOCUMENT))).isEqualTo("hi");
    }

    @Test
    void failsFastOnAnAnnouncedLengthOverTheCap() {
        String wire = "HTTP/1.1 200 OK\r\nContent-Length: 2000000\r\n\r\n";

        assertThatThrownBy(() -> read(wire, 1024, BodyMode.DOCUMENT)).isInstanceOf(FetchException.TooLarge.class);
    }

    @Test
    void countsChunkedAndCloseDelimitedBodiesAgainstTheCap() {
        String chunked = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + "400\r\n" + "x".repeat(1024) + "\r\n"
                + "1\r\ny\r\n0\r\n\r\n";
        String unframed = "HTTP/1.1 200 OK\r\n\r\n" + "x".repeat(1025);

        assertThatThrownBy(() -> read(chunked, 1024, BodyMode.DOCUMENT)).isInstanceOf(FetchException.TooLarge.class);
        assertThatThrownBy(() -> read(unframed, 1024, BodyMode.DOCUMENT)).isInstanceOf(FetchException.TooLarge.class);
    }

    @Test
    void excerptModeStopsQuietlyAtTheLimit() throws Exception {
        RawResponse response = read("HTTP/1.1 500 Oops\r\nContent-Length: 50\r\n\r\n" + "e".repeat(50), 10, BodyMode.EXCERPT);

        assertThat(response.status()).isEqualTo(500);
        assertThat(response.truncated()).isTrue();
        assertThat(body(response)).isEqualTo("e".repeat(10));
    }

    @Test
    void documentModeSkipsTheBodyOfNonSuccessResponses() throws Exception {
        RawResponse response = read("HTTP/1.1 404 Not Found\r\nContent-Length: 9999999\r\n\r\n", 10, BodyMode.DOCUMENT);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "garbage\r\n\r\n",
            "HTTP/2 200\r\n\r\n",
            "HTTP/1.1 20 OK\r\n\r\n",
            "HTTP/1.1 abc OK\r\n\r\n",
            "HTTP/1.1 200OK\r\n\r\n",
            "HTTP/1.1 101 Switching Protocols\r\n\r\n",
            "HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello!",
            "HTTP/1.1 200 OK\r\nContent-Length: 5, 6\r\n\r\nhello!",
            "HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n",
            "HTTP/1.1 200 OK\r\nContent-Length: 99999999999999999999\r\n\r\n",
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n",
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: identity\r\n\r\nx",
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n0\r\n\r\n",
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab",
            "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort",
            "HTTP/1.1 200 OK\r\nX-A: 1\r\n folded\r\n\r\n",
            "HTTP/1.1 200 OK\r\nX-A : 1\r\n\r\n",
            "HTTP/1.1 200 OK\r\nNo colon here\r\n\r\n",
            "HTTP/1.1 200 OK\r\nX-A: a\u0000b\r\n\r\n",
            "HTTP/1.1 200 OK\r\nX-A: a\rb\r\n\r\n",
            "HTTP/1.1 200 OK\r\nX-A: 1\r\n"
    })
    void rejectsMalformedResponses(String wire) {
        assertThatThrownBy(() -> read(wire, 1024, BodyMode.DOCUMENT)).isInstanceOf(FetchException.MalformedResponse.class);
    }

    @Test
    void rejectsOversizedHeads() {
        String longLine = "HTTP/1.1 200 OK\r\nX-Long: " + "a".repeat(9000) + "\r\n\r\n";
        String manyHeaders = "HTTP/1.1 200 OK\r\n" + "X-A: 1\r\n".repeat(200) + "\r\n";
        String hugeHead = "HTTP/1.1 200 OK\r\n" + ("X-A: " + "b".repeat(4000) + "\r\n").repeat(20) + "\r\n";

        assertThatThrownBy(() -> read(longLine, 1024, BodyMode.DOCUMENT)).hasMessageContaining("longer");
        assertThatThrownBy(() -> read(manyHeaders, 1024, BodyMode.DOCUMENT)).hasMessageContaining("too many headers");
        assertThatThrownBy(() -> read(hugeHead, 1024, BodyMode.DOCUMENT)).hasMessageContaining("head larger");
    }

    @Test
    void rejectsEndlessInterimResponses() {
        String wire = "HTTP/1.1 100 Continue\r\n\r\n".repeat(20);

        assertThatThrownBy(() -> read(wire, 1024, BodyMode.DOCUMENT)).hasMessageContaining("interim");
    }
}
