package london.patchwork.federation.signatures;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Thousands of randomly damaged signed requests and key texts: verification never throws (it only
 * returns results), and key decoding throws nothing but {@link KeyFormatException}. The seed is fixed
 * so a failure can be replayed. How long the slowest input took is printed, not asserted: a time limit
 * in a unit test fails on a busy machine, and the benchmarks under {@code bench/} measure speed.
 */
class HostileInputTest {

    private static final Instant NOW = Instant.parse("2025-11-02T12:00:00Z");
    private static final String NASTY = "\"\\,;=():?*@%!\r\n\t \u00e9\u0000()\"\"";
    private static final SignatureVerifier VERIFIER = new SignatureVerifier();

    private static final AtomicLong SLOWEST_NANOS = new AtomicLong();

    private final Random random = new Random(20251102L);

    @Test
    void damagedRequestsOnlyEverYieldResults() {
        OutgoingRequest post = TestRequests.post("https://hackney.example/inbox?x=1", "{\"type\":\"Like\"}");
        List<IncomingRequest> originals = List.of(
                TestRequests.received(post, CavageSigner.rsaSha256(TestKeys.KEY_ID, TestKeys.RSA.getPrivate()).sign(post, NOW)),
                TestRequests.received(post, new MessageSigner(TestKeys.KEY_ID, TestKeys.RSA.getPrivate()).sign(post, NOW)));
        List<String> names = List.of("Signature", "Signature-Input", "Digest", "Content-Digest", "Date", "Host", "Content-Type");
        Map<FailureReason, Integer> reasons = new EnumMap<>(FailureReason.class);
        int verified = 0;
        for (int i = 0; i < 4000; i++) {
            IncomingRequest original = originals.get(i % 2);
            String name = names.get(random.nextInt(names.size()));
            String value = mutate(original.headers().first(name).orElse("x"));
            IncomingRequest damaged = random.nextInt(10) == 0
                    ? TestRequests.withTarget(original, "/" + mutate(original.target()))
                    : TestRequests.withHeader(original, name, value);
            VerificationResult result = timed(() -> VERIFIER.verify(damaged, VerificationKey.of(TestKeys.RSA.getPublic()), NOW),
                    damaged);
            if (result instanceof VerificationResult.Failed failed) {
                reasons.merge(failed.reason(), 1, Integer::sum);
            } else {
                assertThat(signedText(damaged)).as("a damaged request verified: " + damaged)
                        .isEqualTo(signedText(original));
                verified++;
            }
        }
        assertThat(reasons.keySet()).contains(FailureReason.MALFORMED, FailureReason.WRONG_KEY, FailureReason.BAD_DIGEST);
        assertThat(verified).as("mutations of uncovered headers still verify").isPositive();
    }

    /** What the signature actually covers: only a change there may turn a result into a failure. */
    private static String signedText(IncomingRequest request) {
        return switch ((SignatureClaim) VERIFIER.claim(request)) {
            case CavageSignature cavage -> CavageVerification.signingString(request, cavage, true);
            case MessageSignature message -> MessageVerification.signatureBase(request, message);
        };
    }

    @Test
    void damagedKeyTextOnlyEverThrowsKeyFormatException() {
        List<String> pems = List.of(PemKeys.encode(TestKeys.RSA.getPublic()), PemKeys.encode(TestKeys.P256.getPublic()),
                PemKeys.encode(TestKeys.ED25519.getPublic()));
        List<String> jwks = List.of(JwkKeys.toJwk(TestKeys.RSA.getPublic(), "k"), JwkKeys.toJwk(TestKeys.ED25519.getPublic(), "k"),
                JwkKeys.toJwk(TestKeys.P256.getPublic(), "k"));
        List<String> multikeys = List.of(Multikey.encode(TestKeys.ED25519.getPublic()), Multikey.encode(TestKeys.P256.getPublic()));
        int refused = 0;
        for (int i = 0; i < 1500; i++) {
            String pem = mutate(pems.get(i % 3));
            String privatePem = mutate(pems.get(i % 3).replace("PUBLIC", "PRIVATE"));
            String jwk = mutate(jwks.get(i % 3));
            String multikey = mutate(multikeys.get(i % 2));
            refused += decodes(() -> PemKeys.parsePublicKey(pem));
            refused += decodes(() -> PemKeys.parsePrivateKey(privatePem));
            refused += decodes(() -> JwkKeys.parsePublicKey(jwk));
            refused += decodes(() -> Multikey.decode(multikey));
        }
        assertThat(refused).isGreaterThan(3000);
    }

    private int decodes(Supplier<?> decoder) {
        try {
            timed(decoder, "key text");
            return 0;
        } catch (KeyFormatException expected) {
            return 1;
        }
    }

    private static <T> T timed(Supplier<T> work, Object input) {
        long start = System.nanoTime();
        T result;
        try {
            result = work.get();
        } catch (KeyFormatException expected) {
            throw expected;
        } catch (RuntimeException e) {
            throw new AssertionError("unexpected " + e + " for input " + input, e);
        } finally {
            SLOWEST_NANOS.accumulateAndGet(System.nanoTime() - start, Math::max);
        }
        return result;
    }

    @AfterAll
    static void reportTheSlowestInput() {
        System.out.printf("HostileInputTest: slowest input took %.1f ms%n", SLOWEST_NANOS.get() / 1e6);
    }

    private String mutate(String value) {
        List<String> choices = new ArrayList<>();
        int cut = value.isEmpty() ? 0 : random.nextInt(value.length());
        choices.add(value.substring(0, cut));
        choices.add(value.substring(0, cut) + NASTY.charAt(random.nextInt(NASTY.length())) + value.substring(cut));
        choices.add(value.isEmpty() ? "" : value.substring(0, cut) + value.substring(cut + 1));
        choices.add(value + "," + value);
        choices.add(value.substring(0, cut) + "(".repeat(random.nextInt(2000)));
        choices.add("x".repeat(random.nextInt(12_000)));
        choices.add(value.replace('"', (char) ('!' + random.nextInt(90))));
        return choices.get(random.nextInt(choices.size()));
    }
}
