package london.patchwork.federation.signatures.bench;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import london.patchwork.federation.signatures.CavageSigner;
import london.patchwork.federation.signatures.HeaderMap;
import london.patchwork.federation.signatures.IncomingRequest;
import london.patchwork.federation.signatures.KeyPairs;
import london.patchwork.federation.signatures.MessageSigner;
import london.patchwork.federation.signatures.OutgoingRequest;
import london.patchwork.federation.signatures.RequestSigner;
import london.patchwork.federation.signatures.SignatureVerifier;
import london.patchwork.federation.signatures.VerificationKey;
import london.patchwork.federation.signatures.VerificationResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Signing and verifying one federation POST (a 1 KB activity to an inbox), single-threaded:
 * draft-cavage with RSA-2048 (what Mastodon sends) and RFC 9421 with Ed25519. Verification is the
 * whole inbox path after the key is known: parse the headers, check the time window, coverage and
 * digest, rebuild the signing string and check the signature. Run with:
 *
 * <pre>
 * JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 ./mvnw -q -o -pl federation test-compile exec:exec \
 *   -Dexec.executable=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=london.patchwork.federation.signatures.bench.SignatureBenchmark
 * </pre>
 *
 * <p>({@code exec:exec} rather than {@code exec:java}: the Micronaut parent configures the exec
 * plugin's arguments for {@code exec:exec}, and JMH's forked JVM needs a real class path.)
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SignatureBenchmark {

    private static final Instant NOW = Instant.parse("2025-11-02T12:00:00Z");
    private static final String KEY_ID = "https://camden.example/actor#main-key";

    private final SignatureVerifier verifier = new SignatureVerifier();
    private OutgoingRequest post;
    private RequestSigner cavageRsa;
    private RequestSigner messageEd25519;
    private RequestSigner messageRsa;
    private IncomingRequest cavageRsaSigned;
    private IncomingRequest messageEd25519Signed;
    private IncomingRequest messageRsaSigned;
    private VerificationKey rsaKey;
    private VerificationKey ed25519Key;

    /** Keys and one signed request of each kind, made once. */
    @Setup
    public void setUp() {
        KeyPair rsa = KeyPairs.rsa2048();
        KeyPair ed25519 = KeyPairs.ed25519();
        rsaKey = VerificationKey.of(rsa.getPublic());
        ed25519Key = VerificationKey.of(ed25519.getPublic());
        String body = "{\"@context\":\"https://www.w3.org/ns/activitystreams\",\"type\":\"Create\",\"object\":{\"type\":\"Note\","
                + "\"content\":\"" + "x".repeat(900) + "\"}}";
        post = new OutgoingRequest("POST", URI.create("https://hackney.example/users/hackney/inbox"),
                Map.of("Content-Type", "application/activity+json"), body.getBytes(StandardCharsets.UTF_8));
        cavageRsa = CavageSigner.rsaSha256(KEY_ID, rsa.getPrivate());
        messageEd25519 = new MessageSigner(KEY_ID, ed25519.getPrivate());
        messageRsa = new MessageSigner(KEY_ID, rsa.getPrivate());
        cavageRsaSigned = received(cavageRsa.sign(post, NOW));
        messageEd25519Signed = received(messageEd25519.sign(post, NOW));
        messageRsaSigned = received(messageRsa.sign(post, NOW));
        requireVerified(verifyCavageRsa());
        requireVerified(verifyRfc9421Ed25519());
        requireVerified(verifyRfc9421Rsa());
    }

    @Benchmark
    public Map<String, String> signCavageRsa() {
        return cavageRsa.sign(post, NOW);
    }

    @Benchmark
    public VerificationResult verifyCavageRsa() {
        return verifier.verify(cavageRsaSigned, rsaKey, NOW);
    }

    @Benchmark
    public Map<String, String> signRfc9421Ed25519() {
        return messageEd25519.sign(post, NOW);
    }

    @Benchmark
    public VerificationResult verifyRfc9421Ed25519() {
        return verifier.verify(messageEd25519Signed, ed25519Key, NOW);
    }

    @Benchmark
    public VerificationResult verifyRfc9421Rsa() {
        return verifier.verify(messageRsaSigned, rsaKey, NOW);
    }

    private IncomingRequest received(Map<String, String> added) {
        HeaderMap.Builder headers = HeaderMap.builder().add("Host", "hackney.example")
                .add("Content-Type", "application/activity+json");
        added.forEach(headers::add);
        return new IncomingRequest("POST", "/users/hackney/inbox", headers.build(), post.body());
    }

    private static void requireVerified(VerificationResult result) {
        if (!result.isVerified()) {
            throw new IllegalStateException("benchmark request does not verify: " + result);
        }
    }

    /**
     * Runs the benchmark briefly: 1 fork, 2 warm-up and 3 measurement iterations of 2 s each.
     *
     * @param args ignored
     * @throws RunnerException if JMH fails
     */
    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder()
                .include(SignatureBenchmark.class.getName())
                .forks(1)
                .warmupIterations(2)
                .warmupTime(TimeValue.seconds(2))
                .measurementIterations(3)
                .measurementTime(TimeValue.seconds(2))
                .threads(1)
                // Explicit JVM flags: otherwise the fork inherits the launcher's, and the Micronaut
                // parent's exec configuration starts it with -XX:TieredStopAtLevel=1 (C1 only).
                .jvmArgs("-Xms512m", "-Xmx512m")
                .build()).run();
    }
}
