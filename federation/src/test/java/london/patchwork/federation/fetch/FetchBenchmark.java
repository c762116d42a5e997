package london.patchwork.federation.fetch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import london.patchwork.federation.fetch.testing.LocalHttpServer;
import london.patchwork.federation.fetch.testing.StaticResolver;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What the guarded client costs: a full GET of a 2 KB actor over 127.0.0.1 (a new connection each
 * time, as in production: resolve, check, connect, request, read, parse, id check), and parsing a
 * chunked response from memory, the reader's share of it. Not a unit test: run with JMH.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class FetchBenchmark {

    private LocalHttpServer server;
    private FetchClient client;
    private URI actor;
    private byte[] chunkedResponse;

    @Setup
    public void setUp() {
        server = LocalHttpServer.start();
        actor = server.uri("hub.test", "/users/alice");
        String document = "{\"id\":\"" + actor + "\",\"type\":\"Person\",\"summary\":\"" + "x".repeat(1900) + "\"}";
        server.respond("/users/alice", 200, MediaType.ACTIVITY_JSON, document);
        client = FetchClient.builder(FetchPolicy.development("bench")).resolver(new StaticResolver().loopback("hub.test"))
                .build();
        String head = "HTTP/1.1 200 OK\r\nContent-Type: application/activity+json\r\nTransfer-Encoding: chunked\r\n"
                + "Date: Sun, 05 Jan 2014 21:31:40 GMT\r\nServer: bench\r\n\r\n";
        String body = Integer.toHexString(document.length()) + "\r\n" + document + "\r\n0\r\n\r\n";
        chunkedResponse = (head + body).getBytes(StandardCharsets.ISO_8859_1);
    }

    @TearDown
    public void tearDown() {
        server.close();
    }

    /** One guarded GET over loopback, connection set-up included. */
    @Benchmark
    public FetchedJson getActorOverLoopback() throws FetchException {
        return client.getActivityPub(actor);
    }

    /** Reading one chunked 2 KB response from memory. */
    @Benchmark
    public RawResponse readChunkedResponse() throws IOException, FetchException {
        return new ResponseReader(new ByteArrayInputStream(chunkedResponse), actor)
                .read(FetchPolicy.DEFAULT_MAX_BODY_BYTES, ResponseReader.BodyMode.DOCUMENT);
    }
}
